package dev.annexkit.mock.wiremock.tolerance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

/**
 * The answer header {@code X-AnnexKit-Tolerated: rule:path, rule:path} naming what was tolerated. Field names
 * come from the caller, so anything outside printable ASCII, and the list's own separators, are percent-encoded:
 * a hostile key can never break the header. A long list is cut after {@link #MAX_ENTRIES} entries and ends with
 * {@code more:<count>}.
 */
public final class ToleratedHeader {

    /** The header's name. */
    public static final String NAME = "X-AnnexKit-Tolerated";
    static final int MAX_ENTRIES = 20;
    private static final int MAX_PATH = 200;

    private ToleratedHeader() {
    }

    /** The header's value for what one request had tolerated ({@code total} counts those not listed too). */
    public static String value(List<Toleration> tolerated, int total) {
        StringJoiner value = new StringJoiner(", ");
        int listed = 0;
        for (Toleration t : tolerated) {
            if (listed == MAX_ENTRIES) {
                break;
            }
            value.add(t.rule().wireName() + ":" + escaped(t.path()));
            listed++;
        }
        if (total > listed) {
            value.add("more:" + (total - listed));
        }
        return value.toString();
    }

    private static String escaped(String path) {
        String cut = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "..." : path;
        StringBuilder out = new StringBuilder(cut.length());
        for (byte b : cut.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && c != ',' && c != '%') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
