package dev.annexkit.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonStrings.literal("a\"b\\c\n\t\r\b\f\u0001\u001f"))
                .isEqualTo("\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001F\"");
    }

    @Test
    void writesSlashPlusEqualsAndNonAsciiRawLikeJackson() {
        assertThat(JsonStrings.literal("a/b+c=d é 東 🎉 \u007f"))
                .isEqualTo("\"a/b+c=d é 東 🎉 \u007f\"");
    }

    @Test
    void nullAndEmptyBecomeTheEmptyLiteral() {
        assertThat(JsonStrings.literal(null)).isEqualTo("\"\"");
        assertThat(JsonStrings.literal("")).isEqualTo("\"\"");
    }
}
