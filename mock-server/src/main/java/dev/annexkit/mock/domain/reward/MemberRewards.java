package dev.annexkit.mock.domain.reward;

import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The original (v1) rewards view of a member: the catalogue with eligibility, and the rewards already redeemed.
 * It reads the same catalogue and assignments as Rewards V2. Every call runs under the program lock.
 */
public final class MemberRewards {

    /** Orders of the catalogue. */
    public enum CatalogOrder {
        /** By reward id. */
        REWARD_ID,
        /** By the rewards' configured sequence, then id ({@code sort_by=rewardSequence}). */
        SEQUENCE
    }

    private final RewardContext state;
    private final CallGuard lock;

    public MemberRewards(RewardContext state, CallGuard lock) {
        this.state = state;
        this.lock = lock;
    }

    /** Every Live reward with whether this member may redeem it now. */
    public List<CatalogEntry> catalog(String memberId, CatalogOrder order) {
        return lock.call(() -> {
            MemberFacts facts = state.facts(state.members().get(memberId), state.now());
            List<RewardView> live = state.rewards().list(RewardFilter.status(RewardStatus.LIVE));
            Comparator<RewardView> byId = Comparator.comparing(v -> v.reward().rewardId());
            return live.stream()
                    .sorted(order == CatalogOrder.SEQUENCE
                            ? Comparator.<RewardView>comparingInt(v -> v.reward().sequence()).thenComparing(byId)
                            : byId)
                    .map(v -> new CatalogEntry(v, eligible(v, facts)))
                    .toList();
        });
    }

    /** The member's redeemed rewards, newest first. */
    public Page<UsedReward> used(String memberId, PageRequest page) {
        return lock.call(() -> {
            state.members().get(memberId);
            Map<String, String> reasons = new HashMap<>();
            for (LedgerEntry e : state.ledger().entries(memberId)) {
                reasons.put(e.entryId(), e.reason());
            }
            List<UsedReward> used = state.assignments().history(memberId, AssignmentStatus.REDEEMED).stream()
                    .map(a -> new UsedReward(a, rewardName(a), a.debitEntryId() == null ? null
                            : reasons.get(a.debitEntryId())))
                    .toList();
            return Page.of(used, page);
        });
    }

    private String rewardName(RewardAssignment a) {
        return state.rewards().find(a.rewardId()).map(Reward::name).orElse(null);
    }

    private static boolean eligible(RewardView view, MemberFacts facts) {
        Reward reward = view.reward();
        boolean inStock = !reward.couponBased() || view.coupons().available() > 0;
        return inStock && reward.pointsPrice() <= facts.availablePoints()
                && EligibilityEvaluator.isEligible(reward.eligibility(), facts);
    }
}
