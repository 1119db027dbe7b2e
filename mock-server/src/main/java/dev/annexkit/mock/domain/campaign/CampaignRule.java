package dev.annexkit.mock.domain.campaign;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Set;

/**
 * The extra points a campaign gives for credits of its actions.
 *
 * @param multiplier with MULTIPLIER, the factor on the normal points (2 = double points: the campaign adds as
 *                   much again); rounded down to whole points
 * @param from       start of the rule's window; null = the campaign's start
 * @param to         end of the rule's window; null = the campaign's end
 */
public record CampaignRule(Set<Integer> actionIds, CampaignRuleType type, BigDecimal multiplier, long bonusPoints,
                           Instant from, Instant to) {

    public CampaignRule {
        if (type == null) {
            throw new MissingField("ruleType");
        }
        actionIds = Set.copyOf(actionIds == null ? Set.of() : actionIds);
        if (type == CampaignRuleType.MULTIPLIER && (multiplier == null || multiplier.compareTo(BigDecimal.ONE) < 0)) {
            throw new InvalidField("multiplier", "must be at least 1, was " + multiplier);
        }
        if (type == CampaignRuleType.BONUS && bonusPoints <= 0) {
            throw new InvalidField("bonusPoints", "must be positive, was " + bonusPoints);
        }
    }

    public static CampaignRule multiply(BigDecimal factor, Integer... actionIds) {
        return new CampaignRule(Set.of(actionIds), CampaignRuleType.MULTIPLIER, factor, 0, null, null);
    }

    public static CampaignRule bonus(long points, Integer... actionIds) {
        return new CampaignRule(Set.of(actionIds), CampaignRuleType.BONUS, null, points, null, null);
    }

    /** The campaign's extra points on top of {@code basePoints}. */
    public long extraOn(long basePoints) {
        return switch (type) {
            case MULTIPLIER -> new BigDecimal(basePoints).multiply(multiplier.subtract(BigDecimal.ONE))
                    .setScale(0, RoundingMode.DOWN).longValueExact();
            case BONUS -> bonusPoints;
        };
    }
}
