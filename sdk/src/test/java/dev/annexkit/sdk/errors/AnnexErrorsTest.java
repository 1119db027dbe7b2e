package dev.annexkit.sdk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnexErrorsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2015-10-21T07:27:00Z"), ZoneOffset.UTC);

    static String body(String code, String message) {
        return "{\"errorCode\":\"" + code + "\",\"errorMessage\":\"" + message + "\"}";
    }

    @Nested
    class ChoosingTheSubclass {

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({
                "401, AC1002, AuthenticationException",
                "403, ,       AuthenticationException",
                "400, AC1002, AuthenticationException",
                "400, AC1004, InvalidRequestException",
                "422, ,       InvalidRequestException",
                "400, AC1026, InvalidRequestException",
                "400, AC1028, InvalidRequestException",
                "418, AC9999, InvalidRequestException",
                "404, AC1005, NotFoundException",
                "404, AC1001, NotFoundException",
                "404, ,       NotFoundException",
                "400, AC1005, NotFoundException",
                "400, ac1005, NotFoundException",
                "409, AC1006, ConflictException",
                "400, AC1006, ConflictException",
                "429, ,       RateLimitException",
                "429, AC1005, RateLimitException",
                "500, ,       ServerException",
                "503, AC1005, ServerException",
                "302, ,       AnnexCloudException",
                "200, AC1005, NotFoundException",
        })
        void byStatusFirstThenByCode(int status, String code, String expected) {
            String body = code == null ? "" : body(code, "text");
            AnnexCloudException e = AnnexErrors.fromResponse(status, null, body, CLOCK);
            assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
            assertThat(e.httpStatus()).isEqualTo(status);
            assertThat(e).isInstanceOf(RuntimeException.class);
        }
    }

    @Nested
    class Message {

        @Test
        void readsStatusCodeAndText() {
            AnnexCloudException e = AnnexErrors.fromResponse(404, null, body("AC1005", "No data found"), CLOCK);
            assertThat(e).hasMessage("HTTP 404 AC1005: No data found");
            assertThat(e.errorCode()).isEqualTo("AC1005");
            assertThat(e.errorMessage()).isEqualTo("No data found");
            assertThat(e.rawBody()).isEqualTo(body("AC1005", "No data found"));
            assertThat(e.knownErrorCode()).contains(AnnexErrorCode.AC1005);
        }

        @Test
        void omitsMissingParts() {
            assertThat(AnnexErrors.fromResponse(502, null, null, CLOCK)).hasMessage("HTTP 502");
            assertThat(AnnexErrors.fromResponse(400, null, "{\"errorCode\":\"AC1004\"}", CLOCK))
                    .hasMessage("HTTP 400 AC1004");
            assertThat(AnnexErrors.fromResponse(400, null, "{\"errorMessage\":\"bad\"}", CLOCK))
                    .hasMessage("HTTP 400: bad");
        }
    }

    @Nested
    class LenientParsing {

        @Test
        void nonJsonBodyBecomesTheTrimmedMessage() {
            AnnexCloudException e = AnnexErrors.fromResponse(502, null, "  <html>Bad Gateway</html>\n", CLOCK);
            assertThat(e.errorCode()).isNull();
            assertThat(e.errorMessage()).isEqualTo("<html>Bad Gateway</html>");
            assertThat(e).hasMessage("HTTP 502: <html>Bad Gateway</html>");
        }

        @Test
        void longTextIsCutToAPrefix() {
            char[] text = new char[1000];
            Arrays.fill(text, 'x');
            AnnexCloudException e = AnnexErrors.fromResponse(500, null, new String(text), CLOCK);
            assertThat(e.errorMessage()).hasSize(AnnexErrors.MAX_MESSAGE_CHARS + 1).endsWith("…");
            assertThat(e.rawBody()).hasSize(1000);
        }

        @Test
        void toleratesSloppyJsonNumbersUnknownFieldsAndNonObjects() {
            AnnexCloudException e = AnnexErrors.fromResponse(400,
                    null, "{errorCode: 1004, 'errorMessage': 'Missing parameters', extra: [1,2]}", CLOCK);
            assertThat(e.errorCode()).isEqualTo("1004");
            assertThat(e.errorMessage()).isEqualTo("Missing parameters");
            assertThat(AnnexErrors.fromResponse(400, null, "[1,2]", CLOCK).errorMessage()).isEqualTo("[1,2]");
            assertThat(AnnexErrors.fromResponse(400, null, "Unauthorized", CLOCK).errorMessage())
                    .isEqualTo("Unauthorized");
            assertThat(AnnexErrors.fromResponse(400, null, "{\"errorCode\":null}", CLOCK).errorCode()).isNull();
            assertThat(AnnexErrors.fromResponse(400, null, "{\"errorCode\":", CLOCK).errorMessage())
                    .isEqualTo("{\"errorCode\":");
        }
    }

    @Nested
    class RuleCodes {

        @Test
        void limitReachedAndEarnNextInAreNamed() {
            AnnexCloudException limit = AnnexErrors.fromResponse(400, null, body("AC1026", "limit"), CLOCK);
            AnnexCloudException later = AnnexErrors.fromResponse(400, null, body("AC1028", "later"), CLOCK);
            assertThat(limit.isLimitReached()).isTrue();
            assertThat(limit.isEarnNextIn()).isFalse();
            assertThat(later.isEarnNextIn()).isTrue();
            assertThat(later.isLimitReached()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"AC1010, insufficientPoints", "AC1011, rewardOutOfStock", "AC1012, rewardNotLive",
                "AC1013, notEligible", "AC1014, illegalAssignmentTransition"})
        void mockRuleCodesAreInvalidRequestsWithExactlyOneNamedCheck(String code, String check) {
            AnnexCloudException e = AnnexErrors.fromResponse(400, null, body(code, "rule"), CLOCK);

            assertThat(e).isInstanceOf(InvalidRequestException.class);
            assertThat(e.knownErrorCode()).map(AnnexErrorCode::isDocumentedUpstream).contains(false);
            Map<String, Boolean> checks = new HashMap<>();
            checks.put("insufficientPoints", e.isInsufficientPoints());
            checks.put("rewardOutOfStock", e.isRewardOutOfStock());
            checks.put("rewardNotLive", e.isRewardNotLive());
            checks.put("notEligible", e.isNotEligible());
            checks.put("illegalAssignmentTransition", e.isIllegalAssignmentTransition());
            checks.put("limitReached", e.isLimitReached());
            checks.put("earnNextIn", e.isEarnNextIn());
            assertThat(checks).containsEntry(check, true);
            assertThat(checks.values()).containsOnlyOnce(true);
        }

        @Test
        void onlyTheFirstSixCodesAreDocumentedUpstream() {
            assertThat(AnnexErrorCode.AC1006.isDocumentedUpstream()).isTrue();
            assertThat(AnnexErrorCode.AC1026.isDocumentedUpstream()).isFalse();
            assertThat(AnnexErrorCode.AC1014.isDocumentedUpstream()).isFalse();
        }

        @Test
        void codeTableHasTheDocumentedCodes() {
            assertThat(AnnexErrorCode.fromCode("AC1002")).contains(AnnexErrorCode.AC1002);
            assertThat(AnnexErrorCode.AC1002.defaultMessage()).isEqualTo("Request not authorized");
            assertThat(AnnexErrorCode.AC1006.typicalStatus()).isEqualTo(409);
            assertThat(AnnexErrorCode.fromCode("AC4242")).isEmpty();
            assertThat(AnnexErrorCode.fromCode(null)).isEmpty();
        }
    }

    @Nested
    class RateLimiting {

        @Test
        void retryAfterInSeconds() {
            RateLimitException e = (RateLimitException) AnnexErrors.fromResponse(429,
                    Collections.singletonMap("retry-after", Collections.singletonList("120")), "", CLOCK);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        }

        @Test
        void retryAfterAsHttpDate() {
            RateLimitException e = (RateLimitException) AnnexErrors.fromResponse(429,
                    Collections.singletonMap("Retry-After", Collections.singletonList("Wed, 21 Oct 2015 07:28:00 GMT")),
                    "", CLOCK);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
        }

        @Test
        void missingOrGarbageRetryAfterIsEmpty() {
            assertThat(((RateLimitException) AnnexErrors.fromResponse(429, null, "", CLOCK)).retryAfter()).isEmpty();
            assertThat(RetryAfter.parse("soon", CLOCK.instant())).isEmpty();
            assertThat(RetryAfter.parse("-5", CLOCK.instant())).isEmpty();
            assertThat(RetryAfter.parse(" 0 ", CLOCK.instant())).contains(Duration.ZERO);
            assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", CLOCK.instant())).contains(Duration.ZERO);
            assertThat(RetryAfter.parse("99999999999999999999999", CLOCK.instant())).isEmpty();
        }
    }

    @Nested
    class NoSecretsLeak {

        @Test
        void authorizationHeadersAreRedactedAndLookupIsCaseInsensitive() {
            Map<String, List<String>> headers = new HashMap<>();
            headers.put("authorization", Collections.singletonList("Bearer eyJhbGciOi.eyJzdWIi.c2ln"));
            headers.put("Proxy-Authorization", Collections.singletonList("Basic dXNlcjpwYXNz"));
            headers.put("Content-Type", Collections.singletonList("application/json"));
            headers.put(null, Collections.singletonList("HTTP/1.1 401"));
            AnnexCloudException e = AnnexErrors.fromResponse(401, headers, body("AC1002", "Request not authorized"));
            assertThat(e.headers().get("Authorization")).containsExactly("[REDACTED]");
            assertThat(e.header("proxy-authorization")).contains("[REDACTED]");
            assertThat(e.header("content-type")).contains("application/json");
            assertThat(e.headers().toString()).doesNotContain("eyJ", "dXNlcjpwYXNz");
        }

        @Test
        void tokensEchoedInTheBodyAreRedacted() {
            String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc-_DEF";
            AnnexCloudException e = AnnexErrors.fromResponse(401, null,
                    "{\"errorCode\":\"AC1002\",\"errorMessage\":\"bad token " + jwt + "\"}", CLOCK);
            assertThat(e.rawBody()).doesNotContain(jwt).contains("[REDACTED]");
            assertThat(e.getMessage()).isEqualTo("HTTP 401 AC1002: bad token [REDACTED]");
        }
    }

    @Nested
    class ConnectionFailures {

        @Test
        void wrapsTheCauseWithStatusZero() {
            IOException cause = new ConnectException("Connection refused");
            ApiConnectionException e = AnnexErrors.connectionFailure(cause);
            assertThat(e.httpStatus()).isZero();
            assertThat(e.errorCode()).isNull();
            assertThat(e.getCause()).isSameAs(cause);
            assertThat(e.isTimeout()).isFalse();
            assertThat(e).hasMessage("Connection to Annex Cloud failed: Connection refused");
            assertThat(e.headers()).isEmpty();
        }

        @Test
        void recognisesTimeouts() {
            ApiConnectionException e = AnnexErrors.connectionFailure(new SocketTimeoutException());
            assertThat(e.isTimeout()).isTrue();
            assertThat(e).hasMessage("Connection to Annex Cloud timed out: SocketTimeoutException");
        }
    }
}
