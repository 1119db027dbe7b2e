package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.action.ActionSeriesProgress;
import dev.annexkit.mock.domain.action.ActionStatus;
import dev.annexkit.mock.domain.action.MemberActionView;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.Locale;
import java.util.Map;

/** Action: the site's actions, a member's progress on them, action series. */
final class ActionHandlers {

    /** The server's page size for the action lists, which take no {@code limit}. */
    static final int PAGE_SIZE = 10;

    private ActionHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("listActions", ActionHandlers::list);
        handlers.put("listMemberActions", ActionHandlers::forMember);
        handlers.put("getMemberActionSeries", ActionHandlers::series);
    }

    private static ApiResponse list(ApiRequest request, LoyaltyProgram program, String site) {
        String status = request.path("status").trim().toUpperCase(Locale.ROOT);
        ActionStatus filter = switch (status) {
            case "ALL" -> null;
            case "ACTIVE" -> ActionStatus.ACTIVE;
            case "INACTIVE" -> ActionStatus.INACTIVE;
            default -> throw new InvalidField("status", "must be ALL, ACTIVE or INACTIVE, got \"" + status + "\"");
        };
        Page<Action> page = program.actionProgress().list(filter, PageRequest.of(queryPage(request), PAGE_SIZE));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("records", (int) page.total())
                .put("pages", page.pages())
                .put("current_page", page.page())
                .putObjects("allActionDetails", page.items().stream().map(ActionHandlers::action).toList()));
    }

    private static ApiResponse forMember(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.body().requiredText("id");
        int pageNo = request.body().integer("page").orElseGet(() -> queryPage(request));
        Page<MemberActionView> page = program.actionProgress().forMember(memberId, PageRequest.of(pageNo, PAGE_SIZE));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("records", (int) page.total())
                .put("pages", page.pages())
                .put("currentPage", page.page())
                .putObjects("allActionDetails", page.items().stream().map(v -> action(v.action())
                        .put("actionPerformStatus", v.completed() ? "Completed" : "Pending")
                        .put("requiredCount", v.requiredCount())
                        .put("completedCount", v.completedCount())
                        .put("pendingsCount", v.pendingCount())
                        .put("actionLimitReachedFlag", v.limitReached() ? "1" : "0")
                        .put("actionLimitReachedStatus", v.limitReached() ? "Reached" : "Not reached")).toList()));
    }

    private static ApiResponse series(ApiRequest request, LoyaltyProgram program, String site) {
        int seriesId = request.body().integer("actionSeriesId").orElseThrow(() -> new MissingField("actionSeriesId"));
        ActionSeriesProgress progress = program.actionProgress().seriesProgress(request.path("memberId"), seriesId);
        Member m = progress.member();
        String name = m.firstName() == null && m.lastName() == null ? null
                : ((m.firstName() == null ? "" : m.firstName()) + " " + (m.lastName() == null ? "" : m.lastName())).trim();
        WireObject answer = WireObject.create().put("siteId", site).put("id", m.id()).put("memberName", name);
        if (progress.completed()) {
            answer.put("completedActionSeries", WireObject.create()
                    .put("actionseriesId", progress.series().seriesId())
                    .put("actionseriesName", progress.series().name())
                    .put("actionSeriesType", dev.annexkit.mock.domain.action.ActionSeries.TYPE)
                    .put("bonusPoints", progress.series().bonusPoints())
                    .put("pointsExpiryDate", progress.bonusExpiresAt()));
        }
        return ApiResponse.ok(answer);
    }

    /** The fields a site action and a member action share. */
    private static WireObject action(Action a) {
        var limit = a.limit();
        return WireObject.create()
                .put("actionId", a.actionId())
                .put("actionName", a.name())
                .put("actionNameDisplay", a.nameForMembers())
                .put("actionPoints", a.points())
                .put("maxPoints", limit == null || limit.maxPoints() == 0 ? null : limit.maxPoints())
                .put("period", limit == null ? null : limit.period().displayName())
                .put("ratio", "1")
                .put("status", a.status().name())
                .put("expireInDays", a.expireInDays() == 0 ? null : a.expireInDays())
                .put("holdDays", a.holdDays())
                .put("actionLimitDisplay", limitDisplay(a));
    }

    /** E.g. {@code 3 per month} and/or {@code once every 24 hours}; null when the action has neither. */
    static String limitDisplay(Action a) {
        String cooldown = a.cooldown() == null ? null : "once every " + a.cooldown().toHours() + " hours";
        if (a.limit() == null) {
            return cooldown;
        }
        return cooldown == null ? a.limit().display() : a.limit().display() + ", " + cooldown;
    }

    private static int queryPage(ApiRequest request) {
        String text = request.query("page").orElse("1");
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidField("page", "must be a whole number, got \"" + text + "\"");
        }
    }
}
