package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.member.DeletionRequest;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberPatch;
import dev.annexkit.mock.domain.member.MemberProfile;
import dev.annexkit.mock.domain.member.MemberSearch;
import dev.annexkit.mock.domain.member.MemberStatus;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.member.OptInStatus;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.WireFormat;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        return ApiResponse.ok(member(site, program.enroll(newMember(request.body()))));
    }

    private static ApiResponse update(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody body = request.body();
        if (body.has("id") && !body.text("id").orElse("").equals(request.path("memberId"))) {
            throw new InvalidField("id", "cannot change; it must equal the member id of the path");
        }
        return ApiResponse.ok(member(site, program.updateMember(request.path("memberId"), patch(body))));
    }

    /** An enrolment as {@code POST /users} and each item of {@code POST /bulkpostusers} carry it. */
    static NewMember newMember(JsonBody body) {
        return new NewMember(
                body.text("id").orElse(null),
                body.text("email").orElse(null),
                body.text("firstName").orElse(null),
                body.text("lastName").orElse(null),
                body.text("phone").orElse(null),
                body.text("zipCode").orElse(null),
                date(body, "birthDate"),
                date(body, "anniversaryDate"),
                optIn(body),
                body.text("optInDate").map(t -> WireFormat.instant("optInDate", t)).orElse(null),
                status(body),
                tags(body),
                body.textMap("extendedAttribute"));
    }

    /** A change as {@code PATCH /users/{id}} and each item of {@code POST /bulkpatchusers} carry it. */
    static MemberPatch patch(JsonBody body) {
        return new MemberPatch(
                body.text("email").orElse(null),
                body.text("firstName").orElse(null),
                body.text("lastName").orElse(null),
                body.text("phone").orElse(null),
                body.text("zipCode").orElse(null),
                date(body, "birthDate"),
                date(body, "anniversaryDate"),
                optIn(body),
                body.text("optInDate").map(t -> WireFormat.instant("optInDate", t)).orElse(null),
                status(body),
                body.has("tags") ? tags(body) : null,
                body.has("extendedAttribute") ? body.textMap("extendedAttribute") : null);
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
    static WireObject member(String site, MemberProfile profile) {
        DeletionRequest pending = profile.pendingDeletion();
        return member(site, profile.member()).put("pendingDeletion", pending == null ? null : WireObject.create()
                .put("requestedBy", pending.requestedBy())
                .put("requestDate", pending.requestedAt())
                .put("scheduledDate", pending.scheduledAt()));
    }

    private static LocalDate date(JsonBody body, String field) {
        return body.text(field).filter(t -> !t.isBlank()).map(t -> WireFormat.date(field, t)).orElse(null);
    }

    private static OptInStatus optIn(JsonBody body) {
        return body.text("optInStatus")
                .map(t -> WireFormat.enumValue("optInStatus", t, OptInStatus.class, Enum::name)).orElse(null);
    }

    private static MemberStatus status(JsonBody body) {
        return body.text("status")
                .map(t -> WireFormat.enumValue("status", t, MemberStatus.class, Enum::name)).orElse(null);
    }

    private static Set<String> tags(JsonBody body) {
        JsonNode node = body.root().path("tags");
        Set<String> tags = new LinkedHashSet<>();
        if (node.isMissingNode() || node.isNull()) {
            return tags;
        }
        if (!node.isArray()) {
            throw new InvalidField("tags", "must be an array of strings");
        }
        node.forEach(tag -> {
            if (!tag.isTextual()) {
                throw new InvalidField("tags", "must be an array of strings");
            }
            tags.add(tag.asText());
        });
        return tags;
    }
}
