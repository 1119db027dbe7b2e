package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.group.Group;
import dev.annexkit.mock.domain.group.GroupChange;
import dev.annexkit.mock.domain.group.GroupConfig;
import dev.annexkit.mock.domain.group.GroupCreation;
import dev.annexkit.mock.domain.group.GroupRole;
import dev.annexkit.mock.domain.group.GroupStatus;
import dev.annexkit.mock.domain.group.GroupView;
import dev.annexkit.mock.domain.group.InvitationStatus;
import dev.annexkit.mock.domain.group.InvitationView;
import dev.annexkit.mock.domain.group.MemberAddResult;
import dev.annexkit.mock.domain.group.NewGroupMember;
import dev.annexkit.mock.domain.group.RedemptionPermission;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireFormat;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hierarchy Management: groups, invitations; group points go through POST /points. */
final class GroupHandlers {

    private GroupHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("createGroup", GroupHandlers::create);
        handlers.put("getGroup", GroupHandlers::get);
        handlers.put("updateGroup", GroupHandlers::update);
        handlers.put("inviteToGroup", GroupHandlers::invite);
        handlers.put("respondToInvitation", GroupHandlers::respond);
        handlers.put("listMemberInvitations", GroupHandlers::invitations);
    }

    private static ApiResponse create(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        JsonBody configBody = b.at("groupConfigurations");
        GroupConfig config = configBody.root().isMissingNode() || configBody.root().isNull() ? null
                : GroupConfig.DEFAULT.with(autoTransfer(configBody), redemption(configBody));
        GroupCreation created = program.groups().create(b.text("id").orElse(null), b.text("groupName").orElse(null),
                members(b.root().path("addMemberDetails")), config);
        Group g = created.group();
        return ApiResponse.created(WireObject.create()
                .put("siteId", site)
                .put("id", g.ownerId())
                .put("groupId", g.groupId())
                .put("groupName", g.name())
                .put("groupStatus", g.status().name())
                .put("groupConfigurations", config(g.config()))
                .putObjects("addedMembers", created.results().stream().map(GroupHandlers::result).toList()));
    }

    private static ApiResponse get(ApiRequest request, LoyaltyProgram program, String site) {
        return ApiResponse.ok(group(site, program.groups().group(request.path("groupId"))));
    }

    private static ApiResponse update(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        JsonBody configBody = b.at("groupConfigurations");
        boolean dissolve = b.text("deleteGroup").map(v -> yesNo("deleteGroup", v)).orElse(false);
        GroupStatus status = b.text("groupStatus")
                .map(v -> WireFormat.enumValue("groupStatus", v, GroupStatus.class, Enum::name)).orElse(null);
        GroupView updated = program.groups().update(request.path("groupId"), new GroupChange(
                b.text("updatedBy").orElse(null), b.text("groupName").orElse(null), status, dissolve,
                autoTransfer(configBody), redemption(configBody)));
        return ApiResponse.created(group(site, updated));
    }

    private static ApiResponse invite(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        String groupId = b.requiredText("groupId");
        List<MemberAddResult> results = program.groups().invite(b.text("id").orElse(null), groupId,
                members(b.root().path("addMemberDetails")));
        String owner = program.groups().group(groupId).group().ownerId();
        return ApiResponse.created(WireObject.create()
                .put("siteId", site)
                .put("id", owner)
                .put("groupId", groupId)
                .putObjects("addedMembers", results.stream().map(GroupHandlers::result).toList()));
    }

    private static ApiResponse respond(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        String memberId = request.path("memberId");
        InvitationStatus answer = WireFormat.enumValue("invitationStatus", b.requiredText("invitationStatus"),
                InvitationStatus.class, Enum::name);
        if (answer == InvitationStatus.PENDING) {
            throw new InvalidField("invitationStatus", "must be one of ACCEPTED, DECLINED, got \"PENDING\"");
        }
        InvitationView view = program.groups().respond(memberId, b.requiredText("groupId"), answer);
        return ApiResponse.created(WireObject.create()
                .put("siteId", site)
                .put("id", memberId)
                .put("groupId", view.invitation().groupId())
                .put("groupName", view.groupName())
                .put("userRole", view.invitation().role().displayName())
                .put("invitationStatus", view.invitation().status().name())
                .put("message", answer == InvitationStatus.ACCEPTED ? "The member joined the group."
                        : "The invitation was declined."));
    }

    private static ApiResponse invitations(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.path("memberId");
        Page<InvitationView> page = program.groups().invitations(memberId, Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("id", memberId)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", page.total())
                .putObjects("invitations", page.items().stream().map(v -> WireObject.create()
                        .put("groupId", v.invitation().groupId())
                        .put("groupName", v.groupName())
                        .put("invitedBy", v.invitation().invitedBy())
                        .put("userRole", v.invitation().role().displayName())
                        .put("invitationStatus", v.invitation().status().name())
                        .put("invitationDate", v.invitation().invitedAt())).toList()));
    }

    // ---- wire → domain ----

    private static List<NewGroupMember> members(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (node.isObject()) {
            items.add(node); // the documentation's single-object form
        } else {
            throw new InvalidField("addMemberDetails", "must be an array of members");
        }
        List<NewGroupMember> members = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw new InvalidField("addMemberDetails[" + i + "]", "must be an object");
            }
            JsonBody m = new JsonBody(item);
            GroupRole role = m.text("userRole").map(v -> WireFormat.enumValue("addMemberDetails.userRole", v,
                    GroupRole.class, GroupRole::displayName)).orElse(null);
            members.add(new NewGroupMember(m.text("memberId").orElse(null), role));
        }
        return members;
    }

    private static Boolean autoTransfer(JsonBody config) {
        return config.text("allowAutoTransferPointsToGroup")
                .map(v -> yesNo("groupConfigurations.allowAutoTransferPointsToGroup", v)).orElse(null);
    }

    private static RedemptionPermission redemption(JsonBody config) {
        return config.text("allowGroupPointsRedemption").map(v -> WireFormat.enumValue(
                "groupConfigurations.allowGroupPointsRedemption", v, RedemptionPermission.class, Enum::name))
                .orElse(null);
    }

    private static boolean yesNo(String field, String value) {
        if (value.trim().equalsIgnoreCase("YES")) {
            return true;
        }
        if (value.trim().equalsIgnoreCase("NO")) {
            return false;
        }
        throw new InvalidField(field, "must be YES or NO, got \"" + value + "\"");
    }

    // ---- domain → wire ----

    private static WireObject config(GroupConfig c) {
        return WireObject.create()
                .put("allowAutoTransferPointsToGroup", c.autoTransfer() ? "YES" : "NO")
                .put("allowGroupPointsRedemption", c.redemption().name());
    }

    private static WireObject result(MemberAddResult r) {
        return WireObject.create()
                .put("memberId", r.memberId())
                .put("userRole", r.role().displayName())
                .put("status", r.success() ? "Success" : "Failed")
                .put("message", r.message())
                .put("invitedBy", r.invitation() == null ? null : r.invitation().invitedBy())
                .put("invitationStatus", r.invitation() == null ? null : r.invitation().status().name());
    }

    private static WireObject group(String site, GroupView view) {
        Group g = view.group();
        return WireObject.create()
                .put("siteId", site)
                .put("groupId", g.groupId())
                .put("groupName", g.name())
                .put("groupStatus", g.status().name())
                .put("groupConfigurations", config(g.config()))
                .put("availablePoints", view.balance().available())
                .put("lifetimePoints", view.balance().lifetime())
                .putObjects("members", g.members().stream().map(m -> WireObject.create()
                        .put("memberId", m.memberId())
                        .put("userRole", m.role().displayName())
                        .put("joinDate", m.joinedAt())).toList())
                .put("createDate", g.createdAt())
                .put("updateDate", g.updatedAt());
    }
}
