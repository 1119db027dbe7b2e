package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.campaign.Campaign;
import dev.annexkit.mock.domain.campaign.CampaignRule;
import dev.annexkit.mock.domain.campaign.CampaignRuleType;
import dev.annexkit.mock.domain.campaign.MemberCampaignView;
import dev.annexkit.mock.domain.campaign.Milestone;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.time.Instant;
import java.util.Map;

/** Campaign: the site's campaigns and a member's progress in theirs. */
final class CampaignHandlers {

    private CampaignHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("listCampaigns", CampaignHandlers::list);
        handlers.put("getCampaign", CampaignHandlers::get);
        handlers.put("getMemberCampaigns", CampaignHandlers::forMember);
    }

    private static ApiResponse list(ApiRequest request, LoyaltyProgram program, String site) {
        Instant now = program.now();
        Page<Campaign> page = program.campaigns().list(request.query("status").filter(s -> !s.isBlank()).orElse(null),
                Paging.of(request));
        return ApiResponse.ok(paged(WireObject.create().put("siteId", site), page)
                .putObjects("allCampaignDetails", page.items().stream().map(c -> campaign(c, now)).toList()));
    }

    private static ApiResponse get(ApiRequest request, LoyaltyProgram program, String site) {
        Campaign c = program.campaigns().get(request.path("campaignId"));
        WireObject detail = campaign(c, program.now());
        if (c.rule() != null) {
            CampaignRule r = c.rule();
            detail.put("pointsRule", WireObject.create()
                    .putTexts("actions", r.actionIds().stream().sorted().map(String::valueOf).toList())
                    .put("ruleType", r.type().name())
                    .put("multiplier", r.type() == CampaignRuleType.MULTIPLIER ? r.multiplier() : null)
                    .put("bonusPoints", r.type() == CampaignRuleType.BONUS ? r.bonusPoints() : null)
                    .put("ruleDateFrom", c.ruleFrom())
                    .put("ruleDateTo", c.ruleTo()));
        }
        detail.putObjects("milestones", c.milestones().stream().map(CampaignHandlers::milestone).toList());
        return ApiResponse.ok(WireObject.create().put("siteId", site).put("campaignDetail", detail));
    }

    private static ApiResponse forMember(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.path("memberId");
        Instant now = program.now();
        Page<MemberCampaignView> page = program.campaigns().forMember(memberId,
                request.query("campaignId").filter(s -> !s.isBlank()).orElse(null), Paging.of(request));
        return ApiResponse.ok(paged(WireObject.create().put("siteId", site).put("id", memberId), page)
                .putObjects("allCampaignDetails", page.items().stream().map(v -> campaign(v.campaign(), now)
                        .put("completedCredits", v.completedCredits())
                        .put("campaignPointsEarned", v.pointsEarned())
                        .putObjects("milestones", v.milestones().stream().map(p -> milestone(p.milestone())
                                .put("completed", p.completed())
                                .put("completedDate", p.completedAt())).toList())).toList()));
    }

    private static WireObject paged(WireObject answer, Page<?> page) {
        return answer.put("currentPage", page.page()).put("pages", page.pages()).put("total", (int) page.total());
    }

    private static WireObject campaign(Campaign c, Instant now) {
        WireObject audience = WireObject.create().put("segment", c.audienceSegmentId()).put("tier", c.audienceTier());
        return WireObject.create()
                .put("campaignId", c.campaignId())
                .put("campaignName", c.name())
                .put("campaignDescription", c.description())
                .put("campaignTerms", c.terms())
                .put("campaignTagline", c.tagline())
                .put("campaignGroupName", c.groupName())
                .put("campaignDateFrom", c.from())
                .put("campaignDateTo", c.to())
                .put("audience", audience)
                .put("campaignStatus", c.status(now))
                .put("numberOfMilestones", c.milestones().size())
                .put("campaignCreateDate", c.createdAt())
                .put("campaignUpdateDate", c.updatedAt());
    }

    private static WireObject milestone(Milestone m) {
        return WireObject.create()
                .put("milestoneNumber", m.number())
                .put("milestoneName", m.name())
                .put("requiredCredits", m.requiredCredits())
                .put("bonusPoints", m.bonusPoints());
    }
}
