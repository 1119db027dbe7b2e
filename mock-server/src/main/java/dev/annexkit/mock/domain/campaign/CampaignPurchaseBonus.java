package dev.annexkit.mock.domain.campaign;

import dev.annexkit.mock.domain.action.SystemActions;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.order.PurchaseBonus;
import java.math.BigDecimal;

/**
 * Running campaigns that multiply purchase points (action 109) for members in their audience, applied to every
 * order line. Campaigns that add a fixed bonus to purchases do not apply per line (a fixed bonus has no share
 * of a line); they apply to credits booked by action. Called by the order desk while the program lock is held.
 */
public final class CampaignPurchaseBonus implements PurchaseBonus {

    private final CampaignContext state;

    public CampaignPurchaseBonus(CampaignContext state) {
        this.state = state;
    }

    @Override
    public BigDecimal multiplier(Context context) {
        Member member = state.members().get(context.memberId());
        BigDecimal multiplier = BigDecimal.ONE;
        for (Campaign campaign : state.campaigns().all()) {
            if (campaign.rule().type() == CampaignRuleType.MULTIPLIER
                    && campaign.qualifies(SystemActions.PURCHASE, context.at())
                    && state.inAudience(campaign, member, context.at())) {
                multiplier = multiplier.multiply(campaign.rule().multiplier());
            }
        }
        return multiplier;
    }
}
