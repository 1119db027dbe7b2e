package dev.annexkit.mock.domain.receipt;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The receipt image formats Annex Cloud takes, recognised by their first bytes (content sniffing) or,
 * failing that, by the file name's extension.
 */
public enum ImageFormat {
    JPEG(List.of(".jpeg", ".jpg")),
    PNG(List.of(".png")),
    HEIC(List.of(".heic"));

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final List<String> HEIC_BRANDS = List.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
            "msf1");

    private final List<String> extensions;

    ImageFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    /** Every extension accepted, e.g. {@code .png, .jpeg, .jpg, .heic}. */
    public static String acceptedExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList());
    }

    /** The format the content's leading bytes announce, if any. */
    public static Optional<ImageFormat> sniff(byte[] content) {
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        // ISO-BMFF: 4-byte box size, "ftyp", 4-byte major brand
        if (content.length >= 12 && content[4] == 'f' && content[5] == 't' && content[6] == 'y' && content[7] == 'p') {
            String brand = new String(content, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (HEIC_BRANDS.contains(brand)) {
                return Optional.of(HEIC);
            }
        }
        return Optional.empty();
    }

    /** The format a file name or URL path ends with (case-insensitive), if any. */
    public static Optional<ImageFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.stream().anyMatch(lower::endsWith)).findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
