package dev.annexkit.sdk;

import static dev.annexkit.sdk.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import dev.annexkit.sdk.logging.HttpLogging;
import dev.annexkit.sdk.logging.RedactingLogger;
import dev.annexkit.sdk.points.PointsRequests;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.logging.HttpLoggingInterceptor;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The request log never shows the secret, however JSON or URL encoding disguised it. */
class LogScrubbingTest {

    /** Every character Gson escapes in HTML-safe mode, plus characters URLs and forms encode. */
    static final String SECRET = "k3y=<v>&'it's a/secret\"\\é";

    private final MockWebServer server = new MockWebServer();
    private final List<String> lines = new ArrayList<>();
    private AnnexCloudClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = AnnexCloudClient.builder()
                .baseUrl(server.url("/api/3.0").toString())
                .siteId(TestHttp.SITE_ID).siteName(TestHttp.SITE_NAME).secret(SECRET)
                .maxRetries(0)
                .logging(HttpLogging.of(HttpLoggingInterceptor.Level.BODY, lines::add))
                .build();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    /** The forms the secret takes on the wire: literal, Gson's escapes, form and path encodings, either hex case. */
    static List<String> encodedForms() {
        String gson = new Gson().toJson(SECRET);
        String form = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        String path = HttpUrl.get("http://h/").newBuilder().addPathSegment(SECRET).build().encodedPath().substring(1);
        List<String> forms = new ArrayList<>();
        Collections.addAll(forms, SECRET, gson.substring(1, gson.length() - 1), form, path,
                form.toLowerCase(Locale.ROOT).replace("k3y", "k3y"), form.replace("+", "%20"));
        return forms;
    }

    @Test
    void theFormsThisTestLooksForReallyDiffer() {
        assertThat(encodedForms()).doesNotHaveDuplicates();
        assertThat(encodedForms().get(1)).contains("\\u003d").contains("\\u003c").contains("\\u0026").contains("\\u0027");
    }

    @Nested
    class ARequestAndAnswerCarryingTheSecret {

        @Test
        void loggedAtBodyLevelShowNoFormOfIt() {
            List<String> forms = encodedForms();
            String echo = "{\"reason\":\"" + forms.get(1) + "\",\"form\":\"" + forms.get(2) + "\",\"lower\":\""
                    + forms.get(4) + "\",\"id\":\"ada\",\"credit\":5}";
            server.enqueue(json(200, echo));

            client.points().postPoints(PointsRequests.manualCredit("ada", 5, "note " + SECRET));

            String log = String.join("\n", lines);
            assertThat(log).contains("\"credit\":5").contains(RedactingLogger.REDACTED);
            for (String form : forms) {
                assertThat(log).as("form %s", form).doesNotContain(form);
            }
        }

        @Test
        void aSecretInThePathIsScrubbedFromTheRequestLine() {
            server.enqueue(json(200, "{\"id\":\"x\",\"availablePoints\":1}"));

            client.points().getPointBalance(SECRET);

            String log = String.join("\n", lines);
            assertThat(log).contains("GET ").contains("/points/" + RedactingLogger.REDACTED);
            for (String form : encodedForms()) {
                assertThat(log).as("form %s", form).doesNotContain(form);
            }
        }
    }

    @Nested
    class Scrub {

        @Test
        void mixedEncodingsOfOneSecretAreFoundToo() {
            RedactingLogger logger = new RedactingLogger(line -> { }, Collections.singletonList("a=b c"));

            assertThat(logger.scrub("x a\\u003Db+c y a%3db%20c z a=b c")).isEqualTo(
                    "x [REDACTED] y [REDACTED] z [REDACTED]");
        }

        @Test
        void textThatOnlyResemblesTheSecretIsLeftAlone() {
            RedactingLogger logger = new RedactingLogger(line -> { }, Collections.singletonList("a=b"));

            assertThat(logger.scrub("A=B a=c a%3Dc")).isEqualTo("A=B a=c a%3Dc");
        }
    }
}
