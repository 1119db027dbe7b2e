package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.domain.tier.Tier;
import java.util.List;
import java.util.Map;

/**
 * Program data to load in one go (the mock's JSON seed): configuration first, then members, then their opening
 * points. Loading goes through the ordinary façade calls, so every rule applies; load into a fresh program and
 * discard it when loading fails, so a bad seed leaves nothing half-loaded.
 *
 * @param coupons codes to load into coupon-based rewards, by reward id
 * @param credits points movements to apply after enrolment, in order (normally credits)
 */
public record ProgramSeed(List<Action> actions, List<Tier> tiers, List<Reward> rewards,
                          Map<String, List<String>> coupons, List<NewMember> members, List<PointsCommand> credits) {

    public ProgramSeed {
        actions = actions == null ? List.of() : List.copyOf(actions);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        rewards = rewards == null ? List.of() : List.copyOf(rewards);
        coupons = coupons == null ? Map.of() : Map.copyOf(coupons);
        members = members == null ? List.of() : List.copyOf(members);
        credits = credits == null ? List.of() : List.copyOf(credits);
    }

    /** Loads the seed into the program; throws the first broken rule. */
    public void applyTo(LoyaltyProgram program) {
        actions.forEach(program::defineAction);
        tiers.forEach(program::defineTier);
        rewards.forEach(program::defineReward);
        rewards.stream().filter(r -> coupons.containsKey(r.rewardId()))
                .forEach(r -> program.addCoupons(r.rewardId(), coupons.get(r.rewardId())));
        for (String rewardId : coupons.keySet().stream().sorted().toList()) {
            if (rewards.stream().noneMatch(r -> r.rewardId().equals(rewardId))) {
                program.addCoupons(rewardId, coupons.get(rewardId));
            }
        }
        members.forEach(program::enroll);
        credits.forEach(program::points);
    }
}
