package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.AuthenticationException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@AnnexCloudMock(seed = Seed.DEMO)
class AuthenticationAcceptanceTest {

    static final String DEMO = "demo@annexkit.dev";
    static final Clock AT_MOCK_START = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    static AnnexCloudClient.Builder signedFor(AnnexCloudMockServer mock) {
        return AnnexCloudClient.builder().baseUrl(mock.baseUrl())
                .siteId(mock.credentials().siteId()).siteName(mock.credentials().siteName())
                .secret(mock.credentials().secret()).clock(AT_MOCK_START);
    }

    static MemberCreateRequest member(String id) {
        return new MemberCreateRequest().id(id).email("someone@example.com");
    }

    @Nested
    class Credentials {

        @Test
        void wrongSecretIsNotAuthorizedAndChangesNothing(AnnexCloudMockServer mock, AnnexCloudClient good) {
            AnnexCloudClient wrong = signedFor(mock).secret("not-the-secret").build();

            assertApiError(AuthenticationException.class, 401, "AC1002",
                    () -> wrong.users().createMember(member("intruder@example.com")));

            assertApiError(NotFoundException.class, 404, "AC1005", () -> good.users().getMember("intruder@example.com"));
        }

        @Test
        void wrongSecretCannotReadEither(AnnexCloudMockServer mock) {
            AnnexCloudClient wrong = signedFor(mock).secret("not-the-secret").build();

            assertApiError(AuthenticationException.class, 401, "AC1002", () -> wrong.points().getPointBalance(DEMO));
        }

        @Test
        void wrongSiteIdIsNotAuthorized(AnnexCloudMockServer mock) {
            AnnexCloudClient wrongSite = signedFor(mock).siteId("99999999").build();

            assertApiError(AuthenticationException.class, 401, "AC1002", () -> wrongSite.users().getMember(DEMO));
        }
    }

    @Nested
    class TokenExpiry {

        @Test
        void tokenThatExpiredBeforeTheServersNowIsNotAuthorized(AnnexCloudMockServer mock) {
            AnnexCloudClient stale = signedFor(mock)
                    .clock(Clock.fixed(Instant.parse("2020-06-01T00:00:00Z"), ZoneOffset.UTC)).build();

            assertApiError(AuthenticationException.class, 401, "AC1002", () -> stale.users().getMember(DEMO));
        }

        @Test
        void farFutureExpiryIsAccepted(AnnexCloudMockServer mock) {
            AnnexCloudClient longLived = signedFor(mock).tokenLifetime(Duration.ofDays(365L * 50)).build();

            assertThat(longLived.users().getMember(DEMO).getId()).isEqualTo(DEMO);
        }
    }

    @Nested
    class PathIdentifiers {

        static final String AWKWARD = "zoë +test@example.com";

        @Test
        void memberIdWithAtPlusSpaceAndUnicodeSignsForPostAndGet(AnnexCloudClient client) {
            client.users().createMember(new MemberCreateRequest().id(AWKWARD).email("zoe+test@example.com"));
            client.points().postPoints(new PointsRequest().id(AWKWARD).actionId(100)
                    .activity(PointsActivity.CREDIT).credit(42L));

            assertThat(client.users().getMember(AWKWARD).getId()).isEqualTo(AWKWARD);
            assertThat(client.points().getPointBalance(AWKWARD).getAvailablePoints()).isEqualTo(42L);
            assertThat(client.rewards().listMemberRewards(AWKWARD).getMemberId()).isEqualTo(AWKWARD);
        }
    }

    @Nested
    class BodyIntegrity {

        /** Swaps the signed body for another one on the wire, as a man in the middle would. */
        static final Interceptor TAMPER = chain -> {
            Request request = chain.request();
            if (request.body() == null) {
                return chain.proceed(request);
            }
            String signed = bodyText(request.body());
            RequestBody forged = RequestBody.create(signed.replace("\"credit\":10", "\"credit\":10000"),
                    request.body().contentType());
            return chain.proceed(request.newBuilder().method(request.method(), forged).build());
        };

        static String bodyText(RequestBody body) throws IOException {
            Buffer buffer = new Buffer();
            body.writeTo(buffer);
            return buffer.readString(StandardCharsets.UTF_8);
        }

        @Test
        void bodyRewrittenAfterSigningIsNotAuthorizedAndBooksNothing(AnnexCloudMockServer mock, AnnexCloudClient good) {
            AnnexCloudClient tampered = signedFor(mock)
                    .httpClient(new OkHttpClient.Builder().addNetworkInterceptor(TAMPER).build()).build();
            long before = good.points().getPointBalance(DEMO).getAvailablePoints();

            assertApiError(AuthenticationException.class, 401, "AC1002", () -> tampered.points().postPoints(
                    new PointsRequest().id(DEMO).actionId(100).activity(PointsActivity.CREDIT).credit(10L)));

            assertThat(good.points().getPointBalance(DEMO).getAvailablePoints()).isEqualTo(before);
        }

        @Test
        void sameInterceptorPassingTheBodyThroughUntouchedIsAccepted(AnnexCloudMockServer mock) {
            Interceptor passThrough = chain -> chain.proceed(chain.request());
            AnnexCloudClient observed = signedFor(mock)
                    .httpClient(new OkHttpClient.Builder().addNetworkInterceptor(passThrough).build()).build();

            assertThat(observed.points().postPoints(new PointsRequest().id(DEMO).actionId(100)
                    .activity(PointsActivity.CREDIT).credit(10L)).getAvailablePoints()).isEqualTo(1_210L);
        }
    }
}
