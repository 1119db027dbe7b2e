package dev.annexkit.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lean client's shortcuts give exactly the generated client's answers. */
class LeanApiClientTest {

    private final OkHttpClient http = new OkHttpClient();
    private final ApiClient generated = new ApiClient(http);
    private final LeanApiClient lean = new LeanApiClient(http);

    @Nested
    class EscapeString {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"", "ada", "bench-000001@annexkit.dev", "a b+c", "x/y?z=1&w#f", "50%", "~!'()*._-",
            "tab\there", "quote\"back\\slash", "ünïcödé", "mixed é@x", "emoji 😀", "lone \uD800 surrogate", "\u007f\u0000"})
        void matchesTheGeneratedEncoding(String value) {
            assertThat(lean.escapeString(value)).isEqualTo(generated.escapeString(value));
        }
    }

    @Nested
    class IsJsonMime {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "APPLICATION/JSON",
            "application/vnd.annex+json", "application/problem+json;x=y", "*/*", "text/plain", "application/xml",
            "application/jsonx", "multipart/form-data", ""})
        void matchesTheGeneratedAnswer(String mime) {
            assertThat(lean.isJsonMime(mime)).isEqualTo(generated.isJsonMime(mime));
        }
    }
}
