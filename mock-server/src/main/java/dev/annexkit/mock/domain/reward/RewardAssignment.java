package dev.annexkit.mock.domain.reward;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reward handed to one member, as the reward history lists it. Immutable: every status change stores a new
 * copy.
 *
 * @param debitPoints   points the reward cost at the time (0 for free rewards)
 * @param debitEntryId  the ledger entry that paid for it, null when nothing was debited; a cancellation refund
 *                      reverses this entry
 * @param couponCode    the code handed out, for coupon-based rewards
 * @param collectedData data gathered from the member at redemption (address, date…)
 * @param benefitDetails details of the benefit delivered (reward code, order id…)
 */
public record RewardAssignment(
        String assignId,
        String rewardId,
        String memberId,
        AssignmentStatus status,
        long debitPoints,
        String debitEntryId,
        String couponCode,
        IssuanceSourceType sourceType,
        String sourceId,
        String sourceName,
        String notes,
        Map<String, String> collectedData,
        Map<String, String> benefitDetails,
        Instant assignedAt,
        Instant updatedAt) {

    public RewardAssignment {
        collectedData = withoutNulls(collectedData);
        benefitDetails = withoutNulls(benefitDetails);
    }

    /** A copy with a new status and the given data merged over the existing data. */
    public RewardAssignment updated(AssignmentStatus newStatus, Map<String, String> moreCollected,
                                    Map<String, String> moreBenefits, Instant now) {
        return new RewardAssignment(assignId, rewardId, memberId, newStatus, debitPoints, debitEntryId, couponCode,
                sourceType, sourceId, sourceName, notes, merge(collectedData, moreCollected),
                merge(benefitDetails, moreBenefits), assignedAt, now);
    }

    /** The same assignment under another member (a merge). */
    public RewardAssignment ownedBy(String newMemberId) {
        return new RewardAssignment(assignId, rewardId, newMemberId, status, debitPoints, debitEntryId, couponCode,
                sourceType, sourceId, sourceName, notes, collectedData, benefitDetails, assignedAt, updatedAt);
    }

    /** Data comes from API callers; null keys or values carry nothing and are dropped. */
    private static Map<String, String> withoutNulls(Map<String, String> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, String> clean = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                clean.put(k, v);
            }
        });
        return Map.copyOf(clean);
    }

    private static Map<String, String> merge(Map<String, String> base, Map<String, String> more) {
        if (more == null || more.isEmpty()) {
            return base;
        }
        Map<String, String> merged = new LinkedHashMap<>(base);
        merged.putAll(more);
        return merged;
    }
}
