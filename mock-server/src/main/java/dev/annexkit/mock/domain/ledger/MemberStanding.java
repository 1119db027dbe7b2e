package dev.annexkit.mock.domain.ledger;

import dev.annexkit.mock.domain.tier.TierStatus;
import java.math.BigDecimal;

/**
 * A member's balance, purchase spend and place on the tier ladder, read at one instant, with the debit points
 * ever disregarded because they exceeded the balance ({@code negativePoints}, a positive number).
 */
public record MemberStanding(String memberId, PointBalance balance, BigDecimal spend, TierStatus tier,
                             long negativePoints) {
}
