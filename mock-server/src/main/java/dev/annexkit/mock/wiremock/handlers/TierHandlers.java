package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.kernel.BulkLookup;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ledger.MemberStanding;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.tier.Tier;
import dev.annexkit.mock.domain.tier.TierStatus;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tiers: one member's place on the ladder, many members', and the ladder itself. */
final class TierHandlers {

    /** Members climb the mock's ladder one level at a time as their points or spend grow. */
    static final String TIER_METHOD = "sequential";

    private TierHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("getMemberTier", (request, program, site) ->
                ApiResponse.ok(memberTier(site, program.accounts().standing(request.path("memberId")))));
        handlers.put("getMemberTiersInBulk", TierHandlers::bulk);
        handlers.put("listTiers", TierHandlers::list);
    }

    static WireObject memberTier(String site, MemberStanding standing) {
        TierStatus tier = standing.tier();
        return WireObject.create()
                .put("siteId", site)
                .put("id", standing.memberId())
                .put("currentTier", name(tier.current()))
                .put("nextTier", name(tier.next()))
                .put("previousTier", name(tier.previous()))
                .put("pointsToNextTier", pointsToNext(tier))
                .put("spendToNextTier", spendToNext(tier));
    }

    private static ApiResponse bulk(ApiRequest request, LoyaltyProgram program, String site) {
        BulkLookup<MemberStanding> found = program.accounts().standings(ids(request));
        WireObject tiers = WireObject.create();
        found.found().forEach((id, standing) -> tiers.put(id, memberTier(null, standing)));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("tiers", tiers)
                .putTexts("notFound", found.notFound()));
    }

    private static ApiResponse list(ApiRequest request, LoyaltyProgram program, String site) {
        Page<Tier> page = Page.of(program.tiers(), Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("tierMethod", TIER_METHOD)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", (int) page.total())
                .putObjects("tierDetail", page.items().stream().map(t -> WireObject.create()
                        .put("tierId", t.tierId())
                        .put("tierName", t.name())
                        .put("tierLevel", t.level())
                        .put("tierStatus", "active")
                        .put("tierType", t.basis())
                        .put("pointsThreshold", t.pointsThreshold())
                        .put("spendThreshold", t.spendThreshold())).toList()));
    }

    /** Lifetime points missing for the next tier, as a string; absent at the top or for a spend-only tier. */
    static String pointsToNext(TierStatus tier) {
        return tier.next() == null || tier.next().pointsThreshold() == null
                ? null : Long.toString(tier.pointsToNextTier());
    }

    /** Spend missing for the next tier, as a decimal string; absent when the next tier has no spend threshold. */
    static String spendToNext(TierStatus tier) {
        return tier.spendToNextTier() == null ? null : tier.spendToNextTier().toPlainString();
    }

    /** The {@code ids} of a bulk lookup body. */
    static List<String> ids(ApiRequest request) {
        JsonNode root = request.json();
        JsonNode node = root.path("ids");
        if (node.isMissingNode() || node.isNull()) {
            return keyedIds(root);
        }
        if (!node.isArray()) {
            throw new InvalidField("ids", "must be an array of member ids");
        }
        if (root.size() > 1) {
            throw new InvalidField("ids", "send the ids either as a list or keyed by entry number, not both");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : node) {
            if (!id.isTextual()) {
                throw new InvalidField("ids", "must be an array of member ids (strings)");
            }
            ids.add(id.asText());
        }
        return ids;
    }

    /** The connector's shape: {@code {"1": {"id": "…"}, "2": {"id": "…"}}}, read in request order. */
    private static List<String> keyedIds(JsonNode root) {
        if (!root.isObject() || root.isEmpty()) {
            throw new MissingField("ids");
        }
        List<String> ids = new ArrayList<>();
        root.fields().forEachRemaining(entry -> {
            JsonNode id = entry.getValue().path("id");
            if (!id.isTextual() || id.asText().isBlank()) {
                throw new InvalidField(entry.getKey() + ".id", "must be a member id");
            }
            ids.add(id.asText());
        });
        return ids;
    }

    private static String name(Tier tier) {
        return tier == null ? null : tier.name();
    }
}
