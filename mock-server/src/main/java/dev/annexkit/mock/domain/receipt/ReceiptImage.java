package dev.annexkit.mock.domain.receipt;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The image of a submitted receipt: an uploaded file or the URL of one. Creating one checks the documented
 * rules (JPEG, PNG or HEIC; at most 10 MB; a URL ending in an image extension), naming the wire field.
 */
public sealed interface ReceiptImage {

    /** The documented size limit of an upload: 10 MB. */
    long MAX_BYTES = 10L * 1024 * 1024;

    /** What the submission is known by: the file name or the URL. */
    String reference();

    ImageFormat format();

    /** An uploaded file, recognised by its content, else by its file name. */
    record Upload(String fileName, long size, ImageFormat format) implements ReceiptImage {

        /** Checks an uploaded file; {@code file} is the form field the errors name. */
        public static Upload of(String fileName, byte[] content) {
            if (content == null || content.length == 0) {
                throw new MissingField("file");
            }
            if (content.length > MAX_BYTES) {
                throw new InvalidField("file", "must be at most 10 MB, was " + content.length + " bytes");
            }
            ImageFormat format = ImageFormat.sniff(content).or(() -> ImageFormat.byName(fileName))
                    .orElseThrow(() -> new InvalidField("file", "must be a JPEG, PNG or HEIC image"
                            + (fileName == null ? "" : ", got " + fileName)));
            return new Upload(fileName, content.length, format);
        }

        @Override
        public String reference() {
            return fileName == null ? "upload." + format.name().toLowerCase(Locale.ROOT) : fileName;
        }
    }

    /** A public http(s) URL whose path ends in an accepted extension (query string ignored). */
    record Link(String url, ImageFormat format) implements ReceiptImage {

        public static Link of(String url) {
            if (url == null || url.isBlank()) {
                throw new MissingField("file_url");
            }
            URI uri;
            try {
                uri = new URI(url.trim());
            } catch (URISyntaxException e) {
                throw new InvalidField("file_url", "is not a valid URL: " + url);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new InvalidField("file_url", "must be an http or https URL, got " + url);
            }
            ImageFormat format = ImageFormat.byName(uri.getPath()).orElseThrow(() -> new InvalidField("file_url",
                    "must end in one of " + ImageFormat.acceptedExtensions() + ", got " + url));
            return new Link(url.trim(), format);
        }

        @Override
        public String reference() {
            return url;
        }
    }
}
