package dev.annexkit.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The worked examples of auth-and-errors.md §4, byte for byte. */
class RequestSignerTest {

    static final AnnexCredentials CREDENTIALS = AnnexCredentials.of("12345678", "mocksite", "mock-shared-secret-2024");
    static final long EXP = 1_900_000_000L;

    @Nested
    class WorkedExampleGetMemberRewards {
        final String payload = RequestSigner.payloadFor("GET", "XYZ@annexcloud.com", null);

        @Test
        void payloadIsTheMemberIdAsJsonStringLiteral() {
            assertThat(payload).isEqualTo("\"XYZ@annexcloud.com\"").hasSize(20);
            assertThat(Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo("IlhZWkBhbm5leGNsb3VkLmNvbSI=");
        }

        @Test
        void hmacMatchesTheDocumentedValue() {
            assertThat(RequestSigner.hmac(payload, "mock-shared-secret-2024"))
                    .isEqualTo("/CtiWvA+5w8Dyw/dP9OEZfVkx3y5iyw4EegMpGuUqVY=");
        }

        @Test
        void tokenMatchesTheDocumentedJwt() {
            assertThat(RequestSigner.token(CREDENTIALS, "/CtiWvA+5w8Dyw/dP9OEZfVkx3y5iyw4EegMpGuUqVY=", EXP))
                    .isEqualTo("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtb2Nrc2l0ZSIsImV4cCI6MTkwMDAwMDAw"
                            + "MCwic2l0ZV9pZCI6IjEyMzQ1Njc4IiwiaG1hYyI6Ii9DdGlXdkErNXc4RHl3L2RQOU9FWmZWa3gzeTVpeXc0RWVn"
                            + "TXBHdVVxVlk9In0.P2mPpmIH8YuGF-1PLAqFfTSCsjX9nyh-9WXrMMaR12w");
        }

        @Test
        void claimsAreCompactInTheDocumentedOrderWithoutEscapingSlashPlusOrEquals() {
            String jwt = RequestSigner.sign(CREDENTIALS, "get", "XYZ@annexcloud.com", null, EXP);
            String[] parts = jwt.split("\\.");
            assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
                    .isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
            assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                    .isEqualTo("{\"sub\":\"mocksite\",\"exp\":1900000000,\"site_id\":\"12345678\","
                            + "\"hmac\":\"/CtiWvA+5w8Dyw/dP9OEZfVkx3y5iyw4EegMpGuUqVY=\"}");
        }
    }

    @Nested
    class WorkedExampleAssignReward {
        final byte[] body = ("{\"reward_id\":\"Reward1\",\"user_id\":\"XYZ@annexcloud.com\","
                + "\"issuance_details\":{\"source_type\":\"manual\"}}").getBytes(StandardCharsets.UTF_8);

        @Test
        void hmacIsOverTheExactBody() {
            String payload = RequestSigner.payloadFor("POST", "Reward1", body);
            assertThat(RequestSigner.hmac(payload, "mock-shared-secret-2024"))
                    .isEqualTo("GWAs/FVdsLTbWLJdSsV+U2y6sPYYTtjVoABrXaqWclw=");
        }

        @Test
        void signedTokenMatchesTheDocumentedJwt() {
            assertThat(RequestSigner.sign(CREDENTIALS, "POST", "Reward1", body, EXP))
                    .isEqualTo("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtb2Nrc2l0ZSIsImV4cCI6MTkwMDAwMDAw"
                            + "MCwic2l0ZV9pZCI6IjEyMzQ1Njc4IiwiaG1hYyI6IkdXQXMvRlZkc0xUYldMSmRTc1YrVTJ5NnNQWVlUdGpWb0FC"
                            + "clhhcVdjbHc9In0.GkNgD9pOrM3IkJoHcURCnLlAsK_xWQzQLyjGc8HaRBM");
        }
    }

    @Test
    void bodyMethodsHashTheBodyAndOthersTheIdentifier() {
        assertThat(RequestSigner.payloadFor("PATCH", "id", "{}".getBytes(StandardCharsets.UTF_8))).isEqualTo("{}");
        assertThat(RequestSigner.payloadFor("put", "id", null)).isEmpty();
        assertThat(RequestSigner.payloadFor("DELETE", "id", "{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("\"id\"");
        assertThat(RequestSigner.payloadFor("GET", "", null)).isEqualTo("\"\"");
        assertThat(RequestSigner.payloadFor("GET", null, null)).isEqualTo("\"\"");
    }

    @Test
    void unicodeBodyIsHashedAsUtf8() {
        String text = "{\"name\":\"Zoë 東京 🎉\"}";
        assertThat(RequestSigner.payloadFor("POST", null, text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(RequestSigner.hmac(text, "s")).hasSize(44).endsWith("=");
    }
}
