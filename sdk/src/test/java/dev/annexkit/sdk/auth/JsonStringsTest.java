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

    @Test
    void matchesJacksonWriteValueAsStringForEveryAsciiCharacter() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        // Captured from Jackson 2.21 ObjectMapper.writeValueAsString (what the mock server and SAP connector use).
        String jackson = "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000B\\f\\r"
                + "\\u000E\\u000F\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001A"
                + "\\u001B\\u001C\\u001D\\u001E\\u001F !\\\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                + "[\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007f\"";
        assertThat(JsonStrings.literal(all.toString())).isEqualTo(jackson);
    }
}
