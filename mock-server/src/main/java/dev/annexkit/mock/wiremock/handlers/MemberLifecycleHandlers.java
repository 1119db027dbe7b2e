package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.kernel.BatchItem;
import dev.annexkit.mock.domain.kernel.BatchResult;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.member.DuplicateActionChoice;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberMerge;
import dev.annexkit.mock.domain.member.MemberView;
import dev.annexkit.mock.domain.member.MergeRequest;
import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.ErrorResponses;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Users, the member lifecycle beyond one profile: bulk enrolment and change, deletion requests and merges.
 * Kept apart from {@link MemberHandlers} (single profiles) to keep both files small.
 */
final class MemberLifecycleHandlers {

    private MemberLifecycleHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("createMembersInBulk", (request, program, site) -> bulk(site,
                program.members().createInBulk(items(request, MemberWire::newMember))));
        handlers.put("updateMembersInBulk", (request, program, site) -> bulk(site,
                program.members().updateInBulk(items(request, MemberWire::patch))));
        handlers.put("requestMemberDeletion", MemberLifecycleHandlers::delete);
        handlers.put("mergeMembers", MemberLifecycleHandlers::merge);
        handlers.put("getMemberMerge", MemberLifecycleHandlers::merges);
    }

    /**
     * The items of a bulk body. A body that is not an array, or an item that is not an object or has no
     * readable id, fails the whole call; an item that cannot be read otherwise fails on its own.
     */
    private static <T> List<BatchItem<T>> items(ApiRequest request, Function<JsonBody, T> reader) {
        JsonNode root = request.json();
        if (!root.isArray()) {
            throw new InvalidField("members", "the body must be a JSON array of members");
        }
        List<BatchItem<T>> items = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            if (!node.isObject()) {
                throw new InvalidField("[" + i + "]", "must be an object");
            }
            JsonBody body = new JsonBody(node);
            String id;
            try {
                id = body.text("id").orElse(null);
            } catch (DomainException e) {
                throw new InvalidField("[" + i + "].id", "must be a string");
            }
            try {
                items.add(BatchItem.of(id, reader.apply(body)));
            } catch (DomainException e) {
                items.add(BatchItem.unreadable(id, e));
            }
        }
        return items;
    }

    private static ApiResponse bulk(String site, List<BatchResult<Member>> results) {
        List<WireObject> rows = new ArrayList<>();
        int failures = 0;
        for (BatchResult<Member> result : results) {
            WireObject row = WireObject.create().put("id", result.id());
            if (result instanceof BatchResult.Failed<Member> failed) {
                AnnexError error = (AnnexError) ErrorResponses.of(failed.error()).body();
                row.put("status", "Failed").put("errorCode", error.errorCode())
                        .put("errorMessage", error.errorMessage());
                failures++;
            } else {
                row.put("status", "Success");
            }
            rows.add(row);
        }
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("total", results.size())
                .put("successCount", results.size() - failures)
                .put("failureCount", failures)
                .putObjects("results", rows));
    }

    private static ApiResponse delete(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody body = request.body();
        MemberView queued = program.members().requestDeletion(body.text("id").orElse(null),
                body.text("requestedBy").orElse(null));
        return ApiResponse.ok(MemberHandlers.member(site, queued)
                .put("requestedBy", queued.pendingDeletion().requestedBy()));
    }

    private static ApiResponse merge(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody body = request.body();
        List<DuplicateActionChoice> duplicates = new ArrayList<>();
        JsonNode list = body.root().path("duplicateActions");
        if (!list.isMissingNode() && !list.isNull()) {
            if (!list.isArray()) {
                throw new InvalidField("duplicateActions", "must be an array");
            }
            for (JsonNode item : list) {
                JsonBody choice = new JsonBody(item);
                duplicates.add(new DuplicateActionChoice(
                        choice.requiredText("userIdToRetainActions"),
                        choice.integer("actionID").orElseThrow(() -> new MissingField("duplicateActions.actionID"))));
            }
        }
        MemberMerge merge = program.members().merge(new MergeRequest(
                body.text("primaryUID").orElse(null),
                body.text("secondaryUID").orElse(null),
                body.text("mergedBy").orElse(null),
                body.text("reason").orElse(null),
                duplicates));
        return ApiResponse.ok(WireObject.create()
                .put("siteID", site)
                .put("id", merge.primaryId())
                .put("primaryUID", merge.primaryId())
                .put("secondaryUID", merge.secondaryId())
                .put("mergedBy", merge.mergedBy())
                .put("reason", merge.reason())
                .put("mergeDate", mergeDate(merge))
                .put("status", merge.status()));
    }

    private static ApiResponse merges(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.path("memberId");
        Page<MemberMerge> page = program.members().merges(memberId, Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteID", site)
                .put("id", memberId)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", (int) page.total())
                .putObjects("userDetail", page.items().stream().map(m -> WireObject.create()
                        .put("primaryUID", m.primaryId())
                        .put("secondaryUID", m.secondaryId())
                        .put("mergedBy", m.mergedBy())
                        .put("reason", m.reason())
                        .put("mergeDate", mergeDate(m))
                        .put("updateDate", m.mergedAt())
                        .put("status", m.status())).toList()));
    }

    private static String mergeDate(MemberMerge merge) {
        return merge.mergedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
