package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.member.DeletionRequest;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberMerge;
import dev.annexkit.mock.domain.reward.CouponCodes;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import dev.annexkit.mock.domain.tier.SpendRecord;
import dev.annexkit.mock.domain.tier.Tier;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * Everything the program holds, as immutable values in a deterministic order: one section per concept area.
 * Two programs that went through the same calls have equal snapshots; it carries no time of its own making,
 * so a snapshot taken before and after a rejected request is equal. An area adds its section as one more
 * component here and one line in {@code Snapshots}.
 */
public record ProgramSnapshot(Configuration configuration, MemberData members, PointsData points, RewardData rewards) {

    /**
     * Site configuration.
     *
     * @param pointsExpiry null when points never expire
     */
    public record Configuration(Period pointsExpiry, List<Action> actions, List<Tier> tiers) {
    }

    /** Members by id, queued deletions by member id, merges oldest first. */
    public record MemberData(List<Member> members, List<DeletionRequest> pendingDeletions, List<MemberMerge> merges) {
    }

    /** Ledger entries per member id (each list oldest first) and purchase spend in booking order. */
    public record PointsData(Map<String, List<LedgerEntry>> ledger, List<SpendRecord> spend) {
    }

    /** Reward definitions and coupon pools by reward id, assignments by assignment id. */
    public record RewardData(List<Reward> rewards, List<CouponCodes> couponPools, List<RewardAssignment> assignments) {
    }
}
