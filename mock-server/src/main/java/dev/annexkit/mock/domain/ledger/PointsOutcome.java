package dev.annexkit.mock.domain.ledger;

import dev.annexkit.mock.domain.tier.Tier;

/**
 * What a successful points command did.
 *
 * @param entry        the appended ledger entry; null only when a free (0-point) reward was redeemed
 * @param rewardCode   the coupon code issued by a redemption, else null
 * @param assignId     the assignment a redemption created, else null
 * @param balance      the member's balance right after the command
 * @param previousTier the tier before, only when the command changed it (may be null: no tier before)
 * @param updatedTier  the tier after, only when the command changed it
 * @param tierChanged  whether the command moved the member to another tier
 * @param groupBalance the group's balance right after a command on group points ({@code groupId}), else null
 */
public record PointsOutcome(LedgerEntry entry, String rewardCode, String assignId, PointBalance balance,
                            Tier previousTier, Tier updatedTier, boolean tierChanged, PointBalance groupBalance) {

    /** An outcome that did not touch group points. */
    public PointsOutcome(LedgerEntry entry, String rewardCode, String assignId, PointBalance balance,
                         Tier previousTier, Tier updatedTier, boolean tierChanged) {
        this(entry, rewardCode, assignId, balance, previousTier, updatedTier, tierChanged, null);
    }
}
