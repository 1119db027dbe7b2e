package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.action.ActionLimit;
import dev.annexkit.mock.domain.action.ActionPeriod;
import dev.annexkit.mock.domain.action.ActionSeries;
import dev.annexkit.mock.domain.campaign.Campaign;
import dev.annexkit.mock.domain.campaign.CampaignRule;
import dev.annexkit.mock.domain.campaign.Milestone;
import dev.annexkit.mock.domain.action.SystemActions;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.reward.Condition;
import dev.annexkit.mock.domain.reward.Operator;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.domain.reward.RewardStatus;
import dev.annexkit.mock.domain.reward.RuleGroup;
import dev.annexkit.mock.domain.tier.Tier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A small, believable site configuration so the mock is useful out of the box and examples have something to
 * redeem: six actions (reviews limited to 3 a month, a daily check-in with a 24-hour cooldown), an action series
 * (sign-up + review: 25 bonus points), a campaign doubling review points in the first two weeks of 2025 (with a
 * two-review milestone), three tiers, four rewards (one coupon-based with five codes, one Gold-only, one Draft)
 * and one member with 1,200 points (Silver).
 */
public final class DemoProgram {

    public static final String DEMO_MEMBER = "demo@annexkit.dev";
    public static final String FIVE_OFF = "FIVE-OFF";
    public static final String FREE_SHIPPING = "FREE-SHIPPING";
    public static final String VIP_LOUNGE = "VIP-LOUNGE";
    public static final String SUMMER_DRAFT = "SUMMER-DRAFT";
    public static final String DOUBLE_REVIEWS = "2051";

    private DemoProgram() {
    }

    /** Defines the demo configuration in the given (normally empty) program. */
    public static void load(LoyaltyProgram program) {
        program.defineAction(Action.active(SystemActions.MANUAL, "Manual credit/debit", 0));
        program.defineAction(Action.active(101, "Sign-up", 100));
        program.defineAction(Action.active(102, "Write a review", 50).withDisplayName("Write a product review")
                .withLimit(ActionLimit.times(3, ActionPeriod.MONTH)));
        program.defineAction(Action.active(103, "Daily check-in", 10).withCooldown(Duration.ofHours(24)));
        program.defineAction(Action.active(SystemActions.REWARD_REDEMPTION, "Reward redemption", 0));
        program.defineAction(Action.active(SystemActions.PURCHASE, "Purchase", 0));

        program.defineTier(new Tier(1, "Bronze", 1, 0));
        program.defineTier(new Tier(2, "Silver", 2, 1_000));
        program.defineTier(new Tier(3, "Gold", 3, 5_000));

        program.defineReward(Reward.builder(FIVE_OFF, "$5 off your next order", 500)
                .displayId("R-1001").subType("Fixed Amount Discount").value(new BigDecimal("5.00"))
                .category("10", "Discounts").sequence(1)
                .description("Take $5 off any order.").terms("One per order.")
                .attribute("campaign", "evergreen").attribute("channel", "web")
                .build());
        program.defineReward(Reward.builder(FREE_SHIPPING, "Free shipping", 300)
                .displayId("R-1002").subType("Coupon Based").couponBased(true)
                .category("20", "Shipping").sequence(2)
                .description("Free standard shipping on one order.")
                .attribute("campaign", "shipping").attribute("channel", "web")
                .build());
        program.defineReward(Reward.builder(VIP_LOUNGE, "VIP lounge access", 2_000)
                .displayId("R-1003").type("External Reward").subType("Experience")
                .category("30", "Experiences").sequence(3)
                .eligibility(new RuleGroup(List.of(Condition.of("tier", Operator.EQUALS, "Gold")), true, true))
                .attribute("campaign", "vip").attribute("partner", "lounge-co")
                .build());
        program.defineReward(Reward.builder(SUMMER_DRAFT, "Summer surprise", 750)
                .displayId("R-1004").status(RewardStatus.DRAFT).subType("Fixed Amount Discount")
                .value(new BigDecimal("10.00")).category("10", "Discounts").sequence(4)
                .attribute("campaign", "summer").attribute("channel", "store")
                .build());
        program.addCoupons(FREE_SHIPPING,
                IntStream.rangeClosed(1, 5).mapToObj(i -> String.format("SHIP-%04d", i)).toList());

        program.actionProgress().defineSeries(new ActionSeries(1234, "Welcome offer",
                Map.of(101, 1, 102, 1), 25));
        program.campaigns().define(new Campaign(DOUBLE_REVIEWS, "Review fortnight",
                "Double points on reviews.", "One review per product.", "Twice the points", "Seasonal",
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-14T23:59:59Z"), null, null, true,
                CampaignRule.multiply(new BigDecimal("2"), 102),
                List.of(new Milestone(1, "Two reviews", 2, 40)),
                Instant.parse("2024-12-01T00:00:00Z"), Instant.parse("2024-12-01T00:00:00Z")));

        program.enroll(NewMember.of(DEMO_MEMBER, DEMO_MEMBER).withName("Demo", "Member"));
        program.points(PointsCommand.credit(DEMO_MEMBER, SystemActions.MANUAL, 1_200)
                .withReason("Demo opening balance"));
    }
}
