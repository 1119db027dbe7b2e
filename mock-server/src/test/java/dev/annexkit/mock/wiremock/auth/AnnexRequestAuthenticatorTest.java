package dev.annexkit.mock.wiremock.auth;

import dev.annexkit.mock.MockCredentials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class AnnexRequestAuthenticatorTest {

    static final MockCredentials SITE = new MockCredentials("12345678", "mocksite", "mock-shared-secret-2024");
    static final Clock BEFORE_EXAMPLE_EXP = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC);
    static final AnnexRequestAuthenticator AUTH = new AnnexRequestAuthenticator(SITE, BEFORE_EXAMPLE_EXP);
    static final String JSON = "application/json";
    static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    // auth-and-errors.md §4a and §4b
    static final String GET_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtb2Nrc2l0ZSIsImV4cCI6MTkwMDAwMDAw"
            + "MCwic2l0ZV9pZCI6IjEyMzQ1Njc4IiwiaG1hYyI6Ii9DdGlXdkErNXc4RHl3L2RQOU9FWmZWa3gzeTVpeXc0RWVnTXBHdVVxVlk9In0"
            + ".P2mPpmIH8YuGF-1PLAqFfTSCsjX9nyh-9WXrMMaR12w";
    static final String POST_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtb2Nrc2l0ZSIsImV4cCI6MTkwMDAwMDAw"
            + "MCwic2l0ZV9pZCI6IjEyMzQ1Njc4IiwiaG1hYyI6IkdXQXMvRlZkc0xUYldMSmRTc1YrVTJ5NnNQWVlUdGpWb0FCclhhcVdjbHc9In0"
            + ".GkNgD9pOrM3IkJoHcURCnLlAsK_xWQzQLyjGc8HaRBM";
    static final byte[] POST_BODY = ("{\"reward_id\":\"Reward1\",\"user_id\":\"XYZ@annexcloud.com\","
            + "\"issuance_details\":{\"source_type\":\"manual\"}}").getBytes(StandardCharsets.UTF_8);
    static final String GET_HMAC = "/CtiWvA+5w8Dyw/dP9OEZfVkx3y5iyw4EegMpGuUqVY=";

    static String claims(String exp, String siteId, String hmac) {
        return "{\"sub\":\"mocksite\",\"exp\":" + exp + ",\"site_id\":\"" + siteId + "\",\"hmac\":\"" + hmac + "\"}";
    }

    static ThrowingCallable getMember(String authorization) {
        return () -> AUTH.authenticate("GET", authorization, "12345678", "XYZ@annexcloud.com", null, JSON);
    }

    static void rejected(ThrowingCallable call, String reasonFragment) {
        assertThatThrownBy(call).isInstanceOf(NotAuthorized.class).hasMessageContaining(reasonFragment);
    }

    @Nested
    class WorkedExamples {

        @Test
        void getMemberRewardsExampleAuthenticates() {
            assertThatCode(getMember("Bearer " + GET_JWT)).doesNotThrowAnyException();
        }

        @Test
        void assignRewardExampleAuthenticates() {
            assertThatCode(() -> AUTH.authenticate("POST", "Bearer " + POST_JWT, "12345678", "Reward1", POST_BODY, JSON))
                    .doesNotThrowAnyException();
        }

        @Test
        void minterReproducesTheDocumentedTokensByteForByte() {
            assertThat(AnnexSignatures.mintToken(SITE, "GET", "XYZ@annexcloud.com", null, 1_900_000_000L))
                    .isEqualTo(GET_JWT);
            assertThat(AnnexSignatures.mintToken(SITE, "POST", "Reward1", POST_BODY, 1_900_000_000L))
                    .isEqualTo(POST_JWT);
        }

        @Test
        void unicodePostBodyAuthenticates() {
            byte[] body = "{\"firstName\":\"Zoë\",\"city\":\"東京\",\"note\":\"🎉 \\\"q\\\"\"}"
                    .getBytes(StandardCharsets.UTF_8);
            String token = AnnexSignatures.mintToken(SITE, "POST", "", body, 1_900_000_000L);
            assertThatCode(() -> AUTH.authenticate("POST", "Bearer " + token, "12345678", "", body, JSON))
                    .doesNotThrowAnyException();
        }

        @Test
        void unicodeAndEscapedPathIdsAuthenticate() {
            String id = "zoë+東京/\"x\"@example.com";
            String token = AnnexSignatures.mintToken(SITE, "GET", id, null, 1_900_000_000L);
            assertThatCode(() -> AUTH.authenticate("GET", "Bearer " + token, "12345678", id, null, null))
                    .doesNotThrowAnyException();
            assertThat(AnnexSignatures.jsonStringLiteral(id)).isEqualTo("\"zoë+東京/\\\"x\\\"@example.com\"");
        }
    }

    @Nested
    class HeaderShape {

        @Test
        void missingHeader() {
            rejected(getMember(null), "missing");
            rejected(getMember("  "), "missing");
        }

        @Test
        void notBearer() {
            rejected(getMember("Basic " + GET_JWT), "not a Bearer");
            rejected(getMember(GET_JWT), "not a Bearer");
        }

        @Test
        void bearerSchemeIsCaseInsensitive() {
            assertThatCode(getMember("bearer " + GET_JWT)).doesNotThrowAnyException();
        }

        @Test
        void twoParts() {
            rejected(getMember("Bearer " + GET_JWT.substring(0, GET_JWT.lastIndexOf('.'))), "3-part");
        }

        @Test
        void emptyOrNonBase64urlPart() {
            rejected(getMember("Bearer " + GET_JWT.substring(0, GET_JWT.lastIndexOf('.') + 1)), "base64url");
            rejected(getMember("Bearer " + GET_JWT + "="), "base64url");
        }

        @Test
        void garbageJson() {
            String notJson = AnnexSignatures.jwt("not json", claims("1900000000", "12345678", GET_HMAC), SITE.secret());
            rejected(getMember("Bearer " + notJson), "JWT header");
        }
    }

    @Nested
    class AlgorithmAndSignature {

        @Test
        void algNone() {
            String token = AnnexSignatures.jwt("{\"alg\":\"none\",\"typ\":\"JWT\"}",
                    claims("1900000000", "12345678", GET_HMAC), SITE.secret());
            rejected(getMember("Bearer " + token), "alg");
        }

        @Test
        void algNoneWithoutSignatureIsNotEvenWellFormed() {
            String unsigned = GET_JWT.substring(0, GET_JWT.lastIndexOf('.') + 1);
            rejected(getMember("Bearer " + unsigned), "base64url");
        }

        @Test
        void algHs512AndRs256AndLowercase() {
            for (String alg : new String[] {"HS512", "RS256", "hs256", "HS256 "}) {
                String token = AnnexSignatures.jwt("{\"alg\":\"" + alg + "\"}",
                        claims("1900000000", "12345678", GET_HMAC), SITE.secret());
                rejected(getMember("Bearer " + token), "alg");
            }
        }

        @Test
        void duplicateAlgKey() {
            String token = AnnexSignatures.jwt("{\"alg\":\"HS256\",\"alg\":\"none\"}",
                    claims("1900000000", "12345678", GET_HMAC), SITE.secret());
            rejected(getMember("Bearer " + token), "duplicate");
        }

        @Test
        void badSignature() {
            String[] parts = GET_JWT.split("\\.");
            String tampered = parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A")
                    + parts[2].substring(1);
            rejected(getMember("Bearer " + tampered), "signature");
        }

        @Test
        void claimsSwappedUnderAnOldSignature() {
            String[] good = GET_JWT.split("\\.");
            String other = AnnexSignatures.jwt(HEADER, claims("1900000001", "12345678", GET_HMAC), SITE.secret());
            rejected(getMember("Bearer " + good[0] + "." + other.split("\\.")[1] + "." + good[2]), "signature");
        }

        @Test
        void wrongSecret() {
            String token = AnnexSignatures.mintToken(new MockCredentials("12345678", "mocksite", "other-secret"),
                    "GET", "XYZ@annexcloud.com", null, 1_900_000_000L);
            rejected(getMember("Bearer " + token), "signature");
        }
    }

    @Nested
    class Claims {

        String token(String claimsJson) {
            return "Bearer " + AnnexSignatures.jwt(HEADER, claimsJson, SITE.secret());
        }

        @Test
        void expired() {
            rejected(getMember(token(claims("1800000000", "12345678", GET_HMAC))), "expired");
            rejected(getMember(token(claims("1700000000", "12345678", GET_HMAC))), "expired");
            assertThatCode(getMember(token(claims("1800000001", "12345678", GET_HMAC))))
                    .doesNotThrowAnyException();
        }

        @Test
        void expAsNumericStringIsAccepted() {
            assertThatCode(getMember(token(claims("\"1900000000\"", "12345678", GET_HMAC))))
                    .doesNotThrowAnyException();
            rejected(getMember(token(claims("\"1700000000\"", "12345678", GET_HMAC))), "expired");
        }

        @Test
        void expInMillisecondsIsAccepted() {
            assertThatCode(getMember(token(claims("1800000180000", "12345678", GET_HMAC))))
                    .doesNotThrowAnyException();
        }

        @Test
        void nonNumericExpIsRejected() {
            rejected(getMember(token(claims("\"soon\"", "12345678", GET_HMAC))), "exp");
            rejected(getMember(token(claims("\"\"", "12345678", GET_HMAC))), "exp");
            rejected(getMember(token(claims("true", "12345678", GET_HMAC))), "exp");
            rejected(getMember(token(claims("null", "12345678", GET_HMAC))), "exp");
        }

        @Test
        void missingClaims() {
            rejected(getMember(token("{\"exp\":1900000000,\"site_id\":\"12345678\",\"hmac\":\"" + GET_HMAC + "\"}")),
                    "sub");
            rejected(getMember(token("{\"sub\":\"s\",\"site_id\":\"12345678\",\"hmac\":\"" + GET_HMAC + "\"}")),
                    "exp");
            rejected(getMember(token("{\"sub\":\"s\",\"exp\":1900000000,\"hmac\":\"" + GET_HMAC + "\"}")),
                    "site_id");
            rejected(getMember(token("{\"sub\":\"s\",\"exp\":1900000000,\"site_id\":\"12345678\"}")), "hmac");
            rejected(getMember(token("{\"sub\":\"s\",\"exp\":1900000000,\"site_id\":12345678,\"hmac\":\""
                    + GET_HMAC + "\"}")), "site_id");
            rejected(getMember(token("[1,2]")), "not a JSON object");
        }

        @Test
        void duplicateSiteIdClaim() {
            rejected(getMember(token("{\"sub\":\"s\",\"exp\":1900000000,\"site_id\":\"12345678\",\"site_id\":\"9\","
                    + "\"hmac\":\"" + GET_HMAC + "\"}")), "duplicate");
        }
    }

    @Nested
    class SiteMatching {

        @Test
        void claimDiffersFromHeader() {
            assertThatThrownBy(() -> AUTH.authenticate("GET", "Bearer " + GET_JWT, "87654321", "XYZ@annexcloud.com",
                    null, JSON)).isInstanceOf(NotAuthorized.class).hasMessageContaining("X-AnnexCloud-Site");
            assertThatThrownBy(() -> AUTH.authenticate("GET", "Bearer " + GET_JWT, null, "XYZ@annexcloud.com",
                    null, JSON)).isInstanceOf(NotAuthorized.class).hasMessageContaining("X-AnnexCloud-Site");
        }

        @Test
        void claimAndHeaderAgreeButSiteIsNotConfigured() {
            MockCredentials stranger = new MockCredentials("87654321", "mocksite", SITE.secret());
            String token = AnnexSignatures.mintToken(stranger, "GET", "XYZ@annexcloud.com", null, 1_900_000_000L);
            assertThatThrownBy(() -> AUTH.authenticate("GET", "Bearer " + token, "87654321", "XYZ@annexcloud.com",
                    null, JSON)).isInstanceOf(NotAuthorized.class).hasMessageContaining("unknown site");
        }
    }

    @Nested
    class RequestHmac {

        @Test
        void tamperedBody() {
            byte[] tampered = new String(POST_BODY, StandardCharsets.UTF_8).replace("manual", "manuaL")
                    .getBytes(StandardCharsets.UTF_8);
            rejected(() -> AUTH.authenticate("POST", "Bearer " + POST_JWT, "12345678", "Reward1", tampered, JSON),
                    "body");
        }

        @Test
        void reformattedBodyIsAlsoATamperedBody() {
            byte[] spaced = new String(POST_BODY, StandardCharsets.UTF_8).replace(",", ", ")
                    .getBytes(StandardCharsets.UTF_8);
            rejected(() -> AUTH.authenticate("POST", "Bearer " + POST_JWT, "12345678", "Reward1", spaced, JSON),
                    "body");
        }

        @Test
        void getWithDifferentId() {
            rejected(() -> AUTH.authenticate("GET", "Bearer " + GET_JWT, "12345678", "ABC@annexcloud.com", null,
                    JSON), "path identifier");
        }

        @Test
        void getTokenReplayedOnPost() {
            rejected(() -> AUTH.authenticate("POST", "Bearer " + GET_JWT, "12345678", "XYZ@annexcloud.com",
                    POST_BODY, JSON), "body");
        }

        @Test
        void emptyBodyAndMethodCase() {
            String token = AnnexSignatures.mintToken(SITE, "PATCH", "x", new byte[0], 1_900_000_000L);
            assertThatCode(() -> AUTH.authenticate("patch", "Bearer " + token, "12345678", "x", null, JSON))
                    .doesNotThrowAnyException();
        }

        @Test
        void idLessGetAcceptsTheEmptyLiteralOrTheEmptyPayload() {
            String literal = AnnexSignatures.jwt(HEADER,
                    claims("1900000000", "12345678", AnnexSignatures.hmac("\"\"", SITE.secret())), SITE.secret());
            String empty = AnnexSignatures.jwt(HEADER,
                    claims("1900000000", "12345678", AnnexSignatures.hmac("", SITE.secret())), SITE.secret());
            assertThatCode(() -> AUTH.authenticate("GET", "Bearer " + literal, "12345678", "", null, null))
                    .doesNotThrowAnyException();
            assertThatCode(() -> AUTH.authenticate("GET", "Bearer " + empty, "12345678", null, null, null))
                    .doesNotThrowAnyException();
            rejected(() -> AUTH.authenticate("GET", "Bearer " + empty, "12345678", "m1", null, null),
                    "path identifier");
        }

        @Test
        void aMultipartContentTypeNoLongerSkipsTheHmac() {
            String anyHmac = AnnexSignatures.jwt(HEADER, claims("1900000000", "12345678", "whatever"), SITE.secret());
            String type = "multipart/form-data; boundary=abc";
            rejected(() -> AUTH.authenticate("POST", "Bearer " + anyHmac, "12345678", "", new byte[] {1, 2}, type),
                    "hmac");
            rejected(() -> AUTH.authenticate("GET", "Bearer " + anyHmac, "12345678", "m1", null, type), "hmac");
        }

        @Test
        void aFormUploadIsSignedOverItsUserIdField() {
            String signed = AnnexSignatures.jwt(HEADER, claims("1900000000", "12345678",
                    AnnexSignatures.hmac("\"m1\"", SITE.secret())), SITE.secret());
            String anyHmac = AnnexSignatures.jwt(HEADER, claims("1900000000", "12345678", "whatever"), SITE.secret());
            assertThatCode(() -> AUTH.authenticateFormUpload("Bearer " + signed, "12345678", "m1"))
                    .doesNotThrowAnyException();
            rejected(() -> AUTH.authenticateFormUpload("Bearer " + anyHmac, "12345678", "m1"), "userId");
            rejected(() -> AUTH.authenticateFormUpload("Bearer " + signed, "12345678", "m2"), "userId");
            rejected(() -> AUTH.authenticateFormUpload("Bearer " + signed, "999", "m1"), "Site");
        }
    }

    @Test
    void secretNeverInToStringOrReasons() {
        assertThat(SITE.toString()).doesNotContain(SITE.secret()).contains("12345678");
        assertThatThrownBy(getMember("Bearer a.b.c")).satisfies(e -> assertThat(e.getMessage())
                .doesNotContain(SITE.secret()));
        assertThat(NotAuthorized.RESPONSE_BODY)
                .isEqualTo("{\"errorCode\":\"AC1002\",\"errorMessage\":\"Request not authorized\"}");
    }
}
