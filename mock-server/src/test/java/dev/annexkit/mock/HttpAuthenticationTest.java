package dev.annexkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.wiremock.auth.AnnexSignatures;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Request authentication over real HTTP: what passes, and that every failure is one AC1002 and changes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpAuthenticationTest {

    private static final String NOT_AUTHORIZED = "{\"errorCode\":\"AC1002\",\"errorMessage\":\"Request not authorized\"}";
    private static final String MEMBER = "jack@example.com";
    private static final String CREATE = "{\"id\":\"new@example.com\",\"firstName\":\"New\"}";

    private AnnexCloudMockServer mock;
    private MockHttp http;
    private MockCredentials site;

    @BeforeAll
    void start() {
        mock = MockHttp.server().start();
        http = new MockHttp(mock);
        site = mock.credentials();
    }

    @BeforeEach
    void freshMember() {
        mock.reset();
        assertThat(http.post("/users", "{\"id\":\"" + MEMBER + "\"}").status()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        mock.stop();
    }

    private Map<String, String> headers(String token, String siteHeader) {
        return Map.of("Authorization", "Bearer " + token, "X-AnnexCloud-Site", siteHeader,
                "Content-Type", "application/json");
    }

    private String getToken(MockCredentials as, Object exp) {
        String claims = "{\"sub\":\"" + as.siteName() + "\",\"exp\":" + exp + ",\"site_id\":\"" + as.siteId()
                + "\",\"hmac\":\"" + AnnexSignatures.hmac(AnnexSignatures.jsonStringLiteral(MEMBER), as.secret()) + "\"}";
        return AnnexSignatures.jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claims, as.secret());
    }

    private MockHttp.Answer getMember(String token) {
        return http.send("GET", "/users/" + MEMBER, null, headers(token, site.siteId()));
    }

    private MockHttp.Answer create(String token, String siteHeader, String body) {
        return http.send("POST", "/users", body, headers(token, siteHeader));
    }

    private String createToken(MockCredentials as, String signedBody, long exp) {
        return AnnexSignatures.mintToken(as, "POST", "", signedBody.getBytes(StandardCharsets.UTF_8), exp);
    }

    private void assertRejected(MockHttp.Answer answer) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.body()).isEqualTo(NOT_AUTHORIZED);
    }

    private void assertNothingCreated() {
        MockHttp.Answer lookup = http.get("/users/new@example.com", "new@example.com");
        assertThat(lookup.status()).as("the rejected request must not have enrolled the member").isEqualTo(404);
    }

    @Nested
    class Accepted {

        @Test
        void correctlySignedGetReadsTheMember() {
            MockHttp.Answer answer = http.get("/users/" + MEMBER, MEMBER);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("id").asText()).isEqualTo(MEMBER);
        }

        @Test
        void correctlySignedPostEnrolsTheMember() {
            MockHttp.Answer answer = create(createToken(site, CREATE, MockHttp.EXP), site.siteId(), CREATE);

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(mock.program().member("new@example.com").firstName()).isEqualTo("New");
        }

        @Test
        void expInMillisecondsIsAcceptedLikeTheSapConnectorSendsIt() {
            long millis = MockHttp.NOW.toEpochMilli() + 180_000;

            assertThat(getMember(getToken(site, millis)).status()).isEqualTo(200);
        }

        @Test
        void expAsNumericStringIsAccepted() {
            assertThat(getMember(getToken(site, "\"" + MockHttp.EXP + "\"")).status()).isEqualTo(200);
        }
    }

    @Nested
    class Rejected {

        @Test
        void missingAuthorizationHeader() {
            assertRejected(http.send("POST", "/users", CREATE,
                    Map.of("X-AnnexCloud-Site", site.siteId(), "Content-Type", "application/json")));
            assertNothingCreated();
        }

        @Test
        void tokenSignedWithAnotherSecret() {
            MockCredentials wrong = new MockCredentials(site.siteId(), site.siteName(), "not-the-secret");

            assertRejected(create(createToken(wrong, CREATE, MockHttp.EXP), site.siteId(), CREATE));
            assertNothingCreated();
        }

        @Test
        void expiredToken() {
            assertRejected(create(createToken(site, CREATE, MockHttp.NOW.getEpochSecond() - 1), site.siteId(), CREATE));
            assertNothingCreated();
        }

        @Test
        void tokenExpiringExactlyNow() {
            assertRejected(getMember(getToken(site, MockHttp.NOW.getEpochSecond())));
        }

        @Test
        void siteHeaderThatDiffersFromTheTokensSite() {
            assertRejected(create(createToken(site, CREATE, MockHttp.EXP), "87654321", CREATE));
            assertNothingCreated();
        }

        @Test
        void bodyChangedAfterSigning() {
            String tampered = CREATE.replace("New", "Evil");

            assertRejected(create(createToken(site, CREATE, MockHttp.EXP), site.siteId(), tampered));
            assertNothingCreated();
        }

        @Test
        void getSignedForAnotherMember() {
            String other = AnnexSignatures.mintToken(site, "GET", "someone@example.com", null, MockHttp.EXP);

            assertRejected(getMember(other));
        }

        @Test
        void rejectedUpdateLeavesTheMemberUnchanged() {
            String patch = "{\"firstName\":\"Changed\"}";
            String token = AnnexSignatures.mintToken(site, "PATCH", MEMBER,
                    "{\"firstName\":\"Other\"}".getBytes(StandardCharsets.UTF_8), MockHttp.EXP);

            assertRejected(http.send("PATCH", "/users/" + MEMBER, patch, headers(token, site.siteId())));
            assertThat(mock.program().member(MEMBER).firstName()).isNull();
        }
    }
}
