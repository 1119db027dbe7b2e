package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.ledger.ActivityRow;
import dev.annexkit.mock.domain.ledger.ActivitySummary;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.Map;

/** Activity: a member's points history, row by row, and its totals per action. */
final class ActivityHandlers {

    /** The {@code pointType} of rows whose points call gave none. */
    static final String DEFAULT_POINT_TYPE = "Standard";

    private ActivityHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("getMemberActivity", ActivityHandlers::activity);
        handlers.put("getMemberActivitySummary", ActivityHandlers::summary);
    }

    private static ApiResponse activity(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.path("memberId");
        Page<ActivityRow> page = program.accounts().activity(memberId, Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("id", memberId)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("totalActivityCount", (int) page.total())
                .putObjects("activityDetail", page.items().stream().map(ActivityHandlers::row).toList()));
    }

    private static WireObject row(ActivityRow row) {
        LedgerEntry e = row.entry();
        return WireObject.create()
                .put("activityId", e.entryId())
                .put("actionId", e.actionId())
                .put("activity", e.isCredit() ? "Credit" : "Debit")
                .put(e.isCredit() ? "credit" : "debit", e.points())
                .put("reason", e.reason())
                .put("rewardId", e.rewardId())
                .put("rewardCode", e.rewardCode())
                .put("pointType", e.pointType() == null ? DEFAULT_POINT_TYPE : e.pointType())
                .put("displayText", row.actionName())
                .put("createDate", e.createdAt())
                .put("expireDate", e.expiresAt());
    }

    private static ApiResponse summary(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.path("memberId");
        int actionId;
        try {
            actionId = Integer.parseInt(request.path("actionId").trim());
        } catch (NumberFormatException e) {
            throw new InvalidField("actionId", "must be a whole number, got \"" + request.path("actionId") + "\"");
        }
        ActivitySummary s = program.accounts().summary(memberId, actionId);
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("id", memberId)
                .put("actionId", actionId)
                .put("activityCount", s.activityCount())
                .put("creditCount", s.creditCount())
                .put("debitCount", s.debitCount())
                .put("totalCredit", s.totalCredit())
                .put("totalDebit", s.totalDebit())
                .put("netPoints", s.netPoints())
                .put("firstActivityDate", s.firstAt())
                .put("lastActivityDate", s.lastAt()));
    }
}
