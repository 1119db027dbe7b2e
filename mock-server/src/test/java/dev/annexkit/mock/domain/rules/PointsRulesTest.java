package dev.annexkit.mock.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ProgramFixture;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.action.ActionLimit;
import dev.annexkit.mock.domain.action.ActionPeriod;
import dev.annexkit.mock.domain.action.MemberActionView;
import dev.annexkit.mock.domain.error.ActionCoolingDown;
import dev.annexkit.mock.domain.error.ActionLimitReached;
import dev.annexkit.mock.domain.error.DuplicateOrder;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.ledger.PointsOutcome;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PointsRulesTest {

    private ProgramFixture f = ProgramFixture.noExpiry();
    private LoyaltyProgram program = f.program;

    @BeforeEach
    void setUp() {
        program.defineAction(Action.active(102, "Write a review", 50).withLimit(ActionLimit.times(2, ActionPeriod.MONTH)));
        program.defineAction(Action.active(103, "Daily check-in", 10).withCooldown(Duration.ofHours(24)));
        program.defineAction(Action.active(104, "Share", 40).withLimit(ActionLimit.points(100, ActionPeriod.WEEK)));
        program.defineAction(Action.active(120, "Custom redemption", 0));
        f.enroll("m");
    }

    @Nested
    class OrderIds {

        @Test
        void aSecondCreditForTheSameOrderIsRefusedAndBooksNothing() {
            program.points(PointsCommand.credit("m", 109, 100).withOrder("SO-1", false));

            assertThatThrownBy(() -> program.points(PointsCommand.credit("m", 109, 100).withOrder("SO-1", false)))
                    .isInstanceOf(DuplicateOrder.class).hasMessageContaining("SO-1");
            assertThat(f.assertInvariant("m").lifetime()).isEqualTo(100);
        }

        @Test
        void retryYesCreditsTheSameOrderAgain() {
            program.points(PointsCommand.credit("m", 109, 100).withOrder("SO-1", false));
            program.points(PointsCommand.credit("m", 109, 100).withOrder("SO-1", true));

            assertThat(f.assertInvariant("m").lifetime()).isEqualTo(200);
        }

        @Test
        void debitsMayRepeatAnOrderIdAndOtherMembersAreIndependent() {
            f.enrollWith("n", 500);
            program.points(PointsCommand.credit("m", 109, 100).withOrder("SO-1", false));
            program.points(PointsCommand.credit("n", 109, 100).withOrder("SO-1", false));
            program.points(PointsCommand.debit("m", 100, 10).withOrder("SO-1", false));
            program.points(PointsCommand.debit("m", 100, 10).withOrder("SO-1", false));

            assertThat(f.assertInvariant("m").available()).isEqualTo(80);
            f.assertInvariant("n");
        }
    }

    @Nested
    class CustomRedemption {

        @Test
        void needsAReasonAndCountsAsUsedPoints() {
            program.points(PointsCommand.credit("m", 100, 300));

            assertThatThrownBy(() -> program.points(PointsCommand.debit("m", 120, 100)))
                    .isInstanceOfSatisfying(MissingField.class, e -> assertThat(e.field()).isEqualTo("reason"));
            program.points(PointsCommand.debit("m", 120, 100).withReason("Donation"));

            PointBalance b = f.assertInvariant("m");
            assertThat(b.used()).isEqualTo(100);
            assertThat(b.available()).isEqualTo(200);
        }
    }

    @Nested
    class NegativePoints {

        @Test
        void refusedByDefault() {
            program.points(PointsCommand.credit("m", 100, 50));

            assertThatThrownBy(() -> program.points(PointsCommand.debit("m", 100, 80)))
                    .isInstanceOf(InsufficientPoints.class);
            assertThat(program.negativePoints("m")).isZero();
        }

        @Test
        void perRequestTheBalanceStopsAtZeroAndTheExcessIsDisregarded() {
            program.points(PointsCommand.credit("m", 100, 50));

            PointsOutcome out = program.points(PointsCommand.debit("m", 100, 80).withAllowNegativePoints(true));

            assertThat(out.entry().points()).isEqualTo(50);
            assertThat(f.assertInvariant("m").available()).isZero();
            assertThat(program.negativePoints("m")).isEqualTo(30);
        }

        @Test
        void siteSettingAllowsItAndADebitOnAnEmptyBalanceBooksNothing() {
            f = ProgramFixture.with(ProgramSettings.expireAfter(Period.ofYears(1)).withAllowNegativePoints(true));
            program = f.program;
            f.enroll("m");

            PointsOutcome out = program.points(PointsCommand.debit("m", 100, 20));

            assertThat(out.entry()).isNull();
            assertThat(program.negativePoints("m")).isEqualTo(20);
            assertThat(f.assertInvariant("m")).isEqualTo(PointBalance.ZERO);
        }

        @Test
        void aRequestCanRefuseWhatTheSiteAllows() {
            f = ProgramFixture.with(ProgramSettings.noExpiry().withAllowNegativePoints(true));
            program = f.program;
            f.enroll("m");

            assertThatThrownBy(() -> program.points(PointsCommand.debit("m", 100, 20).withAllowNegativePoints(false)))
                    .isInstanceOf(InsufficientPoints.class);
        }
    }

    @Nested
    class Limits {

        @Test
        void aCountLimitRefusesTheNextCreditInThePeriodAndResetsWithTheNextPeriod() {
            program.points(PointsCommand.award("m", 102));
            program.points(PointsCommand.award("m", 102));

            assertThatThrownBy(() -> program.points(PointsCommand.award("m", 102)))
                    .isInstanceOf(ActionLimitReached.class)
                    .hasMessageStartingWith("Points cannot be awarded due to limit reached")
                    .hasMessageContaining("2 per month");
            assertThat(f.assertInvariant("m").lifetime()).isEqualTo(100);

            f.clock.advance(Duration.ofDays(30)); // 2024-05-01
            program.points(PointsCommand.award("m", 102));
            assertThat(f.assertInvariant("m").lifetime()).isEqualTo(150);
        }

        @Test
        void aPointsLimitCutsTheCreditToWhatIsLeftThenRefuses() {
            program.points(PointsCommand.award("m", 104));
            program.points(PointsCommand.award("m", 104));
            PointsOutcome third = program.points(PointsCommand.award("m", 104));

            assertThat(third.entry().points()).isEqualTo(20);
            assertThatThrownBy(() -> program.points(PointsCommand.award("m", 104)))
                    .isInstanceOf(ActionLimitReached.class).hasMessageContaining("100 points per week");
            assertThat(f.assertInvariant("m").lifetime()).isEqualTo(100);
        }

        @Test
        void memberProgressShowsCompletedPendingAndTheFlag() {
            program.points(PointsCommand.award("m", 102));
            MemberActionView review = program.actionProgress().forMember("m", PageRequest.of(1, 100)).items().stream()
                    .filter(v -> v.action().actionId() == 102).findFirst().orElseThrow();
            assertThat(review.requiredCount()).isEqualTo(2);
            assertThat(review.completedCount()).isEqualTo(1);
            assertThat(review.pendingCount()).isEqualTo(1);
            assertThat(review.limitReached()).isFalse();

            program.points(PointsCommand.award("m", 102));
            review = program.actionProgress().forMember("m", PageRequest.of(1, 100)).items().stream()
                    .filter(v -> v.action().actionId() == 102).findFirst().orElseThrow();
            assertThat(review.limitReached()).isTrue();
            assertThat(review.completed()).isTrue();
        }
    }

    @Nested
    class Cooldowns {

        @Test
        void aCreditInsideTheCooldownSaysWhenPointsCanBeEarnedNext() {
            program.points(PointsCommand.award("m", 103));
            f.clock.advance(Duration.ofHours(20));

            assertThatThrownBy(() -> program.points(PointsCommand.award("m", 103)))
                    .isInstanceOfSatisfying(ActionCoolingDown.class, e -> assertThat(e.nextAt())
                            .isEqualTo(ProgramFixture.START.plus(Duration.ofHours(24))))
                    .hasMessageStartingWith("Points can be earned next in 4 hours");
            assertThat(f.assertInvariant("m").lifetime()).isEqualTo(10);

            f.clock.advance(Duration.ofHours(4));
            program.points(PointsCommand.award("m", 103));
            assertThat(f.assertInvariant("m").lifetime()).isEqualTo(20);
        }
    }

    @Nested
    class Bulk {

        @Test
        void rulesApplyPerEntry() {
            var results = program.bulkPoints(java.util.List.of(
                    PointsCommand.award("m", 103), PointsCommand.award("m", 103), PointsCommand.award("m", 102)));

            assertThat(results.get(0)).isInstanceOf(dev.annexkit.mock.domain.ledger.BulkPointsResult.Applied.class);
            assertThat(((dev.annexkit.mock.domain.ledger.BulkPointsResult.Rejected) results.get(1)).error())
                    .isInstanceOf(ActionCoolingDown.class);
            assertThat(results.get(2)).isInstanceOf(dev.annexkit.mock.domain.ledger.BulkPointsResult.Applied.class);
            assertThat(f.assertInvariant("m").lifetime()).isEqualTo(60);
            assertThat(Activity.CREDIT).isNotNull();
        }
    }
}
