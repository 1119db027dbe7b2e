package dev.annexkit.sdk.logging;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pattern that finds a secret in a log line however it was encoded on its way there. A secret travels in JSON
 * bodies, where Gson writes {@code =}, {@code <}, {@code >}, {@code &} and {@code '} as <code>&#92;u003d</code>-style escapes
 * (and {@code "} and {@code \} with a backslash, {@code /} sometimes as {@code \/}), and in URLs and forms, where
 * any character may be percent-encoded (upper- or lower-case hex, UTF-8 bytes) and a space may be {@code +}. Each
 * character of the secret is matched in any of those forms, so mixed encodings (an encoder that leaves some
 * characters alone) are found too. The pattern has no nested repetition: matching stays linear in the line.
 */
final class SecretForms {

    private SecretForms() {
    }

    /**
     * Compiles the pattern for one secret.
     *
     * @param secret the literal secret; not empty
     * @return a pattern matching the secret in any of its encoded forms
     */
    static Pattern of(String secret) {
        StringBuilder regex = new StringBuilder();
        secret.codePoints().forEach(cp -> regex.append(forms(cp)));
        return Pattern.compile(regex.toString());
    }

    private static String forms(int codePoint) {
        String literal = new String(Character.toChars(codePoint));
        StringBuilder alternatives = new StringBuilder("(?:").append(Pattern.quote(literal));
        // JSON: backslash-u XXXX for each UTF-16 unit, in either case of hex digit
        StringBuilder unicode = new StringBuilder();
        for (char unit : literal.toCharArray()) {
            unicode.append("\\\\u").append(hex(String.format(Locale.ROOT, "%04x", (int) unit)));
        }
        alternatives.append('|').append(unicode);
        if (codePoint == '"' || codePoint == '\\' || codePoint == '/') {
            alternatives.append("|\\\\").append(Pattern.quote(literal)); // \" \\ \/
        }
        // URL / form: %XX for each UTF-8 byte
        StringBuilder percent = new StringBuilder();
        for (byte b : literal.getBytes(StandardCharsets.UTF_8)) {
            percent.append('%').append(hex(String.format(Locale.ROOT, "%02x", b & 0xff)));
        }
        alternatives.append('|').append(percent);
        if (codePoint == ' ') {
            alternatives.append("|\\+");
        }
        return alternatives.append(')').toString();
    }

    /** Hex digits matching either case: "3d" becomes "3[dD]". */
    private static String hex(String digits) {
        StringBuilder out = new StringBuilder();
        for (char d : digits.toCharArray()) {
            out.append(Character.isLetter(d) ? "[" + d + Character.toUpperCase(d) + "]" : String.valueOf(d));
        }
        return out.toString();
    }
}
