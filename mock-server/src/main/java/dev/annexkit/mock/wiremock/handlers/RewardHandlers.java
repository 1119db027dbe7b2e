package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.reward.AssignmentStatus;
import dev.annexkit.mock.domain.reward.CouponPoolCounts;
import dev.annexkit.mock.domain.reward.CouponUpload;
import dev.annexkit.mock.domain.reward.RewardSource;
import dev.annexkit.mock.domain.reward.IssuanceSourceType;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import dev.annexkit.mock.domain.reward.RewardFilter;
import dev.annexkit.mock.domain.reward.RewardStatus;
import dev.annexkit.mock.domain.reward.RewardView;
import dev.annexkit.mock.domain.reward.RuleGroup;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireFormat;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Rewards V2: the catalogue, coupon pools and assignments. */
final class RewardHandlers {

    private RewardHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("listRewards", RewardHandlers::list);
        handlers.put("getReward", (request, program, site) ->
                ApiResponse.ok(reward(program.reward(request.path("reward_id")))));
        handlers.put("addRewardCoupons", RewardHandlers::addCoupons);
        handlers.put("listMemberRewards", RewardHandlers::forMember);
        handlers.put("getMemberRewardHistory", RewardHandlers::history);
        handlers.put("assignRewardToMember", RewardHandlers::assign);
        handlers.put("updateRewardAssignment", RewardHandlers::updateAssignment);
    }

    private static ApiResponse list(ApiRequest request, LoyaltyProgram program, String site) {
        RewardFilter filter = new RewardFilter(
                request.query("reward_type").orElse(null),
                request.query("reward_status").map(RewardHandlers::status).orElse(null),
                request.query("source_type").map(t -> source("source_type", t)).orElse(null));
        Page<RewardView> page = program.rewards(filter, Paging.of(request));
        return ApiResponse.ok(Paging.describe(WireObject.create().put("site_id", site), page)
                .putObjects("rewards", page.items().stream().map(RewardHandlers::reward).toList()));
    }

    private static ApiResponse addCoupons(ApiRequest request, LoyaltyProgram program, String site) {
        List<String> codes = couponCodes(request.json().path("coupons"));
        CouponUpload upload = program.addCoupons(request.path("reward_id"), codes);
        return ApiResponse.created(WireObject.create()
                .put("site_id", site)
                .put("coupon_count", codes.size())
                .put("accepted_count", upload.accepted().size())
                .put("rejected_count", upload.rejected().size())
                .put("message", upload.rejected().isEmpty()
                        ? "The coupon added successfully."
                        : upload.accepted().size() + " coupon(s) added, " + upload.rejected().size() + " rejected.")
                .putObjects("rejected", upload.rejected().stream()
                        .map(r -> WireObject.create().put("code", r.code()).put("reason", r.reason())).toList())
                .put("coupon_pool", pool(upload.counts())));
    }

    private static ApiResponse forMember(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.path("member_id");
        boolean affordableOnly = request.query("affordable_only").map(RewardHandlers::bool).orElse(false);
        Page<RewardView> page = program.rewardsForMember(memberId, affordableOnly, Paging.of(request));
        WireObject answer = WireObject.create()
                .put("site_id", site)
                .put("member_id", memberId)
                .put("available_points", program.balance(memberId).available());
        return ApiResponse.ok(Paging.describe(answer, page)
                .putObjects("rewards", page.items().stream().map(RewardHandlers::reward).toList()));
    }

    private static ApiResponse history(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.path("member_id");
        AssignmentStatus status = request.query("member_reward_status").map(RewardHandlers::assignmentStatus).orElse(null);
        Page<RewardAssignment> page = program.rewardHistory(memberId, status, Paging.of(request));
        WireObject answer = WireObject.create().put("site_id", site).put("member_id", memberId);
        return ApiResponse.ok(Paging.describe(answer, page).putObjects("data",
                page.items().stream().map(a -> historyEntry(a, program.reward(a.rewardId()).reward())).toList()));
    }

    private static ApiResponse assign(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody body = request.body();
        String rewardId = matchingPath(body, "reward_id", request.path("reward_id"));
        String memberId = matchingPath(body, "user_id", request.path("member_id"));
        JsonBody issuance = body.at("issuance_details");
        JsonBody source = issuance.at("source_details");
        RewardSource details = new RewardSource(
                issuance.text("source_type").map(t -> source("issuance_details.source_type", t))
                        .orElse(IssuanceSourceType.MANUAL),
                source.text("source_id").orElse(null),
                source.text("source_name").orElse(null),
                source.text("notes").orElse(null));
        RewardAssignment assignment = program.assignReward(rewardId, memberId, details);
        return ApiResponse.ok(assignment(site, assignment, "The reward was assigned to the member."));
    }

    private static ApiResponse updateAssignment(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody body = request.body();
        String rewardId = matchingPath(body, "reward_id", request.path("reward_id"));
        String memberId = matchingPath(body, "user_id", request.path("member_id"));
        RewardAssignment updated = program.updateAssignment(rewardId, memberId, body.requiredText("assign_id"),
                body.text("member_reward_status").map(RewardHandlers::assignmentStatus).orElse(null),
                body.textMap("collected_data"),
                body.textMap("benefit_details"));
        return ApiResponse.ok(assignment(site, updated, "The assignment was updated."));
    }

    /** The reward object of the API. */
    static WireObject reward(RewardView view) {
        Reward r = view.reward();
        return WireObject.create()
                .put("reward_id", r.rewardId())
                .put("display_id", r.displayId())
                .put("reward_name", r.name())
                .put("reward_type", r.type())
                .put("reward_sub_type", r.subType())
                .put("reward_status", r.status().displayName())
                .put("active", r.status() == RewardStatus.LIVE)
                .put("reward_category_id", r.categoryId())
                .put("reward_category_name", r.categoryName())
                .put("reward_description", r.description())
                .put("reward_terms", r.terms())
                .put("reward_sequence", r.sequence())
                .put("reward_images", r.imageUrl() == null ? null
                        : WireObject.create().put("url", r.imageUrl()).put("type", "image"))
                .put("points_to_redeem", r.pointsPrice())
                .put("reward_value", r.value())
                .put("coupon_based", r.couponBased())
                .put("coupon_pool", r.couponBased() ? pool(view.coupons()) : null)
                .putTexts("issuance_source_types", r.issuanceSourceTypes().stream()
                        .map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList())
                .putObjects("eligibility_rules", r.eligibility().stream().map(RewardHandlers::ruleGroup).toList())
                .putMap("transaction_attributes", r.transactionAttributes())
                .put("created_date", r.createdAt())
                .put("modified_date", r.modifiedAt());
    }

    private static WireObject ruleGroup(RuleGroup group) {
        return WireObject.create()
                .put("show_on_member_dashboard", group.showOnMemberDashboard())
                .put("include_in_api_response", group.includeInApiResponse())
                .putObjects("conditions", group.conditions().stream().map(c -> WireObject.create()
                        .put("attribute", c.attribute())
                        .put("operator", c.operator().displayName())
                        .putTexts("values", c.values())).toList());
    }

    private static WireObject pool(CouponPoolCounts counts) {
        return WireObject.create()
                .put("total", counts.total())
                .put("issued", counts.issued())
                .put("redeemed", counts.redeemed())
                .put("available", counts.available());
    }

    private static WireObject assignment(String site, RewardAssignment a, String message) {
        return WireObject.create()
                .put("site_id", site)
                .put("status", "Success")
                .put("message", message)
                .put("assign_id", a.assignId())
                .put("reward_id", a.rewardId())
                .put("user_id", a.memberId())
                .put("member_reward_status", a.status().displayName())
                .put("debit_points", a.debitPoints())
                .put("reward_code", a.couponCode());
    }

    private static WireObject historyEntry(RewardAssignment a, Reward reward) {
        return WireObject.create()
                .put("assign_id", a.assignId())
                .put("reward_id", a.rewardId())
                .put("reward_name", reward.name())
                .put("reward_type", reward.type())
                .put("reward_category_id", reward.categoryId())
                .put("reward_category_name", reward.categoryName())
                .put("member_reward_status", a.status().displayName())
                .put("debit_points", a.debitPoints())
                .put("reward_code", a.couponCode())
                .put("source_type", a.sourceType() == null ? null : a.sourceType().name().toLowerCase(Locale.ROOT))
                .putMap("collected_data", a.collectedData())
                .putMap("benefit_details", a.benefitDetails())
                .put("assigned_date", a.assignedAt())
                .put("updated_date", a.updatedAt());
    }

    /** Codes sent as an array, or as one comma-separated string as the documentation's example does. */
    private static List<String> couponCodes(JsonNode coupons) {
        List<String> codes = new ArrayList<>();
        if (coupons.isMissingNode() || coupons.isNull()) {
            throw new MissingField("coupons");
        }
        if (coupons.isTextual()) {
            Arrays.stream(coupons.asText().split(",")).map(String::trim).filter(c -> !c.isEmpty()).forEach(codes::add);
        } else if (coupons.isArray()) {
            coupons.forEach(code -> {
                if (!code.isTextual()) {
                    throw new InvalidField("coupons", "must hold strings only");
                }
                codes.add(code.asText().trim());
            });
        } else {
            throw new InvalidField("coupons", "must be an array of codes or one comma-separated string");
        }
        return codes;
    }

    /** The body repeats the path's ids, as documented; a disagreement is the caller's mistake. */
    private static String matchingPath(JsonBody body, String field, String pathValue) {
        String sent = body.requiredText(field);
        if (!sent.equals(pathValue)) {
            throw new InvalidField(field, "is \"" + sent + "\" but the path names \"" + pathValue + "\"");
        }
        return sent;
    }

    private static RewardStatus status(String text) {
        return WireFormat.enumValue("reward_status", text, RewardStatus.class, RewardStatus::displayName);
    }

    private static AssignmentStatus assignmentStatus(String text) {
        return WireFormat.enumValue("member_reward_status", text, AssignmentStatus.class, AssignmentStatus::displayName);
    }

    private static IssuanceSourceType source(String field, String text) {
        return WireFormat.enumValue(field, text, IssuanceSourceType.class, t -> t.name().toLowerCase(Locale.ROOT));
    }

    private static boolean bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidField("affordable_only", "must be true or false, got \"" + text + "\"");
        };
    }
}
