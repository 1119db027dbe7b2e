package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.member.DeletionRequest;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberView;
import dev.annexkit.mock.domain.member.MemberSearch;
import dev.annexkit.mock.domain.member.OptInStatus;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.WireFormat;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.List;
import java.util.Map;

/** Users: enrol, read, change and search members. */
final class MemberHandlers {

    private MemberHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("createMember", MemberHandlers::create);
        handlers.put("getMember", (request, program, site) ->
                ApiResponse.ok(member(site, program.members().profile(request.path("memberId")))));
        handlers.put("updateMember", MemberHandlers::update);
        handlers.put("searchMembers", MemberHandlers::search);
    }

    private static ApiResponse create(ApiRequest request, LoyaltyProgram program, String site) {
        return ApiResponse.ok(member(site, program.enroll(MemberWire.newMember(request.body()))));
    }

    private static ApiResponse update(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody body = request.body();
        if (body.has("id") && !body.text("id").orElse("").equals(request.path("memberId"))) {
            throw new InvalidField("id", "cannot change; it must equal the member id of the path");
        }
        return ApiResponse.ok(member(site, program.updateMember(request.path("memberId"), MemberWire.patch(body))));
    }

    private static ApiResponse search(ApiRequest request, LoyaltyProgram program, String site) {
        if (!request.body().has("dataSearch")) {
            throw new MissingField("dataSearch");
        }
        JsonBody criteria = request.body().at("dataSearch");
        MemberSearch search = new MemberSearch(
                criteria.text("userId").orElse(null),
                criteria.text("email").orElse(null),
                criteria.text("firstName").orElse(null),
                criteria.text("lastName").orElse(null),
                criteria.text("optInStatus")
                        .map(t -> WireFormat.enumValue("dataSearch.optInStatus", t, OptInStatus.class, Enum::name))
                        .orElse(null),
                criteria.text("phone").orElse(null),
                criteria.text("optInStartDate").map(t -> WireFormat.instant("dataSearch.optInStartDate", t)).orElse(null),
                criteria.text("optInEndDate").map(t -> WireFormat.instant("dataSearch.optInEndDate", t)).orElse(null));
        List<Member> found = program.searchMembers(search);
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("total", found.size())
                .putObjects("userDetails", found.stream().map(m -> member(null, m)).toList()));
    }

    /** The flat member object of the API; {@code site} may be null inside lists. */
    static WireObject member(String site, Member m) {
        return WireObject.create()
                .put("siteId", site)
                .put("id", m.id())
                .put("email", m.email())
                .put("firstName", m.firstName())
                .put("lastName", m.lastName())
                .put("zipCode", m.zipCode())
                .put("phone", m.phone())
                .put("birthDate", m.birthDate() == null ? null : m.birthDate().toString())
                .put("anniversaryDate", m.anniversaryDate() == null ? null : m.anniversaryDate().toString())
                .put("optInStatus", m.optInStatus().name())
                .put("optInDate", m.optInDate())
                .put("status", m.status().name())
                .putTexts("tags", m.tags().isEmpty() ? null : m.tags().stream().sorted().toList())
                .putMap("extendedAttribute", m.extendedAttributes())
                .put("createDate", m.createdAt())
                .put("updateDate", m.updatedAt());
    }

    /** A member with its queued deletion, if any ({@code pendingDeletion}). */
    static WireObject member(String site, MemberView profile) {
        DeletionRequest pending = profile.pendingDeletion();
        return member(site, profile.member()).put("pendingDeletion", pending == null ? null : WireObject.create()
                .put("requestedBy", pending.requestedBy())
                .put("requestDate", pending.requestedAt())
                .put("scheduledDate", pending.scheduledAt()));
    }
}
