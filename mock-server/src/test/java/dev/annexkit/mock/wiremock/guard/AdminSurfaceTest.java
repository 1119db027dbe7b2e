package dev.annexkit.mock.wiremock.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.member.NewMember;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The admin API cannot be driven by a web page: no CORS, Host checked, only JSON writes; token and off switch. */
class AdminSurfaceTest {

    private AnnexCloudMockServer mock;

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.stop();
        }
    }

    private RawHttp.Answer admin(String method, String path, String host, String extraHeaders, String body) {
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeaders
                + (bytes == null ? "" : "Content-Length: " + bytes.length + "\r\n");
        return RawHttp.exchange(mock.port(), head, bytes);
    }

    private String local() {
        return "127.0.0.1:" + mock.port();
    }

    private static void assertJsonError(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body()).contains("\"errorCode\"", "\"errorMessage\"");
    }

    @Nested
    class ByDefault {

        @Test
        void aForeignOriginGetsNoCorsHeadersAndIsRefused() {
            mock = MockHttp.server().start();
            RawHttp.Answer read = admin("GET", "/__admin/annexkit/state", local(),
                    "Origin: http://evil.example\r\n", null);
            RawHttp.Answer preflight = admin("OPTIONS", "/__admin/mappings", local(),
                    "Origin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\n", null);
            RawHttp.Answer wireMocks = admin("GET", "/__admin/mappings", local(), "Origin: http://evil.example\r\n", null);

            for (RawHttp.Answer answer : new RawHttp.Answer[] {read, preflight, wireMocks}) {
                assertJsonError(answer, 403);
                assertThat(answer.headers()).doesNotContainKeys("access-control-allow-origin",
                        "access-control-allow-credentials");
            }
        }

        @Test
        void sameOriginAndOriginlessRequestsWorkWithoutCorsHeaders() {
            mock = MockHttp.server().start();
            RawHttp.Answer plain = admin("GET", "/__admin/annexkit/state", local(), "", null);
            RawHttp.Answer sameOrigin = admin("GET", "/__admin/mappings", local(), "Origin: http://" + local() + "\r\n",
                    null);

            assertThat(plain.status()).isEqualTo(200);
            assertThat(sameOrigin.status()).isEqualTo(200);
            assertThat(sameOrigin.headers()).doesNotContainKeys("access-control-allow-origin",
                    "access-control-allow-credentials");
        }

        @Test
        void aRebindingHostNameIsRefusedLoopbackNamesAreNot() {
            mock = MockHttp.server().start();
            assertJsonError(admin("GET", "/__admin/annexkit/state", "evil.example:" + mock.port(), "", null), 403);
            assertJsonError(admin("POST", "/__admin/shutdown", "evil.example", "Content-Type: application/json\r\n",
                    "{}"), 403);
            assertThat(admin("GET", "/__admin/annexkit/state", "localhost:" + mock.port(), "", null).status())
                    .isEqualTo(200);
            assertThat(admin("GET", "/__admin/annexkit/state", "[::1]:" + mock.port(), "", null).status())
                    .isEqualTo(200);
            assertThat(mock.wireMock().isRunning()).isTrue();
        }

        @Test
        void aDisguisedAdminPathIsCheckedLikeAPlainOne() {
            mock = MockHttp.server().start();
            assertJsonError(admin("GET", "/api/../__admin/annexkit/state", "evil.example", "", null), 403);
            assertJsonError(admin("GET", "/%5F_admin/annexkit/state", "evil.example", "", null), 403);
        }

        @Test
        void anotherHostNameWorksOnceAllowed() {
            mock = MockHttp.server().adminHosts("mock.internal").start();
            assertThat(admin("GET", "/__admin/annexkit/state", "mock.internal:" + mock.port(), "", null).status())
                    .isEqualTo(200);
        }

        @Test
        void aTextPlainPostChangesNothing() {
            mock = MockHttp.server().start();
            mock.program().enroll(NewMember.of("ada@example.com", "ada@example.com"));

            RawHttp.Answer reset = admin("POST", "/__admin/annexkit/reset", local(), "Content-Type: text/plain\r\n", "");
            RawHttp.Answer stub = admin("POST", "/__admin/mappings", local(), "Content-Type: text/plain\r\n",
                    "{\"request\":{\"url\":\"/planted\"},\"response\":{\"status\":200}}");
            RawHttp.Answer form = admin("POST", "/__admin/annexkit/clock/advance", local(),
                    "Content-Type: application/x-www-form-urlencoded\r\n", "by=P30D");

            assertJsonError(reset, 415);
            assertJsonError(stub, 415);
            assertJsonError(form, 415);
            assertThat(mock.program().searchMembers(null)).extracting(m -> m.id()).contains("ada@example.com");
            assertThat(mock.wireMock().getStubMappings()).noneMatch(s -> "/planted".equals(s.getRequest().getUrl()));
            assertThat(mock.clock().offset()).isZero();
        }

        @Test
        void aJsonOrBodylessPostIsAccepted() {
            mock = MockHttp.server().start();
            mock.program().enroll(NewMember.of("ada@example.com", "ada@example.com"));

            RawHttp.Answer bodyless = admin("POST", "/__admin/annexkit/reset", local(), "Content-Length: 0\r\n", null);
            RawHttp.Answer json = admin("POST", "/__admin/annexkit/clock/advance", local(),
                    "Content-Type: application/json; charset=utf-8\r\n", "{\"by\":\"P1D\"}");

            assertThat(bodyless.status()).as(bodyless.body()).isEqualTo(200);
            assertThat(json.status()).as(json.body()).isEqualTo(200);
            assertThat(mock.program().searchMembers(null)).isEmpty();
        }
    }

    @Nested
    class WithAnAdminToken {

        @Test
        void everyAdminRouteNeedsTheBearerToken() {
            mock = MockHttp.server().adminToken("s3cret-admin").start();
            String bearer = "Authorization: Bearer s3cret-admin\r\n";

            assertJsonError(admin("GET", "/__admin/annexkit/state", local(), "", null), 401);
            assertJsonError(admin("GET", "/__admin/annexkit/state", local(), "Authorization: Bearer wrong\r\n", null),
                    401);
            assertThat(admin("GET", "/__admin/mappings", local(), "", null).status()).isEqualTo(401);
            assertThat(admin("POST", "/__admin/shutdown", local(), "Content-Length: 0\r\n", null).status())
                    .isEqualTo(401);
            assertThat(mock.wireMock().isRunning()).isTrue();

            assertThat(admin("GET", "/__admin/annexkit/state", local(), bearer, null).status()).isEqualTo(200);
            assertThat(admin("GET", "/__admin/mappings", local(), bearer, null).status()).isEqualTo(200);
        }

        @Test
        void theInspectorsStaticFilesNeedNoTokenButTheHostRuleStill() {
            mock = MockHttp.server().adminToken("s3cret-admin").start();
            assertThat(admin("GET", "/__admin/annexkit/ui/index.html", local(), "", null).status()).isNotEqualTo(401);
            assertThat(admin("POST", "/__admin/annexkit/ui/index.html", local(), "Content-Length: 0\r\n", null)
                    .status()).isEqualTo(401);
            assertJsonError(admin("GET", "/__admin/annexkit/ui/index.html", "evil.example", "", null), 403);
        }

        @Test
        void theApiItselfNeedsNoAdminToken() {
            mock = MockHttp.server().adminToken("s3cret-admin").start();
            assertThat(new MockHttp(mock).get("/users/nobody", "nobody").status()).isEqualTo(404);
        }
    }

    @Nested
    class Switchedoff {

        @Test
        void everyAdminPathIsGoneTheApiStays() {
            mock = MockHttp.server().seed(Seed.DEMO).noAdmin().start();

            assertJsonError(admin("GET", "/__admin/annexkit/state", local(), "", null), 404);
            assertJsonError(admin("GET", "/__admin/mappings", local(), "", null), 404);
            assertJsonError(admin("POST", "/__admin/shutdown", local(), "Content-Length: 0\r\n", null), 404);
            assertThat(mock.wireMock().isRunning()).isTrue();
            assertThat(new MockHttp(mock).get("/users/nobody", "nobody").status()).isEqualTo(404);
        }
    }
}
