package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.ExpiryAggregation;
import dev.annexkit.sdk.model.ExpiryBucket;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsExpiryResponse;
import dev.annexkit.sdk.model.PointsRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Points that expire twelve months after they are credited, on a server of its own with that setting. */
class PointsExpiryAcceptanceTest {

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final String ADA = "ada@example.com";

    AnnexCloudMockServer mock;
    AnnexCloudClient client;

    @BeforeEach
    void startServer() {
        mock = AnnexCloudMockServer.builder().seed(Seed.DEMO)
                .clock(Clock.fixed(START, ZoneOffset.UTC))
                .settings(ProgramSettings.expireAfter(Period.ofMonths(12)))
                .start();
        // the mock's clock moves by a year; tokens signed at START must outlive that
        client = AnnexCloudClient.builder().baseUrl(mock.baseUrl())
                .siteId(mock.credentials().siteId()).siteName(mock.credentials().siteName())
                .secret(mock.credentials().secret())
                .clock(Clock.fixed(START, ZoneOffset.UTC)).tokenLifetime(Duration.ofDays(3_650))
                .build();
        client.users().createMember(new MemberCreateRequest().id(ADA).email(ADA));
    }

    @AfterEach
    void stopServer() {
        mock.stop();
    }

    void advanceTo(String isoInstant) {
        Instant target = Instant.parse(isoInstant);
        mock.clock().advance(Duration.between(mock.clock().instant(), target));
    }

    void credit(long points) {
        client.points().postPoints(new PointsRequest().id(ADA).actionId(100)
                .activity(PointsActivity.CREDIT).credit(points));
    }

    PointsExpiryResponse expiryByMonth() {
        return client.points().getPointsExpiry(ADA, "2025-01-01T00:00:00+0000", "2027-12-31T23:59:59+0000",
                ExpiryAggregation.MONTH);
    }

    @Nested
    class GetPointBalance {

        @Test
        void pointsUnspentAfterTwelveMonthsShowAsExpiredAndTheLedgerStaysBalanced() {
            credit(1_000);
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(1_000L);

            advanceTo("2025-01-02T00:00:00Z");
            client.points().postPoints(new PointsRequest().id(ADA).actionId(100)
                    .activity(PointsActivity.DEBIT).debit(300L));
            PointBalance afterDebit = balancedBalance(client, ADA);
            assertThat(afterDebit.getAvailablePoints()).isEqualTo(700L);

            advanceTo("2025-07-01T00:00:00Z");
            credit(200);
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(900L);

            advanceTo(ZonedDateTime.ofInstant(START, ZoneOffset.UTC).plusMonths(13).toInstant().toString());
            PointBalance expired = balancedBalance(client, ADA);

            // FIFO: the debit consumed the oldest lot, so 700 of January's 1,000 lapse and July's 200 remain
            assertThat(expired.getExpiredPoints()).isEqualTo(700L);
            assertThat(expired.getAvailablePoints()).isEqualTo(200L);
            assertThat(expired.getUsedPoints()).isEqualTo(300L);
            assertThat(expired.getLifetimePoints()).isEqualTo(1_200L);
        }
    }

    @Nested
    class GetPointsExpiry {

        @Test
        void expiryIsBucketedByTheMonthThePointsLapse() {
            credit(1_000);
            advanceTo("2025-07-15T00:00:00Z");
            credit(200);
            advanceTo("2026-02-01T00:00:00Z");
            balancedBalance(client, ADA);

            PointsExpiryResponse report = expiryByMonth();

            assertThat(report.getExpiryDetail()).extracting(ExpiryBucket::getDate)
                    .containsExactly("2026-01", "2026-07");
            ExpiryBucket january = report.getExpiryDetail().get(0);
            ExpiryBucket july = report.getExpiryDetail().get(1);
            assertThat(january.getExpiredPoints()).isEqualTo(1_000L);
            assertThat(january.getPointsToExpire()).isZero();
            assertThat(july.getExpiredPoints()).isZero();
            assertThat(july.getPointsToExpire()).isEqualTo(200L);
        }

        @Test
        void beforeAnythingLapsesEveryBucketIsStillToExpire() {
            credit(400);

            PointsExpiryResponse report = expiryByMonth();

            assertThat(report.getExpiryDetail()).singleElement().satisfies(bucket -> {
                assertThat(bucket.getDate()).isEqualTo("2026-01");
                assertThat(bucket.getPointsToExpire()).isEqualTo(400L);
                assertThat(bucket.getExpiredPoints()).isZero();
            });
            assertThat(balancedBalance(client, ADA).getExpiredPoints()).isZero();
        }
    }
}
