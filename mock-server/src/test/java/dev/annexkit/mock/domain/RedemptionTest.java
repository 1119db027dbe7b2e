package dev.annexkit.mock.domain;

import static dev.annexkit.mock.domain.DemoProgram.FIVE_OFF;
import static dev.annexkit.mock.domain.DemoProgram.FREE_SHIPPING;
import static dev.annexkit.mock.domain.DemoProgram.SUMMER_DRAFT;
import static dev.annexkit.mock.domain.DemoProgram.VIP_LOUNGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.error.DuplicateTransaction;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.error.RewardNotEligible;
import dev.annexkit.mock.domain.error.RewardNotFound;
import dev.annexkit.mock.domain.error.RewardNotLive;
import dev.annexkit.mock.domain.error.RewardOutOfStock;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.ledger.PointsOutcome;
import dev.annexkit.mock.domain.reward.AssignmentStatus;
import dev.annexkit.mock.domain.reward.CouponPoolCounts;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reward redemption through POST /points (DEBIT, action 107, rewardId). */
class RedemptionTest {

    private final ProgramFixture f = ProgramFixture.demo();
    private final LoyaltyProgram program = f.program;

    @Test
    void redeemingDebitsThePriceAndCopiesTheRewardsTransactionAttributes() {
        f.enrollWith("m", 1_000);

        PointsOutcome out = program.points(PointsCommand.redeem("m", FIVE_OFF));

        assertThat(out.entry().activity()).isEqualTo(Activity.DEBIT);
        assertThat(out.entry().actionId()).isEqualTo(107);
        assertThat(out.entry().points()).isEqualTo(500);
        assertThat(out.entry().rewardId()).isEqualTo(FIVE_OFF);
        assertThat(out.entry().attributes()).containsEntry("campaign", "evergreen").containsEntry("channel", "web");
        assertThat(out.rewardCode()).isNull();
        assertThat(out.balance()).isEqualTo(new PointBalance(500, 500, 0, 1_000, 0, 500));
        f.assertInvariant("m");
    }

    @Test
    void redeemingACouponRewardIssuesOneCodeAndRecordsARedeemedAssignment() {
        f.enrollWith("m", 1_000);

        PointsOutcome out = program.points(PointsCommand.redeem("m", FREE_SHIPPING));

        assertThat(out.rewardCode()).isEqualTo("SHIP-0001");
        assertThat(out.entry().rewardCode()).isEqualTo("SHIP-0001");
        assertThat(program.reward(FREE_SHIPPING).coupons()).isEqualTo(new CouponPoolCounts(5, 1, 1, 4));
        List<RewardAssignment> history = program.rewardHistory("m", null, PageRequest.first()).items();
        assertThat(history).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AssignmentStatus.REDEEMED);
            assertThat(a.couponCode()).isEqualTo("SHIP-0001");
            assertThat(a.assignId()).isEqualTo(out.assignId());
            assertThat(a.debitPoints()).isEqualTo(300);
        });
        f.assertInvariant("m");
    }

    @Test
    void redeemingFromAnEmptyPoolIsRejectedAndDebitsNothing() {
        f.enrollWith("m", 10_000);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            codes.add(program.points(PointsCommand.redeem("m", FREE_SHIPPING)).rewardCode());
        }
        PointBalance before = f.assertInvariant("m");

        assertThatThrownBy(() -> program.points(PointsCommand.redeem("m", FREE_SHIPPING)))
                .isInstanceOf(RewardOutOfStock.class).hasMessageContaining(FREE_SHIPPING);

        assertThat(codes).containsExactly("SHIP-0001", "SHIP-0002", "SHIP-0003", "SHIP-0004", "SHIP-0005");
        assertThat(program.balance("m")).isEqualTo(before);
        assertThat(program.rewardHistory("m", null, PageRequest.first()).total()).isEqualTo(5);
        assertThat(program.reward(FREE_SHIPPING).coupons().available()).isZero();
    }

    @Test
    void redeemingMoreThanBalanceIsRejectedAndLeavesBalanceUnchanged() {
        f.enrollWith("m", 299);
        PointBalance before = f.assertInvariant("m");

        assertThatThrownBy(() -> program.points(PointsCommand.redeem("m", FREE_SHIPPING)))
                .isInstanceOf(InsufficientPoints.class);

        assertThat(program.balance("m")).isEqualTo(before);
        assertThat(program.reward(FREE_SHIPPING).coupons().issued()).isZero();
        assertThat(program.rewardHistory("m", null, PageRequest.first()).items()).isEmpty();
    }

    @Test
    void redeemingADraftRewardIsRejected() {
        f.enrollWith("m", 1_000);

        assertThatThrownBy(() -> program.points(PointsCommand.redeem("m", SUMMER_DRAFT)))
                .isInstanceOf(RewardNotLive.class).hasMessageContaining("Draft");
        assertThat(f.available("m")).isEqualTo(1_000);
    }

    @Test
    void redeemingAnUnknownRewardIsRejected() {
        f.enrollWith("m", 1_000);

        assertThatThrownBy(() -> program.points(PointsCommand.redeem("m", "NOPE")))
                .isInstanceOf(RewardNotFound.class);
        assertThat(f.available("m")).isEqualTo(1_000);
    }

    @Test
    void redeemingARewardTheMemberIsNotEligibleForIsRejected() {
        f.enrollWith("m", 4_000); // Silver; VIP lounge needs Gold

        assertThatThrownBy(() -> program.points(PointsCommand.redeem("m", VIP_LOUNGE)))
                .isInstanceOf(RewardNotEligible.class);
        assertThat(f.available("m")).isEqualTo(4_000);

        program.points(PointsCommand.credit("m", 100, 1_000)); // now Gold
        assertThat(program.points(PointsCommand.redeem("m", VIP_LOUNGE)).balance().available()).isEqualTo(3_000);
        f.assertInvariant("m");
    }

    @Test
    void repeatingARedemptionCustomIdIsADuplicate() {
        f.enrollWith("m", 1_000);
        program.points(PointsCommand.redeem("m", FREE_SHIPPING).withCustomId("order-1"));

        assertThatThrownBy(() -> program.points(PointsCommand.redeem("m", FREE_SHIPPING).withCustomId("order-1")))
                .isInstanceOf(DuplicateTransaction.class);
        assertThat(f.available("m")).isEqualTo(700);
        assertThat(program.reward(FREE_SHIPPING).coupons().issued()).isEqualTo(1);
    }

    @Test
    void theDemoMemberStartsSilverWith1200Points() {
        assertThat(program.balance(DemoProgram.DEMO_MEMBER).available()).isEqualTo(1_200);
        assertThat(program.tierStatus(DemoProgram.DEMO_MEMBER).current().name()).isEqualTo("Silver");
        assertThat(program.reward(FREE_SHIPPING).coupons()).isEqualTo(new CouponPoolCounts(5, 0, 0, 5));
        assertThat(program.action(101).points()).isEqualTo(100);
    }
}
