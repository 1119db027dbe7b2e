package dev.annexkit.mock.domain;

import static dev.annexkit.mock.domain.DemoProgram.FIVE_OFF;
import static dev.annexkit.mock.domain.DemoProgram.FREE_SHIPPING;
import static dev.annexkit.mock.domain.DemoProgram.SUMMER_DRAFT;
import static dev.annexkit.mock.domain.DemoProgram.VIP_LOUNGE;
import static dev.annexkit.mock.domain.reward.AssignmentStatus.AWARDED;
import static dev.annexkit.mock.domain.reward.AssignmentStatus.CANCELLED;
import static dev.annexkit.mock.domain.reward.AssignmentStatus.EXPIRED;
import static dev.annexkit.mock.domain.reward.AssignmentStatus.REDEEMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.error.AssignmentNotFound;
import dev.annexkit.mock.domain.error.IllegalAssignmentTransition;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.RewardNotEligible;
import dev.annexkit.mock.domain.error.RewardNotLive;
import dev.annexkit.mock.domain.error.RewardOutOfStock;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.reward.AssignmentStatus;
import dev.annexkit.mock.domain.reward.CouponPoolCounts;
import dev.annexkit.mock.domain.reward.RewardSource;
import dev.annexkit.mock.domain.reward.IssuanceSourceType;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssignmentTest {

    private static final RewardSource ADMIN = RewardSource.manual("ADM-789", "John Doe", "Test rewards");

    private final ProgramFixture f = ProgramFixture.demo();
    private final LoyaltyProgram program = f.program;

    private RewardAssignment assign(String rewardId) {
        return program.assignReward(rewardId, "m", ADMIN);
    }

    @Nested
    class Assign {

        @Test
        void assigningDebitsThePriceIssuesACouponAndRecordsAnAwardedAssignment() {
            f.enrollWith("m", 1_000);

            RewardAssignment a = assign(FREE_SHIPPING);

            assertThat(a.status()).isEqualTo(AWARDED);
            assertThat(a.couponCode()).isEqualTo("SHIP-0001");
            assertThat(a.debitPoints()).isEqualTo(300);
            assertThat(a.sourceType()).isEqualTo(IssuanceSourceType.MANUAL);
            assertThat(a.sourceId()).isEqualTo("ADM-789");
            assertThat(a.sourceName()).isEqualTo("John Doe");
            assertThat(a.notes()).isEqualTo("Test rewards");
            assertThat(a.benefitDetails()).containsEntry("reward_code", "SHIP-0001");
            LedgerEntry debit = f.entries("m").get(1);
            assertThat(debit.entryId()).isEqualTo(a.debitEntryId());
            assertThat(debit.actionId()).isEqualTo(107);
            assertThat(debit.attributes()).containsEntry("campaign", "shipping");
            assertThat(program.reward(FREE_SHIPPING).coupons()).isEqualTo(new CouponPoolCounts(5, 1, 0, 4));
            assertThat(f.assertInvariant("m").available()).isEqualTo(700);
        }

        @Test
        void assigningWithoutEnoughPointsChangesNothing() {
            f.enrollWith("m", 100);

            assertThatThrownBy(() -> assign(FIVE_OFF)).isInstanceOf(InsufficientPoints.class);

            assertThat(f.entries("m")).hasSize(1);
            assertThat(program.rewardHistory("m", null, PageRequest.first()).items()).isEmpty();
        }

        @Test
        void assigningFromAnEmptyPoolChangesNothing() {
            f.enrollWith("m", 10_000);
            for (int i = 0; i < 5; i++) {
                assign(FREE_SHIPPING);
            }
            PointBalance before = f.assertInvariant("m");

            assertThatThrownBy(() -> assign(FREE_SHIPPING)).isInstanceOf(RewardOutOfStock.class);

            assertThat(program.balance("m")).isEqualTo(before);
            assertThat(program.rewardHistory("m", null, PageRequest.first()).total()).isEqualTo(5);
        }

        @Test
        void assigningRequiresALiveRewardAnEligibleMemberAndAKnownMember() {
            f.enrollWith("m", 10_000);

            assertThatThrownBy(() -> assign(SUMMER_DRAFT)).isInstanceOf(RewardNotLive.class);
            assertThatThrownBy(() -> program.assignReward(FIVE_OFF, "ghost", ADMIN))
                    .isInstanceOf(MemberNotFound.class);
            f.enrollWith("poor", 0);
            assertThatThrownBy(() -> program.assignReward(VIP_LOUNGE, "poor", ADMIN))
                    .isInstanceOf(RewardNotEligible.class);
            assertThat(f.assertInvariant("m").available()).isEqualTo(10_000);
        }

        @Test
        void assigningThroughASourceTheRewardDoesNotAllowIsRejected() {
            f.enrollWith("m", 1_000);

            assertThatThrownBy(() -> program.assignReward(FIVE_OFF, "m",
                    new RewardSource(IssuanceSourceType.JOURNEY, "J-1", "Welcome journey", null)))
                    .isInstanceOfSatisfying(InvalidField.class,
                            e -> assertThat(e.field()).isEqualTo("source_type"));
            assertThat(f.assertInvariant("m").available()).isEqualTo(1_000);
        }

        @Test
        void historyListsNewestFirstAndFiltersByStatus() {
            f.enrollWith("m", 10_000);
            RewardAssignment first = assign(FIVE_OFF);
            f.clock.advance(Duration.ofMinutes(1));
            RewardAssignment second = assign(FREE_SHIPPING);
            program.updateAssignment(FIVE_OFF, "m", first.assignId(), REDEEMED, null, null);

            assertThat(program.rewardHistory("m", null, PageRequest.first()).items())
                    .extracting(RewardAssignment::assignId).containsExactly(second.assignId(), first.assignId());
            assertThat(program.rewardHistory("m", REDEEMED, PageRequest.first()).items())
                    .extracting(RewardAssignment::assignId).containsExactly(first.assignId());
        }
    }

    @Nested
    class Update {

        @Test
        void redeemingMarksTheCouponRedeemedAndMergesData() {
            f.enrollWith("m", 1_000);
            RewardAssignment a = assign(FREE_SHIPPING);

            RewardAssignment updated = program.updateAssignment(FREE_SHIPPING, "m", a.assignId(), REDEEMED,
                    Map.of("street", "Satara Road", "location", "Pune"), Map.of("order_id", "A12345"));

            assertThat(updated.status()).isEqualTo(REDEEMED);
            assertThat(updated.collectedData()).containsEntry("street", "Satara Road");
            assertThat(updated.benefitDetails()).containsEntry("order_id", "A12345")
                    .containsEntry("reward_code", "SHIP-0001");
            assertThat(program.reward(FREE_SHIPPING).coupons()).isEqualTo(new CouponPoolCounts(5, 1, 1, 4));
            assertThat(f.available("m")).isEqualTo(700);
        }

        @Test
        void cancellingRefundsThePointsAsAReversalAndVoidsTheCoupon() {
            f.enrollWith("m", 1_000);
            RewardAssignment a = assign(FREE_SHIPPING);

            RewardAssignment cancelled = program.updateAssignment(FREE_SHIPPING, "m", a.assignId(), CANCELLED,
                    null, null);

            assertThat(cancelled.status()).isEqualTo(CANCELLED);
            LedgerEntry refund = f.entries("m").get(2);
            assertThat(refund.activity()).isEqualTo(Activity.CREDIT);
            assertThat(refund.points()).isEqualTo(300);
            assertThat(refund.actionId()).isEqualTo(107);
            assertThat(refund.reversalOf()).isEqualTo(a.debitEntryId());
            assertThat(refund.reason()).contains(a.assignId());
            PointBalance b = f.assertInvariant("m");
            assertThat(b).isEqualTo(new PointBalance(1_000, 0, 0, 1_000, 0, 0));
            assertThat(program.reward(FREE_SHIPPING).coupons()).isEqualTo(new CouponPoolCounts(5, 1, 0, 4));
            assertThat(assign(FREE_SHIPPING).couponCode()).isEqualTo("SHIP-0002");
        }

        @Test
        void expiringKeepsThePoints() {
            f.enrollWith("m", 1_000);
            RewardAssignment a = assign(FIVE_OFF);

            program.updateAssignment(FIVE_OFF, "m", a.assignId(), EXPIRED, null, null);

            assertThat(f.assertInvariant("m").available()).isEqualTo(500);
        }

        @Test
        void nullStatusOnlyMergesData() {
            f.enrollWith("m", 1_000);
            RewardAssignment a = assign(FIVE_OFF);

            RewardAssignment updated = program.updateAssignment(FIVE_OFF, "m", a.assignId(), null,
                    Map.of("date", "2024-01-01"), null);

            assertThat(updated.status()).isEqualTo(AWARDED);
            assertThat(updated.collectedData()).containsEntry("date", "2024-01-01");
        }

        @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
        @CsvSource({
            "AWARDED, AWARDED, true", "AWARDED, REDEEMED, true", "AWARDED, EXPIRED, true",
            "AWARDED, CANCELLED, true",
            "REDEEMED, REDEEMED, true", "REDEEMED, AWARDED, false", "REDEEMED, EXPIRED, false",
            "REDEEMED, CANCELLED, false",
            "EXPIRED, EXPIRED, true", "EXPIRED, AWARDED, false", "EXPIRED, REDEEMED, false",
            "EXPIRED, CANCELLED, false",
            "CANCELLED, CANCELLED, true", "CANCELLED, AWARDED, false", "CANCELLED, REDEEMED, false",
            "CANCELLED, EXPIRED, false"})
        void transitionTable(AssignmentStatus from, AssignmentStatus to, boolean allowed) {
            f.enrollWith("m", 1_000);
            RewardAssignment a = assign(FIVE_OFF);
            if (from != AWARDED) {
                program.updateAssignment(FIVE_OFF, "m", a.assignId(), from, null, null);
            }
            PointBalance before = f.assertInvariant("m");

            if (allowed) {
                assertThat(program.updateAssignment(FIVE_OFF, "m", a.assignId(), to, null, null).status())
                        .isEqualTo(to);
            } else {
                assertThatThrownBy(() -> program.updateAssignment(FIVE_OFF, "m", a.assignId(), to, null, null))
                        .isInstanceOf(IllegalAssignmentTransition.class)
                        .hasMessageContaining(from.displayName()).hasMessageContaining(to.displayName());
                assertThat(program.balance("m")).isEqualTo(before);
                assertThat(program.rewardHistory("m", null, PageRequest.first()).items().get(0).status())
                        .isEqualTo(from);
            }
            f.assertInvariant("m");
        }

        @Test
        void cancellingTwiceRefundsOnce() {
            f.enrollWith("m", 1_000);
            RewardAssignment a = assign(FIVE_OFF);
            program.updateAssignment(FIVE_OFF, "m", a.assignId(), CANCELLED, null, null);
            program.updateAssignment(FIVE_OFF, "m", a.assignId(), CANCELLED, null, null);

            assertThat(f.assertInvariant("m").available()).isEqualTo(1_000);
        }

        @Test
        void anAssignmentIsOnlyFoundUnderItsOwnRewardAndMember() {
            f.enrollWith("m", 1_000);
            f.enroll("other");
            RewardAssignment a = assign(FIVE_OFF);

            assertThatThrownBy(() -> program.updateAssignment(FREE_SHIPPING, "m", a.assignId(), REDEEMED, null,
                    null)).isInstanceOf(AssignmentNotFound.class);
            assertThatThrownBy(() -> program.updateAssignment(FIVE_OFF, "other", a.assignId(), REDEEMED, null,
                    null)).isInstanceOf(AssignmentNotFound.class);
            assertThatThrownBy(() -> program.updateAssignment(FIVE_OFF, "m", "nope", REDEEMED, null, null))
                    .isInstanceOf(AssignmentNotFound.class);
            assertThat(program.rewardHistory("m", null, PageRequest.first()).items())
                    .extracting(RewardAssignment::status).containsExactly(AWARDED);
        }
    }

    @Test
    void freeRewardsAreAssignedWithoutALedgerEntry() {
        program.defineReward(dev.annexkit.mock.domain.reward.Reward.builder("FREEBIE", "Sticker", 0).build());
        f.enroll("m");

        RewardAssignment a = assign("FREEBIE");

        assertThat(a.debitEntryId()).isNull();
        assertThat(f.entries("m")).isEmpty();
        program.updateAssignment("FREEBIE", "m", a.assignId(), CANCELLED, null, null);
        assertThat(f.entries("m")).isEmpty();
        assertThat(List.of(f.assertInvariant("m"))).containsExactly(PointBalance.ZERO);
    }
}
