package dev.annexkit.mock.domain;

import static dev.annexkit.mock.domain.DemoProgram.FIVE_OFF;
import static dev.annexkit.mock.domain.DemoProgram.FREE_SHIPPING;
import static dev.annexkit.mock.domain.DemoProgram.SUMMER_DRAFT;
import static dev.annexkit.mock.domain.DemoProgram.VIP_LOUNGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.RewardNotFound;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.reward.Condition;
import dev.annexkit.mock.domain.reward.IssuanceSourceType;
import dev.annexkit.mock.domain.reward.Operator;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.domain.reward.RewardFilter;
import dev.annexkit.mock.domain.reward.RewardStatus;
import dev.annexkit.mock.domain.reward.RewardView;
import dev.annexkit.mock.domain.reward.RuleGroup;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RewardListingTest {

    private final ProgramFixture f = ProgramFixture.demo();
    private final LoyaltyProgram program = f.program;

    private static List<String> ids(Page<RewardView> page) {
        return page.items().stream().map(v -> v.reward().rewardId()).toList();
    }

    @Nested
    class Catalogue {

        @Test
        void listsEveryRewardBySequence() {
            assertThat(ids(program.rewards(RewardFilter.none(), PageRequest.first())))
                    .containsExactly(FIVE_OFF, FREE_SHIPPING, VIP_LOUNGE, SUMMER_DRAFT);
        }

        @Test
        void filtersByStatusTypeAndIssuanceSource() {
            program.defineReward(Reward.builder("JOURNEY-ONLY", "Birthday gift", 0).sequence(9)
                    .issuanceSources(Set.of(IssuanceSourceType.JOURNEY)).build());

            assertThat(ids(program.rewards(RewardFilter.status(RewardStatus.DRAFT), PageRequest.first())))
                    .containsExactly(SUMMER_DRAFT);
            assertThat(ids(program.rewards(new RewardFilter("external reward", null, null), PageRequest.first())))
                    .containsExactly(VIP_LOUNGE);
            assertThat(ids(program.rewards(new RewardFilter(null, null, IssuanceSourceType.JOURNEY),
                    PageRequest.first()))).containsExactly("JOURNEY-ONLY");
        }

        @Test
        void pagesCarryTotals() {
            Page<RewardView> page = program.rewards(RewardFilter.none(), PageRequest.of(2, 3));

            assertThat(ids(page)).containsExactly(SUMMER_DRAFT);
            assertThat(page.total()).isEqualTo(4);
            assertThat(page.pages()).isEqualTo(2);
        }

        @Test
        void badPageRequestsAreRejected() {
            assertThatThrownBy(() -> PageRequest.of(0, 10)).isInstanceOfSatisfying(InvalidField.class,
                    e -> assertThat(e.field()).isEqualTo("page"));
            assertThatThrownBy(() -> PageRequest.of(1, 0)).isInstanceOf(InvalidField.class);
            assertThatThrownBy(() -> PageRequest.of(1, 101)).isInstanceOfSatisfying(InvalidField.class,
                    e -> assertThat(e.field()).isEqualTo("limit"));
        }

        @Test
        void redefiningKeepsCreationDateAndCoupons() {
            RewardView before = program.reward(FREE_SHIPPING);
            f.clock.advance(Duration.ofDays(1));

            RewardView after = program.defineReward(Reward.builder(FREE_SHIPPING, "Free shipping v2", 250)
                    .couponBased(true).build());

            assertThat(after.reward().createdAt()).isEqualTo(before.reward().createdAt());
            assertThat(after.reward().modifiedAt()).isEqualTo(ProgramFixture.START.plus(Duration.ofDays(1)));
            assertThat(after.coupons()).isEqualTo(before.coupons());
        }

        @Test
        void unknownRewardIsNotFound() {
            assertThatThrownBy(() -> program.reward("NOPE")).isInstanceOf(RewardNotFound.class)
                    .hasMessageContaining("NOPE");
        }
    }

    @Nested
    class ForMember {

        @Test
        void showsLiveRewardsTheMemberIsEligibleFor() {
            f.enrollWith("m", 100);

            assertThat(ids(program.rewardsForMember("m", false, PageRequest.first())))
                    .containsExactly(FIVE_OFF, FREE_SHIPPING);

            program.points(PointsCommand.credit("m", 100, 5_000)); // Gold
            assertThat(ids(program.rewardsForMember("m", false, PageRequest.first())))
                    .containsExactly(FIVE_OFF, FREE_SHIPPING, VIP_LOUNGE);
        }

        @Test
        void affordableOnlyHidesRewardsPricedAboveTheAvailableBalance() {
            f.enrollWith("m", 400);

            assertThat(ids(program.rewardsForMember("m", true, PageRequest.first())))
                    .containsExactly(FREE_SHIPPING);
            program.points(PointsCommand.credit("m", 100, 100));
            assertThat(ids(program.rewardsForMember("m", true, PageRequest.first())))
                    .containsExactly(FIVE_OFF, FREE_SHIPPING);
        }

        @Test
        void groupsHiddenFromTheApiDoNotListTheReward() {
            program.defineReward(Reward.builder("STAFF", "Staff perk", 0).sequence(0)
                    .eligibility(new RuleGroup(List.of(Condition.of("tags", Operator.CONTAIN_ANY_OF, "staff")),
                            true, false))
                    .build());
            program.enroll(dev.annexkit.mock.domain.member.NewMember.of("s", null).withTags(Set.of("staff")));

            assertThat(ids(program.rewardsForMember("s", false, PageRequest.first()))).doesNotContain("STAFF");
            assertThat(program.assignReward("STAFF", "s", null).rewardId()).isEqualTo("STAFF");
        }

        @Test
        void unknownMemberIsNotFound() {
            assertThatThrownBy(() -> program.rewardsForMember("ghost", false, PageRequest.first()))
                    .isInstanceOf(MemberNotFound.class);
        }
    }
}
