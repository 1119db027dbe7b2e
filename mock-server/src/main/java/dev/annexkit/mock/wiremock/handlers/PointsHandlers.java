package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.kernel.BulkLookup;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ledger.MemberStanding;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.action.SystemActions;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.AggregateBy;
import dev.annexkit.mock.domain.ledger.BulkPointsResult;
import dev.annexkit.mock.domain.ledger.ExpiryBucket;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.ledger.PointsOutcome;
import dev.annexkit.mock.domain.tier.TierStatus;
import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.ErrorResponses;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireFormat;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.List;
import java.util.Map;

/** Points: one movement, many movements, balances and expiry. */
final class PointsHandlers {

    /** The documented bulk amount key: one amount whose direction {@code activity} gives. */
    static final String BULK_AMOUNT = "debit/credit";

    private PointsHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("postPoints", PointsHandlers::post);
        handlers.put("getPointBalance", PointsHandlers::balance);
        handlers.put("postBulkPoints", PointsHandlers::bulk);
        handlers.put("getPointsExpiry", PointsHandlers::expiry);
        handlers.put("getPointBalancesInBulk", PointsHandlers::bulkBalances);
    }

    private static ApiResponse post(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody body = request.body();
        PointsCommand command = command(body, body.integer("actionId").orElseGet(() -> impliedAction(body)),
                amount(body, activity(body)));
        return ApiResponse.ok(outcome(site, command, program.points(command))
                .put("storeDetails", StoreWire.details(program, command.storeId())));
    }

    private static ApiResponse balance(ApiRequest request, LoyaltyProgram program, String site) {
        return ApiResponse.ok(balance(site, program.accounts().standing(request.path("memberId"))));
    }

    /** The balances of {@code GET /points/{memberId}}, also one entry of {@code POST /getbulkpoints}. */
    static WireObject balance(String site, MemberStanding standing) {
        PointBalance balance = standing.balance();
        TierStatus tier = standing.tier();
        return WireObject.create()
                .put("siteId", site)
                .put("id", standing.memberId())
                .put("availablePoints", balance.available())
                .put("usedPoints", balance.used())
                .put("negativePoints", -standing.negativePoints())
                .put("expiredPoints", balance.expired())
                .put("lifetimePoints", balance.lifetime())
                .put("holdPoints", balance.hold())
                .put("usedPointsOnReward", balance.usedOnRewards())
                .put("currentTier", tier.current() == null ? null : tier.current().name())
                .put("pointsToNextTier", TierHandlers.pointsToNext(tier))
                .put("spendToNextTier", TierHandlers.spendToNext(tier));
    }

    private static ApiResponse bulkBalances(ApiRequest request, LoyaltyProgram program, String site) {
        BulkLookup<MemberStanding> found = program.accounts().standings(TierHandlers.ids(request));
        WireObject balances = WireObject.create();
        found.found().forEach((id, standing) -> balances.put(id, balance(null, standing)));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("balances", balances)
                .putTexts("notFound", found.notFound()));
    }

    private static ApiResponse bulk(ApiRequest request, LoyaltyProgram program, String site) {
        KeyedEntries<PointsCommand> entries = KeyedEntries.parse(request.json(), "1",
                (key, body) -> command(body, body.integer("actionId").orElseThrow(() -> new MissingField("actionId")),
                        bulkAmount(body, activity(body))),
                (key, body) -> e -> failed(body, ErrorResponses.of(e)));
        List<BulkPointsResult> outcomes = program.bulkPoints(entries.parsed());
        for (int i = 0; i < entries.size(); i++) {
            PointsCommand command = entries.parsed().get(i);
            BulkPointsResult outcome = outcomes.get(i);
            entries.answer(i, outcome instanceof BulkPointsResult.Applied applied
                    ? applied(entries.body(i), command, applied.outcome())
                            .put("storeDetails", StoreWire.details(program, command.storeId()))
                    : failed(entries.body(i), ErrorResponses.of(((BulkPointsResult.Rejected) outcome).error())));
        }
        return ApiResponse.ok(WireObject.create().put("siteId", site).put("results", entries.byKey()));
    }

    private static ApiResponse expiry(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.path("memberId");
        List<ExpiryBucket> buckets = program.pointsExpiry(memberId,
                request.query("start_date").map(t -> WireFormat.instant("start_date", t))
                        .orElseThrow(() -> new MissingField("start_date")),
                request.query("end_date").map(t -> WireFormat.instant("end_date", t))
                        .orElseThrow(() -> new MissingField("end_date")),
                request.query("aggregate_by")
                        .map(t -> WireFormat.enumValue("aggregate_by", t, AggregateBy.class, Enum::name))
                        .orElseThrow(() -> new MissingField("aggregate_by")));
        Page<ExpiryBucket> page = Page.of(buckets, Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("id", memberId)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", page.total())
                .putObjects("expiryDetail", page.items().stream().map(PointsHandlers::bucket).toList()));
    }

    private static PointsCommand command(JsonBody body, int actionId, Long points) {
        return new PointsCommand(
                body.text("id").orElse(null),
                actionId,
                activity(body),
                points,
                body.text("reason").orElse(null),
                body.text("rewardId").orElse(null),
                body.text("orderId").orElse(null),
                body.text("customId").orElse(null),
                body.text("storeId").orElse(null),
                body.text("pointType").orElse(null),
                yesNo(body, "retry").orElse(false),
                yesNo(body, "allowNegativePoints").orElse(null),
                body.text("groupId").orElse(null),
                body.text("transferToId").orElse(null));
    }

    /**
     * The action of a movement sent without {@code actionId}. Annex Cloud's connector guide makes the action
     * mandatory only where the site requires it; without one the {@code reason} is mandatory. A reward claim
     * ({@code rewardId} with a debit, as the SAP and SuiteCommerce clients send it) is a reward redemption; any
     * other movement is a manual credit or debit.
     */
    private static int impliedAction(JsonBody body) {
        if (body.text("reason").filter(r -> !r.isBlank()).isEmpty()) {
            throw new MissingField("reason");
        }
        boolean rewardClaim = body.text("rewardId").isPresent() && activity(body) == Activity.DEBIT;
        return rewardClaim ? SystemActions.REWARD_REDEMPTION : SystemActions.MANUAL;
    }

    /** A {@code YES}/{@code NO} flag (also {@code true}/{@code false}), case-insensitive. */
    static java.util.Optional<Boolean> yesNo(JsonBody body, String field) {
        return body.text(field).filter(t -> !t.isBlank()).map(t -> switch (t.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "YES", "Y", "TRUE", "1" -> true;
            case "NO", "N", "FALSE", "0" -> false;
            default -> throw new InvalidField(field, "must be YES or NO, got \"" + t + "\"");
        });
    }

    private static Activity activity(JsonBody body) {
        return WireFormat.enumValue("activity", body.requiredText("activity"), Activity.class, Enum::name);
    }

    /** The amount of {@code POST /points}: {@code credit} for a credit, {@code debit} for a debit, never both. */
    private static Long amount(JsonBody body, Activity activity) {
        String own = activity == Activity.CREDIT ? "credit" : "debit";
        String other = activity == Activity.CREDIT ? "debit" : "credit";
        if (body.has(other)) {
            throw new InvalidField(other, "does not go with activity " + activity + "; send " + own);
        }
        return positive(own, body.number(own).orElse(null));
    }

    /** The amount of a bulk entry: the documented {@code debit/credit} key, or the per-direction keys. */
    private static Long bulkAmount(JsonBody body, Activity activity) {
        if (body.has(BULK_AMOUNT)) {
            if (body.has("credit") || body.has("debit")) {
                throw new InvalidField(BULK_AMOUNT, "send either debit/credit or credit/debit keys, not both");
            }
            return positive(BULK_AMOUNT, body.number(BULK_AMOUNT).orElse(null));
        }
        return amount(body, activity);
    }

    private static Long positive(String field, Long points) {
        if (points != null && points <= 0) {
            throw new InvalidField(field, "must be a positive number of points, got " + points);
        }
        return points;
    }

    /** The answer to one movement; a free reward's redemption books no ledger entry, hence the command. */
    private static WireObject outcome(String site, PointsCommand command, PointsOutcome outcome) {
        LedgerEntry entry = outcome.entry();
        WireObject answer = WireObject.create()
                .put("siteId", site)
                .put("id", command.memberId())
                .put("actionId", command.actionId())
                .put("activity", command.activity().name())
                .put(command.activity() == Activity.CREDIT ? "credit" : "debit", entry == null ? 0L : entry.points())
                .put("rewardId", command.rewardId())
                .put("rewardCode", outcome.rewardCode())
                .put("customId", command.customId())
                .put("reason", command.reason())
                .put("orderId", command.orderId())
                .put("storeId", command.storeId())
                .put("activityId", entry == null ? null : entry.entryId())
                .put("availablePoints", outcome.balance().available())
                .put("lifetimePoints", outcome.balance().lifetime())
                .put("holdPoints", outcome.balance().hold())
                .put("releaseDate", entry == null ? null : entry.releaseAt())
                .put("groupId", command.groupId())
                .put("transferToId", command.transferToId())
                .put("groupAvailablePoints", outcome.groupBalance() == null ? null : outcome.groupBalance().available());
        if (outcome.tierChanged()) {
            answer.put("previousTier", outcome.previousTier() == null ? null : outcome.previousTier().name())
                    .put("updatedUserTier", outcome.updatedTier() == null ? null : outcome.updatedTier().name());
        }
        return answer;
    }

    private static WireObject applied(JsonBody body, PointsCommand command, PointsOutcome outcome) {
        LedgerEntry entry = outcome.entry();
        return WireObject.create()
                .put("id", command.memberId())
                .put("status", "Success")
                .put("actionId", Integer.toString(command.actionId()))
                .put("activity", command.activity().name())
                .put(command.activity() == Activity.CREDIT ? "credit" : "debit", entry == null ? 0L : entry.points())
                .put("storeId", body.text("storeId").orElse(null))
                .put("availablePoints", outcome.balance().available())
                .put("previousTier", !outcome.tierChanged() || outcome.previousTier() == null ? null
                        : outcome.previousTier().name())
                .put("updatedUserTier", !outcome.tierChanged() || outcome.updatedTier() == null ? null
                        : outcome.updatedTier().name());
    }

    private static WireObject failed(JsonBody body, ApiResponse error) {
        AnnexError annex = (AnnexError) error.body();
        return WireObject.create()
                .put("id", safeText(body, "id"))
                .put("status", "Failed")
                .put("actionId", safeText(body, "actionId"))
                .put("activity", safeText(body, "activity"))
                .put("errorCode", annex.errorCode())
                .put("errorMessage", annex.errorMessage());
    }

    private static String safeText(JsonBody body, String field) {
        JsonNode node = body.root().path(field);
        return node.isValueNode() ? node.asText() : null;
    }

    private static WireObject bucket(ExpiryBucket bucket) {
        return WireObject.create()
                .put("date", bucket.label())
                .put("expiredPoints", bucket.pointsExpired())
                .put("pointsToExpire", bucket.pointsToExpire())
                .putObjects("pointsActivity", bucket.lots().stream().map(lot -> WireObject.create()
                        .put("points", lot.points())
                        .put("expiryDate", lot.expiryDate())
                        .put("status", lot.expired() ? "EXPIRED" : "TO_EXPIRE")).toList());
    }
}
