package dev.annexkit.mock.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ProgramFixture;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.kernel.BulkLookup;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.reward.CatalogEntry;
import dev.annexkit.mock.domain.reward.MemberRewards;
import dev.annexkit.mock.domain.reward.UsedReward;
import dev.annexkit.mock.domain.tier.Tier;
import dev.annexkit.mock.domain.tier.TierStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountsAndTiersTest {

    private final ProgramFixture f = ProgramFixture.demo();
    private final LoyaltyProgram program = f.program;
    private final Accounts accounts = program.accounts();

    @Nested
    class ActivityList {

        @Test
        void everyLedgerMovementIsARowNewestFirstWithActionNameRewardAndCode() {
            f.enrollWith("m", 1_000);
            f.clock.advance(Duration.ofMinutes(1));
            program.points(PointsCommand.award("m", 102));
            f.clock.advance(Duration.ofMinutes(1));
            PointsOutcome redeemed = program.points(PointsCommand.redeem("m", DemoProgram.FREE_SHIPPING));

            Page<ActivityRow> page = accounts.activity("m", PageRequest.of(1, 2));

            assertThat(page.total()).isEqualTo(3);
            assertThat(page.pages()).isEqualTo(2);
            ActivityRow newest = page.items().get(0);
            assertThat(newest.entry().entryId()).isEqualTo(redeemed.entry().entryId());
            assertThat(newest.entry().activity()).isEqualTo(Activity.DEBIT);
            assertThat(newest.entry().rewardId()).isEqualTo(DemoProgram.FREE_SHIPPING);
            assertThat(newest.entry().rewardCode()).isEqualTo("SHIP-0001");
            assertThat(newest.actionName()).isEqualTo("Reward redemption");
            assertThat(page.items().get(1).actionName()).isEqualTo("Write a review");
            assertThat(accounts.activity("m", PageRequest.of(2, 2)).items()).hasSize(1);
            f.assertInvariant("m");
        }

        @Test
        void unknownMemberIsNotFoundAndAMemberWithoutActivityHasNoRows() {
            assertThatThrownBy(() -> accounts.activity("ghost", PageRequest.first()))
                    .isInstanceOf(MemberNotFound.class);
            f.enroll("quiet");
            assertThat(accounts.activity("quiet", PageRequest.first()).items()).isEmpty();
        }
    }

    @Nested
    class Summary {

        @Test
        void totalsTheRowsOfOneAction() {
            f.enrollWith("m", 300);
            f.clock.advance(Duration.ofDays(1));
            program.points(PointsCommand.credit("m", 100, 50));
            program.points(PointsCommand.debit("m", 100, 40));
            program.points(PointsCommand.award("m", 102));

            ActivitySummary s = accounts.summary("m", 100);

            assertThat(s.activityCount()).isEqualTo(3);
            assertThat(s.creditCount()).isEqualTo(2);
            assertThat(s.debitCount()).isEqualTo(1);
            assertThat(s.totalCredit()).isEqualTo(350);
            assertThat(s.totalDebit()).isEqualTo(40);
            assertThat(s.netPoints()).isEqualTo(310);
            assertThat(s.firstAt()).isEqualTo(ProgramFixture.START);
            assertThat(s.lastAt()).isEqualTo(ProgramFixture.START.plus(Duration.ofDays(1)));
            ActivitySummary none = accounts.summary("m", 109);
            assertThat(none.activityCount()).isZero();
            assertThat(none.firstAt()).isNull();
            f.assertInvariant("m");
        }
    }

    @Nested
    class Standings {

        @Test
        void bulkLookupAnswersFoundMembersOnceInOrderAndListsUnknownIds() {
            f.enrollWith("a", 1_500);
            f.enroll("b");

            BulkLookup<MemberStanding> found = accounts.standings(List.of("b", "ghost", "a", "b"));

            assertThat(found.found().keySet()).containsExactly("b", "a");
            assertThat(found.notFound()).containsExactly("ghost");
            assertThat(found.found().get("a").balance().available()).isEqualTo(1_500);
            assertThat(found.found().get("a").tier().current().name()).isEqualTo("Silver");
        }

        @Test
        void emptyOrOverLongLookupsAreRejected() {
            assertThatThrownBy(() -> accounts.standings(List.of())).isInstanceOf(InvalidField.class);
            assertThatThrownBy(() -> accounts.standings(null)).isInstanceOf(MissingField.class);
            assertThatThrownBy(() -> accounts.standings(java.util.Collections.nCopies(101, "a")))
                    .isInstanceOf(InvalidField.class);
        }
    }

    @Nested
    class TiersBySpend {

        private void spendLadder() {
            program.defineTier(new Tier(1, "Bronze", 1, 0));
            program.defineTier(Tier.byPointsOrSpend(2, "Silver", 2, 1_000, new BigDecimal("500")));
            program.defineTier(Tier.bySpend(3, "Gold", 3, new BigDecimal("2000")));
        }

        @Test
        void aMemberIsPlacedByPointsOrSpendWhicheverReachesFurther() {
            spendLadder();
            f.enrollWith("m", 100);

            TierStatus before = accounts.standing("m").tier();
            assertThat(before.current().name()).isEqualTo("Bronze");
            assertThat(before.pointsToNextTier()).isEqualTo(900);
            assertThat(before.spendToNextTier()).isEqualByComparingTo("500");

            TierStatus silver = accounts.recordSpend("m", new BigDecimal("620.50"), "A-1").tier();
            assertThat(silver.current().name()).isEqualTo("Silver");
            assertThat(silver.previous().name()).isEqualTo("Bronze");
            assertThat(silver.next().name()).isEqualTo("Gold");
            assertThat(silver.spendToNextTier()).isEqualByComparingTo("1379.50");
            assertThat(silver.pointsToNextTier()).as("Gold has no points threshold").isZero();
        }

        @Test
        void aReturnLowersSpendButNeverBelowZero() {
            spendLadder();
            f.enroll("m");
            accounts.recordSpend("m", new BigDecimal("600"), "A-1");

            assertThat(accounts.recordSpend("m", new BigDecimal("-200"), "A-1 return").spend())
                    .isEqualByComparingTo("400");
            assertThatThrownBy(() -> accounts.recordSpend("m", new BigDecimal("-401"), "x"))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("amount");
            assertThatThrownBy(() -> accounts.recordSpend("m", BigDecimal.ZERO, "x"))
                    .isInstanceOf(InvalidField.class);
            assertThat(accounts.standing("m").spend()).isEqualByComparingTo("400");
        }

        @Test
        void aCreditThatCrossesATierReportsTheChange() {
            f.enrollWith("m", 900);

            PointsOutcome out = program.points(PointsCommand.credit("m", 100, 200));

            assertThat(out.tierChanged()).isTrue();
            assertThat(out.previousTier().name()).isEqualTo("Bronze");
            assertThat(out.updatedTier().name()).isEqualTo("Silver");
            f.assertInvariant("m");
        }

        @Test
        void spendKeepsCountingWhenPointsCrossToo() {
            spendLadder();
            f.enrollWith("m", 100);
            accounts.recordSpend("m", new BigDecimal("2500"), "big");

            PointsOutcome out = program.points(PointsCommand.credit("m", 100, 1_000));

            assertThat(out.tierChanged()).as("already Gold by spend").isFalse();
            assertThat(accounts.standing("m").tier().current().name()).isEqualTo("Gold");
        }

        @Test
        void aTierNeedsAThreshold() {
            assertThatThrownBy(() -> new Tier(1, "None", 1, null, null)).isInstanceOf(MissingField.class);
        }
    }

    @Nested
    class RewardsV1 {

        @Test
        void theCatalogueListsLiveRewardsWithPriceAndEligibility() {
            f.enrollWith("m", 400);

            List<CatalogEntry> bySequence = program.memberRewards().catalog("m", MemberRewards.CatalogOrder.SEQUENCE);

            assertThat(bySequence).extracting(e -> e.view().reward().rewardId())
                    .containsExactly(DemoProgram.FIVE_OFF, DemoProgram.FREE_SHIPPING, DemoProgram.VIP_LOUNGE);
            assertThat(bySequence).extracting(CatalogEntry::eligible).containsExactly(false, true, false);
            assertThat(program.memberRewards().catalog("m", MemberRewards.CatalogOrder.REWARD_ID))
                    .extracting(e -> e.view().reward().rewardId())
                    .containsExactly(DemoProgram.FIVE_OFF, DemoProgram.FREE_SHIPPING, DemoProgram.VIP_LOUNGE);
        }

        @Test
        void anEmptyCouponPoolMakesACouponRewardIneligible() {
            f.enrollWith("m", 5_000);
            for (int i = 0; i < 5; i++) {
                program.points(PointsCommand.redeem("m", DemoProgram.FREE_SHIPPING));
            }
            assertThat(program.memberRewards().catalog("m", MemberRewards.CatalogOrder.SEQUENCE))
                    .filteredOn(e -> e.view().reward().rewardId().equals(DemoProgram.FREE_SHIPPING))
                    .extracting(CatalogEntry::eligible).containsExactly(false);
        }

        @Test
        void usedRewardsListRedemptionsNewestFirstWithCodeAndPoints() {
            f.enrollWith("m", 2_000);
            program.points(PointsCommand.redeem("m", DemoProgram.FIVE_OFF).withReason("Checkout"));
            f.clock.advance(Duration.ofMinutes(1));
            program.points(PointsCommand.redeem("m", DemoProgram.FREE_SHIPPING));
            program.assignReward(DemoProgram.FIVE_OFF, "m", null); // awarded, not used yet

            Page<UsedReward> used = program.memberRewards().used("m", PageRequest.first());

            assertThat(used.total()).isEqualTo(2);
            assertThat(used.items().get(0).assignment().rewardId()).isEqualTo(DemoProgram.FREE_SHIPPING);
            assertThat(used.items().get(0).assignment().couponCode()).isEqualTo("SHIP-0001");
            assertThat(used.items().get(0).assignment().debitPoints()).isEqualTo(300);
            assertThat(used.items().get(1).rewardName()).isEqualTo("$5 off your next order");
            assertThat(used.items().get(1).reason()).isEqualTo("Checkout");
            f.assertInvariant("m");
        }
    }
}
