package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.reward.MemberRewards.CatalogOrder;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.reward.CatalogEntry;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.domain.reward.UsedReward;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.List;
import java.util.Map;

/** Rewards (v1): a member's reward catalogue with eligibility, and the rewards they redeemed. */
final class RewardsV1Handlers {

    /** The one documented {@code sort_by} value. */
    static final String SORT_BY_SEQUENCE = "rewardSequence";

    /** How used rewards are labelled: every listed reward was redeemed. */
    static final String USED = "Used";

    private RewardsV1Handlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("listMemberRewardCatalog", RewardsV1Handlers::catalog);
        handlers.put("listUsedRewards", RewardsV1Handlers::used);
    }

    private static ApiResponse catalog(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.path("memberId");
        CatalogOrder order = request.query("sort_by").map(RewardsV1Handlers::order).orElse(CatalogOrder.REWARD_ID);
        List<CatalogEntry> entries = program.memberRewards().catalog(memberId, order);
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("id", memberId)
                .putObjects("rewardDetail", entries.stream().map(e -> {
                    Reward r = e.view().reward();
                    return WireObject.create()
                            .put("rewardId", r.rewardId())
                            .put("displayText", r.name())
                            .put("creditRequired", r.pointsPrice())
                            .put("eligible", e.eligible())
                            .put("rewardImageUrl", r.imageUrl());
                }).toList()));
    }

    private static CatalogOrder order(String sortBy) {
        if (sortBy.isBlank()) {
            return CatalogOrder.REWARD_ID;
        }
        if (!sortBy.trim().equalsIgnoreCase(SORT_BY_SEQUENCE)) {
            throw new InvalidField("sort_by", "must be " + SORT_BY_SEQUENCE + ", got \"" + sortBy + "\"");
        }
        return CatalogOrder.SEQUENCE;
    }

    private static ApiResponse used(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.path("memberId");
        Page<UsedReward> page = program.memberRewards().used(memberId, Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("id", memberId)
                .put("pages", page.pages())
                .put("current_page", page.page())
                .put("total", (int) page.total())
                .putObjects("rewardDetail", page.items().stream().map(u -> WireObject.create()
                        .put("rewardId", u.assignment().rewardId())
                        .put("rewardName", u.rewardName())
                        .put("rewardCode", u.assignment().couponCode())
                        .put("pointsUsed", u.assignment().debitPoints())
                        .put("rewardStatus", USED)
                        .put("reason", u.reason())
                        .put("createDate", u.assignment().assignedAt())).toList()));
    }
}
