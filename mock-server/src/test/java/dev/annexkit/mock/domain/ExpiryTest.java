package dev.annexkit.mock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.ledger.AggregateBy;
import dev.annexkit.mock.domain.ledger.ExpiringLot;
import dev.annexkit.mock.domain.ledger.ExpiryBucket;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.ledger.PointsOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExpiryTest {

    private final ProgramFixture f = ProgramFixture.expiringAfter(Period.ofDays(30));
    private final LoyaltyProgram program = f.program;

    @BeforeEach
    void enroll() {
        f.enroll("m");
    }

    @Nested
    class PointsExpire {

        @Test
        void creditsCarryTheirExpiryFromSettings() {
            PointsOutcome out = program.points(PointsCommand.credit("m", 100, 100));

            assertThat(out.entry().expiresAt()).isEqualTo(ProgramFixture.START.plus(Duration.ofDays(30)));
        }

        @Test
        void unspentPointsExpireWhenTheClockPassesTheirExpiry() {
            program.points(PointsCommand.credit("m", 100, 100));
            f.clock.advance(Duration.ofDays(30).minusSeconds(1));
            assertThat(f.assertInvariant("m").available()).isEqualTo(100);

            f.clock.advance(Duration.ofSeconds(1));

            assertThat(f.assertInvariant("m")).isEqualTo(new PointBalance(0, 0, 100, 100, 0, 0));
            assertThatThrownBy(() -> program.points(PointsCommand.debit("m", 100, 1)))
                    .isInstanceOf(InsufficientPoints.class);
        }

        @Test
        void debitsConsumeTheSoonestExpiringLotFirst() {
            program.points(PointsCommand.credit("m", 100, 100));          // expires day 30
            f.clock.advance(Duration.ofDays(10));
            program.points(PointsCommand.credit("m", 100, 100));          // expires day 40
            program.points(PointsCommand.debit("m", 100, 150));          // takes 100 from lot 1, 50 from lot 2
            f.assertInvariant("m");

            f.clock.advance(Duration.ofDays(20));                         // day 30: lot 1 expires, but it is empty

            assertThat(f.assertInvariant("m")).isEqualTo(new PointBalance(50, 150, 0, 200, 0, 0));

            f.clock.advance(Duration.ofDays(10));                         // day 40: lot 2's rest expires

            assertThat(f.assertInvariant("m")).isEqualTo(new PointBalance(0, 150, 50, 200, 0, 0));
        }

        @Test
        void expiredPointsStayExpiredAfterLaterCredits() {
            program.points(PointsCommand.credit("m", 100, 100));
            f.clock.advance(Duration.ofDays(31));
            program.points(PointsCommand.credit("m", 100, 40));
            program.points(PointsCommand.debit("m", 100, 40));

            assertThat(f.assertInvariant("m")).isEqualTo(new PointBalance(0, 40, 100, 140, 0, 0));
        }
    }

    @Nested
    class ExpiryReport {

        @Test
        void bucketsByMonthSplitExpiredAndToExpire() {
            program.points(PointsCommand.credit("m", 100, 100));          // expires 2024-05-01
            f.clock.set(Instant.parse("2024-04-15T00:00:00Z"));
            program.points(PointsCommand.credit("m", 100, 70));           // expires 2024-05-15
            f.clock.set(Instant.parse("2024-05-10T00:00:00Z"));
            program.points(PointsCommand.credit("m", 100, 30));           // expires 2024-06-09

            List<ExpiryBucket> buckets = program.pointsExpiry("m", Instant.parse("2024-04-01T00:00:00Z"),
                    Instant.parse("2024-12-31T00:00:00Z"), AggregateBy.MONTH);

            assertThat(buckets).extracting(ExpiryBucket::label).containsExactly("2024-05", "2024-06");
            ExpiryBucket may = buckets.get(0);
            assertThat(may.pointsExpired()).isEqualTo(100);
            assertThat(may.pointsToExpire()).isEqualTo(70);
            assertThat(may.lots()).extracting(ExpiringLot::points).containsExactly(100L, 70L);
            assertThat(may.lots()).extracting(ExpiringLot::expiryDate).containsExactly(
                    Instant.parse("2024-05-01T00:00:00Z"), Instant.parse("2024-05-15T00:00:00Z"));
            assertThat(buckets.get(1).pointsToExpire()).isEqualTo(30);
            f.assertInvariant("m");
        }

        @Test
        void onlyExpiryDatesInsideTheRangeCountAndSpentPointsDoNot() {
            program.points(PointsCommand.credit("m", 100, 100));          // expires 2024-05-01
            program.points(PointsCommand.debit("m", 100, 40));
            f.clock.advance(Duration.ofDays(5));
            program.points(PointsCommand.credit("m", 100, 10));           // expires 2024-05-06

            List<ExpiryBucket> buckets = program.pointsExpiry("m", Instant.parse("2024-05-01T00:00:00Z"),
                    Instant.parse("2024-05-05T23:59:59Z"), AggregateBy.YEAR);

            assertThat(buckets).hasSize(1);
            assertThat(buckets.get(0).label()).isEqualTo("2024");
            assertThat(buckets.get(0).pointsToExpire()).isEqualTo(60);
        }

        @Test
        void bucketLabelsFollowTheAggregation() {
            Instant t = Instant.parse("2024-04-24T10:00:00Z");
            assertThat(AggregateBy.WEEK.label(t)).isEqualTo("2024-W17");
            assertThat(AggregateBy.MONTH.label(t)).isEqualTo("2024-04");
            assertThat(AggregateBy.QUARTER.label(t)).isEqualTo("2024-Q2");
            assertThat(AggregateBy.YEAR.label(t)).isEqualTo("2024");
            assertThat(AggregateBy.WEEK.label(Instant.parse("2021-01-01T00:00:00Z"))).isEqualTo("2020-W53");
        }

        @Test
        void rangeEndingBeforeItStartsIsRejected() {
            assertThatThrownBy(() -> program.pointsExpiry("m", ProgramFixture.START,
                    ProgramFixture.START.minusSeconds(1), AggregateBy.MONTH)).isInstanceOf(InvalidField.class);
        }
    }
}
