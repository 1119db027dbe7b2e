package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.action.ActionSeries;
import dev.annexkit.mock.domain.blocklist.BlockEntry;
import dev.annexkit.mock.domain.campaign.Campaign;
import dev.annexkit.mock.domain.group.Group;
import dev.annexkit.mock.domain.group.GroupSettings;
import dev.annexkit.mock.domain.group.Invitation;
import dev.annexkit.mock.domain.issuance.Issuance;
import dev.annexkit.mock.domain.kernel.IdCounters;
import dev.annexkit.mock.domain.order.Order;
import dev.annexkit.mock.domain.product.Category;
import dev.annexkit.mock.domain.product.Product;
import dev.annexkit.mock.domain.receipt.Receipt;
import dev.annexkit.mock.domain.segment.Segment;
import dev.annexkit.mock.domain.store.Store;
import dev.annexkit.mock.domain.survey.Survey;
import dev.annexkit.mock.domain.survey.SurveyResponse;
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
 * component here, one line in {@code Snapshots} and one in {@code Restore} (a snapshot restores into a program
 * whose own snapshot is equal to it: see {@code LoyaltyProgram#restored}).
 */
public record ProgramSnapshot(Configuration configuration, ProgramSettings settings, MemberData members,
        PointsData points, RewardData rewards, ProductData products, List<Order> orders, List<Store> stores,
        List<BlockEntry> blocklist, List<Segment> segments, List<Campaign> campaigns, List<ActionSeries> actionSeries,
        List<Receipt> receipts, SurveyData surveys, GroupData groups, List<Issuance> issuances,
        IdCounters idCounters) {

    /** An export written before issuances were saved holds none. */
    public ProgramSnapshot {
        issuances = issuances == null ? List.of() : List.copyOf(issuances);
    }

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

    /**
     * Ledger entries per member id (each list oldest first), purchase spend in booking order and the
     * disregarded negative points per member id (reported, never booked).
     */
    public record PointsData(Map<String, List<LedgerEntry>> ledger, List<SpendRecord> spend,
            Map<String, Long> disregardedNegativePoints) {
    }

    /** Products and categories by id. */
    public record ProductData(List<Product> products, List<Category> categories) {
    }

    /** Surveys by id; their responses per survey id, in answer order. */
    public record SurveyData(List<Survey> surveys, Map<String, List<SurveyResponse>> responses) {
    }

    /** Site group settings, groups by id, invitations in the order sent, group ledgers per group id. */
    public record GroupData(GroupSettings settings, List<Group> groups, List<Invitation> invitations,
            Map<String, List<LedgerEntry>> ledger) {
    }

    /** Reward definitions and coupon pools by reward id, assignments by assignment id. */
    public record RewardData(List<Reward> rewards, List<CouponCodes> couponPools, List<RewardAssignment> assignments) {
    }
}
