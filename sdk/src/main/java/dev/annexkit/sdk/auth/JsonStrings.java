package dev.annexkit.sdk.auth;

/**
 * Writes a Java string as a JSON string literal the way Jackson's {@code writeValueAsString(String)} does, because
 * that is what Annex Cloud's own connector hashes for GET requests: quotes, backslashes and control characters are
 * escaped, everything else (including {@code /}, {@code +}, {@code =} and non-ASCII text) is written raw.
 */
public final class JsonStrings {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonStrings() {
    }

    /**
     * Returns {@code value} as a JSON string literal, including the surrounding double quotes.
     *
     * @param value the text; {@code null} is treated as the empty string
     * @return e.g. {@code "XYZ@annexcloud.com"} (with the quotes) for {@code XYZ@annexcloud.com}
     */
    public static String literal(String value) {
        String text = value == null ? "" : value;
        StringBuilder out = new StringBuilder(text.length() + 2);
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }
}
