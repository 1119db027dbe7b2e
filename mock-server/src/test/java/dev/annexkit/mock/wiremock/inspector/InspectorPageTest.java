package dev.annexkit.mock.wiremock.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The inspector's static files: served from the jar by the mock itself, locked down, nothing else readable. */
class InspectorPageTest {

    private static AnnexCloudMockServer mock;
    private static InspectorHttp admin;

    @BeforeAll
    static void start() {
        mock = MockHttp.server().start();
        admin = new InspectorHttp(mock);
    }

    @AfterAll
    static void stop() {
        mock.stop();
    }

    @Nested
    class Page {

        @Test
        void isServedAsHtmlThatLoadsOnlyItsOwnFiles() {
            InspectorHttp.Answer page = admin.get("/ui/");

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("<title>AnnexKit inspector</title>", "src=\"app.js\"", "href=\"app.css\"");
            assertThat(page.body()).doesNotContain("http://", "https://");
            assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        }

        @Test
        void forbidsInlineScriptForeignOriginsAndFraming() {
            InspectorHttp.Answer page = admin.get("/ui/");

            assertThat(page.header("Content-Security-Policy"))
                    .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }

        @Test
        void withoutTheTrailingSlashRedirectsToIt() {
            InspectorHttp.Answer answer = admin.get("/ui");

            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.header("Location")).isEqualTo("/__admin/annexkit/ui/");
        }
    }

    @Nested
    class Assets {

        @Test
        void serveTheScriptStylesAndIconWithTheirTypes() {
            assertThat(admin.get("/ui/app.js").header("Content-Type")).startsWith("text/javascript");
            assertThat(admin.get("/ui/app.css").header("Content-Type")).startsWith("text/css");
            assertThat(admin.get("/ui/favicon.svg").header("Content-Type")).startsWith("image/svg+xml");
        }

        @Test
        void answerNotFoundForAnyOtherName() {
            assertThat(admin.get("/ui/index.htm").status()).isEqualTo(404);
            assertThat(admin.get("/ui/..%2F..%2Fpom.xml").status()).isBetween(400, 404);
            assertThat(admin.get("/ui/AnnexAdminApi.class").status()).isEqualTo(404);
        }

        @Test
        void scriptRendersDataAsTextOnly() {
            String script = admin.get("/ui/app.js").body();

            // Member ids and names are user input: the page must never parse data as markup.
            assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
            assertThat(script).contains("Authorization", "'Content-Type'] = 'application/json'");
        }
    }
}
