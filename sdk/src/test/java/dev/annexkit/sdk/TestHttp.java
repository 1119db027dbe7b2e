package dev.annexkit.sdk;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.annexkit.sdk.auth.AnnexCredentials;
import dev.annexkit.sdk.auth.RequestSigner;
import dev.annexkit.sdk.retry.RetryPolicy;
import dev.annexkit.sdk.retry.Sleeper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Shared helpers of the MockWebServer tests: a client wired to the server, a fake sleeper and clock. */
final class TestHttp {

    static final String SITE_ID = "12345678";
    static final String SITE_NAME = "mocksite";
    static final String SECRET = "mock-shared-secret-2024";

    private TestHttp() {
    }

    /** A clock that only moves when the sleeper "sleeps", so each attempt sees a later time. */
    static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2030-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        synchronized void advance(Duration by) {
            now = now.plus(by);
        }
    }

    /** Records the waits instead of sleeping, and moves the clock by them. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> sleeps = new ArrayList<>();
        private final SteppingClock clock;

        RecordingSleeper(SteppingClock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized void sleep(Duration duration) {
            sleeps.add(duration);
            clock.advance(duration);
        }
    }

    static AnnexCloudClient.Builder clientFor(MockWebServer server, SteppingClock clock, RecordingSleeper sleeper) {
        return AnnexCloudClient.builder()
                .baseUrl(server.url("/api/3.0").toString())
                .siteId(SITE_ID).siteName(SITE_NAME).secret(SECRET)
                .clock(clock)
                .retryPolicy(RetryPolicy.builder().jitter(0).sleeper(sleeper).build());
    }

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    static String error(String code, String message) {
        return "{\"errorCode\":\"" + code + "\",\"errorMessage\":\"" + message + "\"}";
    }

    static JsonObject claims(RecordedRequest request) {
        String token = request.getHeader("Authorization").substring("Bearer ".length());
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonParser.parseString(payload).getAsJsonObject();
    }

    /** Recomputes the token the request should carry from its own body and the token's {@code exp}. */
    static boolean hasValidBodySignature(RecordedRequest request, String secret) {
        String token = request.getHeader("Authorization").substring("Bearer ".length());
        long exp = claims(request).get("exp").getAsLong();
        String body = request.getBody().clone().readUtf8();
        String expected = RequestSigner.token(AnnexCredentials.of(SITE_ID, SITE_NAME, secret),
                RequestSigner.hmac(body, secret), exp);
        return expected.equals(token);
    }
}
