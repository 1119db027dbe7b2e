package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.segment.MemberUpdate;
import dev.annexkit.mock.domain.segment.Segment;
import dev.annexkit.mock.domain.segment.SegmentCriteria;
import dev.annexkit.mock.domain.segment.SegmentDraft;
import dev.annexkit.mock.domain.segment.SegmentStatus;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireFormat;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Segment: create, read, change, list segments and evaluate their members. */
final class SegmentHandlers {

    private SegmentHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("createSegment", (r, p, s) -> ApiResponse.ok(segment(s, p.segments().create(draft(r.body())), null)));
        handlers.put("getSegment", SegmentHandlers::get);
        handlers.put("updateSegment", SegmentHandlers::update);
        handlers.put("listSegmentMembers", SegmentHandlers::members);
        handlers.put("listSegments", SegmentHandlers::list);
    }

    private static ApiResponse update(ApiRequest request, LoyaltyProgram program, String site) {
        String id = request.path("segmentId");
        JsonBody body = request.body();
        body.text("id").filter(given -> !given.equals(id)).ifPresent(given -> {
            throw new InvalidField("id", "must equal the path's segment id " + id + ", got " + given);
        });
        SegmentDraft change = draft(body);
        Segment updated = program.segments().update(id, change);
        String how = change.memberUpdate() == null ? null : change.memberUpdate().name().toLowerCase();
        return ApiResponse.ok(segment(site, updated, how));
    }

    private static ApiResponse get(ApiRequest request, LoyaltyProgram program, String site) {
        Segment s = program.segments().get(request.path("segmentId"));
        WireObject detail = WireObject.create()
                .put("segmentId", s.segmentId())
                .put("segmentName", s.name())
                .put("segmentType", s.type())
                .put("segmentDateFrom", s.fromDate().toString())
                .put("segmentDateTo", s.toDate().toString())
                .put("status", s.status().name())
                .put("member", String.join(", ", s.memberIds()))
                .put("externalId", s.externalId())
                .put("externalName", s.externalName());
        putBlocks(detail, s.criteria());
        return ApiResponse.ok(WireObject.create().put("segmentDetail", detail));
    }

    private static ApiResponse members(ApiRequest request, LoyaltyProgram program, String site) {
        String id = request.path("segmentId");
        Page<Member> page = program.segments().members(id, Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("segmentId", id)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", (int) page.total())
                .putObjects("members", page.items().stream().map(m -> MemberHandlers.member(null, m)).toList()));
    }

    private static ApiResponse list(ApiRequest request, LoyaltyProgram program, String site) {
        String status = request.query("status").filter(t -> !t.isBlank()).orElse("all").trim().toLowerCase();
        SegmentStatus filter = switch (status) {
            case "all" -> null;
            case "active" -> SegmentStatus.ACTIVE;
            case "inactive" -> SegmentStatus.INACTIVE;
            default -> throw new InvalidField("status", "must be all, active or inactive, got \"" + status + "\"");
        };
        Page<Segment> page = program.segments().list(filter, Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", (int) page.total())
                .putObjects("segments", page.items().stream().map(s -> segment(null, s, null)).toList()));
    }

    private static SegmentDraft draft(JsonBody body) {
        List<String> members = body.text("member").map(SegmentHandlers::split).orElse(null);
        return new SegmentDraft(
                body.requiredText("name"),
                body.text("type").orElse(null),
                WireFormat.date("fromDate", body.requiredText("fromDate")),
                WireFormat.date("toDate", body.requiredText("toDate")),
                members,
                body.text("memberUpdate").filter(t -> !t.isBlank())
                        .map(t -> WireFormat.enumValue("memberUpdate", t, MemberUpdate.class, Enum::name)).orElse(null),
                body.text("status").filter(t -> !t.isBlank())
                        .map(t -> WireFormat.enumValue("status", t, SegmentStatus.class, Enum::name)).orElse(null),
                body.text("externalId").orElse(null),
                body.text("externalName").orElse(null),
                body.has("criteria") ? criteria(body.at("criteria")) : null);
    }

    private static SegmentCriteria criteria(JsonBody c) {
        SegmentCriteria.MemberDetails member = null;
        if (c.has("memberDetails")) {
            JsonBody m = c.at("memberDetails");
            member = new SegmentCriteria.MemberDetails(texts(m, "memberDetails.userId", "userId"),
                    texts(m, "memberDetails.zipCode", "zipCode"), m.text("anniversaryDate").orElse(null),
                    m.text("birthDate").orElse(null));
        }
        SegmentCriteria.ActionDetails action = null;
        if (c.has("actionDetails")) {
            JsonBody a = c.at("actionDetails");
            action = new SegmentCriteria.ActionDetails(texts(a, "actionDetails.actions", "actions"),
                    texts(a, "actionDetails.actionSeries", "actionSeries"));
        }
        SegmentCriteria.PointsDetails points = null;
        if (c.has("pointsDetails")) {
            JsonBody p = c.at("pointsDetails");
            points = new SegmentCriteria.PointsDetails(p.number("availablePointRangeFrom").orElse(null),
                    p.number("availablePointRangeTo").orElse(null), p.number("lifetimePointRangeFrom").orElse(null),
                    p.number("lifetimePointRangeTo").orElse(null), p.number("redeemPointRangeFrom").orElse(null),
                    p.number("redeemPointRangeTo").orElse(null));
        }
        SegmentCriteria.PurchaseDetails purchase = null;
        if (c.has("purchaseDetails")) {
            JsonBody p = c.at("purchaseDetails");
            purchase = new SegmentCriteria.PurchaseDetails(texts(p, "purchaseDetails.productPurchased",
                    "productPurchased"), texts(p, "purchaseDetails.productCategory", "productCategory"),
                    p.text("source").orElse(null), p.text("country").orElse(null));
        }
        SegmentCriteria.StoreDetails store = null;
        if (c.has("storeDetails")) {
            JsonBody s = c.at("storeDetails");
            store = new SegmentCriteria.StoreDetails(s.text("storeName").orElse(null), s.text("country").orElse(null),
                    s.text("region").orElse(null), s.text("state").orElse(null), s.text("city").orElse(null));
        }
        return new SegmentCriteria(member, action, points, purchase, store);
    }

    /** A segment as create, update and list answer it; {@code memberUpdate} only for updates. */
    private static WireObject segment(String site, Segment s, String memberUpdate) {
        WireObject answer = WireObject.create()
                .put("siteId", site)
                .put("segmentId", s.segmentId())
                .put("segmentName", s.name())
                .put("segmentType", s.type())
                .put("segmentFromDate", s.fromDate().toString())
                .put("segmentToDate", s.toDate().toString())
                .put("member", String.join(", ", s.memberIds()))
                .put("memberUpdate", memberUpdate)
                .put("status", s.status().name())
                .put("externalId", s.externalId())
                .put("externalName", s.externalName());
        WireObject criteria = WireObject.create();
        if (putBlocks(criteria, s.criteria())) {
            answer.put("criteria", criteria);
        }
        return answer;
    }

    /** Writes the given criteria blocks; true when there was any. */
    private static boolean putBlocks(WireObject target, SegmentCriteria c) {
        boolean any = false;
        if (c.memberDetails() != null) {
            var m = c.memberDetails();
            target.put("memberDetails", WireObject.create().putTexts("userId", m.userId())
                    .putTexts("zipCode", m.zipCode()).put("anniversaryDate", m.anniversaryDate())
                    .put("birthDate", m.birthDate()));
            any = true;
        }
        if (c.actionDetails() != null) {
            target.put("actionDetails", WireObject.create().putTexts("actions", c.actionDetails().actions())
                    .putTexts("actionSeries", c.actionDetails().actionSeries()));
            any = true;
        }
        if (c.pointsDetails() != null) {
            var p = c.pointsDetails();
            target.put("pointsDetails", WireObject.create()
                    .put("availablePointRangeFrom", p.availableFrom()).put("availablePointRangeTo", p.availableTo())
                    .put("lifetimePointRangeFrom", p.lifetimeFrom()).put("lifetimePointRangeTo", p.lifetimeTo())
                    .put("redeemPointRangeFrom", p.redeemFrom()).put("redeemPointRangeTo", p.redeemTo()));
            any = true;
        }
        if (c.purchaseDetails() != null) {
            var p = c.purchaseDetails();
            target.put("purchaseDetails", WireObject.create().putTexts("productPurchased", p.productPurchased())
                    .putTexts("productCategory", p.productCategory()).put("source", p.source())
                    .put("country", p.country()));
            any = true;
        }
        if (c.storeDetails() != null) {
            var s = c.storeDetails();
            target.put("storeDetails", WireObject.create().put("storeName", s.storeName())
                    .put("country", s.country()).put("region", s.region()).put("state", s.state())
                    .put("city", s.city()));
            any = true;
        }
        return any;
    }

    private static List<String> texts(JsonBody body, String path, String field) {
        JsonNode node = body.root().path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isValueNode()) {
            return split(node.asText());
        }
        if (!node.isArray()) {
            throw new InvalidField(path, "must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isValueNode()) {
                throw new InvalidField(path, "must be an array of strings");
            }
            values.add(item.asText());
        }
        return values;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
