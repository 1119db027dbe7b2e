package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.group.GroupSettings;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.Group;
import dev.annexkit.sdk.model.GroupConfigurations;
import dev.annexkit.sdk.model.GroupCreateRequest;
import dev.annexkit.sdk.model.GroupCreateResponse;
import dev.annexkit.sdk.model.GroupInvitationDecision;
import dev.annexkit.sdk.model.GroupInvitationList;
import dev.annexkit.sdk.model.GroupInvitationReply;
import dev.annexkit.sdk.model.GroupInvitationReplyResult;
import dev.annexkit.sdk.model.GroupInvitationStatus;
import dev.annexkit.sdk.model.GroupInviteRequest;
import dev.annexkit.sdk.model.GroupInviteResponse;
import dev.annexkit.sdk.model.GroupMember;
import dev.annexkit.sdk.model.GroupMemberAddStatus;
import dev.annexkit.sdk.model.GroupMemberDetails;
import dev.annexkit.sdk.model.GroupMemberResult;
import dev.annexkit.sdk.model.GroupRedemptionPermission;
import dev.annexkit.sdk.model.GroupStatus;
import dev.annexkit.sdk.model.GroupUpdateRequest;
import dev.annexkit.sdk.model.GroupUserRole;
import dev.annexkit.sdk.model.GroupYesNo;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.PointsResponse;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@AnnexCloudMock(seed = Seed.DEMO)
class GroupAcceptanceTest {

    static final String OWNER = "owner@example.com";
    static final String KID = "kid@example.com";
    static final String AUNT = "aunt@example.com";

    static void enrol(AnnexCloudClient client, String id, long points) {
        client.users().createMember(new MemberCreateRequest().id(id).email(id));
        if (points > 0) {
            client.points().postPoints(new PointsRequest().id(id).actionId(100).activity(PointsActivity.CREDIT)
                    .credit(points));
        }
    }

    static GroupMemberDetails member(String id) {
        return new GroupMemberDetails().memberId(id).userRole(GroupUserRole.MEMBER);
    }

    static GroupCreateResponse household(AnnexCloudClient client, GroupYesNo autoTransfer,
                                         GroupRedemptionPermission redemption, String... members) {
        return client.groups().createGroup(new GroupCreateRequest().id(OWNER).groupName("Household")
                .addMemberDetails(java.util.Arrays.stream(members).map(GroupAcceptanceTest::member).toList())
                .groupConfigurations(new GroupConfigurations().allowAutoTransferPointsToGroup(autoTransfer)
                        .allowGroupPointsRedemption(redemption)));
    }

    static PointsRequest toGroup(String member, String groupId, long points) {
        return new PointsRequest().id(member).actionId(160).activity(PointsActivity.DEBIT).debit(points)
                .groupId(groupId);
    }

    static long groupAvailable(AnnexCloudClient client, AnnexCloudMockServer mock, String groupId) {
        Group group = client.groups().getGroup(groupId);
        var b = mock.program().groups().balance(groupId);
        assertThat(b.lifetime()).as("group ledger invariant %s", b)
                .isEqualTo(b.available() + b.used() + b.expired() + b.hold());
        assertThat(group.getAvailablePoints()).isEqualTo(b.available());
        assertThat(group.getLifetimePoints()).isEqualTo(b.lifetime());
        return group.getAvailablePoints();
    }

    @Nested
    class Lifecycle {

        @Test
        void theCreatorOwnsTheGroupAndEachListedMemberSucceedsOrFails(AnnexCloudClient client) {
            enrol(client, OWNER, 0);
            enrol(client, KID, 0);
            enrol(client, AUNT, 0);
            client.groups().createGroup(new GroupCreateRequest().id(AUNT).groupName("Book club"));

            GroupCreateResponse created = household(client, GroupYesNo.NO, GroupRedemptionPermission.OWNER,
                    KID, AUNT, "ghost@example.com");

            assertThat(created.getGroupId()).matches("\\d+");
            assertThat(created.getId()).isEqualTo(OWNER);
            assertThat(created.getGroupStatus()).isEqualTo(GroupStatus.ACTIVE);
            assertThat(created.getAddedMembers()).extracting(GroupMemberResult::getStatus).containsExactly(
                    GroupMemberAddStatus.SUCCESS, GroupMemberAddStatus.FAILED, GroupMemberAddStatus.FAILED);
            Group group = client.groups().getGroup(created.getGroupId());
            assertThat(group.getMembers()).extracting(GroupMember::getMemberId, GroupMember::getUserRole)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(OWNER, GroupUserRole.OWNER),
                            org.assertj.core.groups.Tuple.tuple(KID, GroupUserRole.MEMBER));
            assertThat(group.getAvailablePoints()).isZero();
            assertApiError(ConflictException.class, 409, "AC1006",
                    () -> client.groups().createGroup(new GroupCreateRequest().id(KID).groupName("Mine")));
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.groups().getGroup("404"));
        }

        @Test
        void onlyTheOwnerUpdatesAndDissolvingReleasesTheMembers(AnnexCloudClient client) {
            enrol(client, OWNER, 0);
            enrol(client, KID, 0);
            String groupId = household(client, GroupYesNo.NO, GroupRedemptionPermission.OWNER, KID).getGroupId();

            assertApiError(InvalidRequestException.class, 400, "AC1043", () -> client.groups().updateGroup(groupId,
                    new GroupUpdateRequest().updatedBy(KID).groupName("Mine")));
            Group renamed = client.groups().updateGroup(groupId, new GroupUpdateRequest().updatedBy(OWNER)
                    .groupName("Family").groupConfigurations(new GroupConfigurations()
                            .allowGroupPointsRedemption(GroupRedemptionPermission.ALL)));
            assertThat(renamed.getGroupName()).isEqualTo("Family");
            assertThat(renamed.getGroupConfigurations().getAllowGroupPointsRedemption())
                    .isEqualTo(GroupRedemptionPermission.ALL);
            assertThat(renamed.getGroupConfigurations().getAllowAutoTransferPointsToGroup()).isEqualTo(GroupYesNo.NO);

            Group dissolved = client.groups().updateGroup(groupId, new GroupUpdateRequest().updatedBy(OWNER)
                    .deleteGroup(GroupYesNo.YES));

            assertThat(dissolved.getGroupStatus()).isEqualTo(GroupStatus.DELETED);
            assertThat(dissolved.getMembers()).isEmpty();
            assertThat(client.groups().createGroup(new GroupCreateRequest().id(KID).groupName("Kid's")).getGroupId())
                    .isNotEqualTo(groupId);
            assertApiError(InvalidRequestException.class, 400, "AC1044", () -> client.groups().updateGroup(groupId,
                    new GroupUpdateRequest().updatedBy(OWNER).groupStatus(GroupStatus.ACTIVE)));
        }

        @Test
        void invitationsArePendingUntilAcceptedWhenTheSiteRequiresIt(AnnexCloudClient client,
                                                                     AnnexCloudMockServer mock) {
            mock.program().groups().configure(GroupSettings.DEFAULT.withInvitationAcceptanceRequired(true));
            enrol(client, OWNER, 0);
            enrol(client, KID, 0);
            enrol(client, AUNT, 0);
            String groupId = household(client, GroupYesNo.NO, GroupRedemptionPermission.OWNER).getGroupId();
            String clubId = client.groups().createGroup(new GroupCreateRequest().id(AUNT).groupName("Book club"))
                    .getGroupId();

            GroupInviteResponse invited = client.groups().inviteToGroup(new GroupInviteRequest().id(OWNER)
                    .groupId(groupId).addMemberDetails(List.of(member(KID), member(AUNT))));
            client.groups().inviteToGroup(new GroupInviteRequest().id(AUNT).groupId(clubId)
                    .addMemberDetails(List.of(member(KID))));

            assertThat(invited.getAddedMembers()).extracting(GroupMemberResult::getStatus)
                    .containsExactly(GroupMemberAddStatus.SUCCESS, GroupMemberAddStatus.FAILED);
            assertThat(invited.getAddedMembers().get(0).getInvitationStatus()).isEqualTo(GroupInvitationStatus.PENDING);
            assertThat(invited.getAddedMembers().get(0).getInvitedBy()).isEqualTo(OWNER);
            GroupInvitationList pending = client.groups().listMemberInvitations(KID);
            assertThat(pending.getTotal()).isEqualTo(2);
            assertThat(client.groups().getGroup(groupId).getMembers()).hasSize(1);

            GroupInvitationReplyResult accepted = client.groups().respondToInvitation(KID,
                    new GroupInvitationReply().groupId(groupId).invitationStatus(GroupInvitationDecision.ACCEPTED));

            assertThat(accepted.getInvitationStatus()).isEqualTo(GroupInvitationStatus.ACCEPTED);
            assertThat(accepted.getGroupName()).isEqualTo("Household");
            assertThat(client.groups().getGroup(groupId).getMembers()).extracting(GroupMember::getMemberId)
                    .containsExactly(OWNER, KID);
            assertApiError(ConflictException.class, 409, "AC1006", () -> client.groups().respondToInvitation(KID,
                    new GroupInvitationReply().groupId(clubId).invitationStatus(GroupInvitationDecision.ACCEPTED)));
            client.groups().respondToInvitation(KID, new GroupInvitationReply().groupId(clubId)
                    .invitationStatus(GroupInvitationDecision.DECLINED));
            assertThat(client.groups().listMemberInvitations(KID).getTotal()).isZero();
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.groups().respondToInvitation(KID,
                    new GroupInvitationReply().groupId(clubId).invitationStatus(GroupInvitationDecision.ACCEPTED)));
            assertApiError(InvalidRequestException.class, 400, "AC1043", () -> client.groups().inviteToGroup(
                    new GroupInviteRequest().id(KID).groupId(groupId).addMemberDetails(List.of(member(AUNT)))));
        }
    }

    @Nested
    class GroupPoints {

        @Test
        void action160MovesPointsToAndFromTheGroupKeepingBothBalancesConsistent(AnnexCloudClient client,
                                                                                AnnexCloudMockServer mock) {
            enrol(client, OWNER, 1_000);
            enrol(client, KID, 1_000);
            String groupId = household(client, GroupYesNo.NO, GroupRedemptionPermission.OWNER, KID).getGroupId();

            PointsResponse in = client.points().postPoints(toGroup(KID, groupId, 400));
            PointsResponse out = client.points().postPoints(new PointsRequest().id(OWNER).actionId(160)
                    .activity(PointsActivity.CREDIT).credit(150L).groupId(groupId));

            assertThat(in.getAvailablePoints()).isEqualTo(600L);
            assertThat(in.getGroupAvailablePoints()).isEqualTo(400L);
            assertThat(in.getGroupId()).isEqualTo(groupId);
            assertThat(out.getAvailablePoints()).isEqualTo(1_150L);
            assertThat(out.getGroupAvailablePoints()).isEqualTo(250L);
            assertThat(balancedBalance(client, KID).getUsedPoints()).isEqualTo(400L);
            assertThat(balancedBalance(client, OWNER).getLifetimePoints()).isEqualTo(1_150L);
            assertThat(groupAvailable(client, mock, groupId)).isEqualTo(250L);

            assertApiError(InvalidRequestException.class, 400, "AC1046", () -> client.points().postPoints(
                    new PointsRequest().id(KID).actionId(160).activity(PointsActivity.CREDIT).credit(10L)
                            .groupId(groupId)));
            assertApiError(InvalidRequestException.class, 400, "AC1010",
                    () -> client.points().postPoints(toGroup(KID, groupId, 601)));
            assertThat(balancedBalance(client, KID).getAvailablePoints()).isEqualTo(600L);
            assertThat(groupAvailable(client, mock, groupId)).isEqualTo(250L);
        }

        @Test
        void aDebitWithGroupIdSpendsTheGroupsPointsAsItsPermissionAllows(AnnexCloudClient client,
                                                                          AnnexCloudMockServer mock) {
            enrol(client, OWNER, 1_000);
            enrol(client, KID, 1_000);
            enrol(client, AUNT, 1_000);
            String groupId = household(client, GroupYesNo.NO, GroupRedemptionPermission.ALL, KID).getGroupId();
            client.points().postPoints(toGroup(OWNER, groupId, 500));

            PointsResponse spent = client.points().postPoints(new PointsRequest().id(KID).actionId(100)
                    .activity(PointsActivity.DEBIT).debit(200L).groupId(groupId).reason("Family dinner"));

            assertThat(spent.getGroupAvailablePoints()).isEqualTo(300L);
            assertThat(balancedBalance(client, KID).getAvailablePoints()).isEqualTo(1_000L);
            assertThat(groupAvailable(client, mock, groupId)).isEqualTo(300L);
            assertApiError(InvalidRequestException.class, 400, "AC1045", () -> client.points().postPoints(
                    new PointsRequest().id(AUNT).actionId(100).activity(PointsActivity.DEBIT).debit(1L)
                            .groupId(groupId)));
            assertThat(groupAvailable(client, mock, groupId)).isEqualTo(300L);
        }

        @Test
        void action8055TransfersBetweenTwoMembersOfTheGroup(AnnexCloudClient client) {
            enrol(client, OWNER, 1_000);
            enrol(client, KID, 0);
            enrol(client, AUNT, 0);
            household(client, GroupYesNo.NO, GroupRedemptionPermission.OWNER, KID);

            PointsResponse sent = client.points().postPoints(new PointsRequest().id(OWNER).actionId(8055)
                    .activity(PointsActivity.DEBIT).debit(250L).transferToId(KID));

            assertThat(sent.getTransferToId()).isEqualTo(KID);
            assertThat(balancedBalance(client, OWNER).getAvailablePoints()).isEqualTo(750L);
            assertThat(balancedBalance(client, KID).getAvailablePoints()).isEqualTo(250L);
            assertApiError(InvalidRequestException.class, 400, "AC1045", () -> client.points().postPoints(
                    new PointsRequest().id(OWNER).actionId(8055).activity(PointsActivity.DEBIT).debit(1L)
                            .transferToId(AUNT)));
            assertApiError(InvalidRequestException.class, 400, "AC1004", () -> client.points().postPoints(
                    new PointsRequest().id(OWNER).actionId(8055).activity(PointsActivity.DEBIT).debit(1L)));
            assertThat(balancedBalance(client, AUNT).getAvailablePoints()).isZero();
        }

        @Test
        void withAutoTransferMembersEarningsRollUpToTheGroup(AnnexCloudClient client, AnnexCloudMockServer mock) {
            enrol(client, OWNER, 0);
            enrol(client, KID, 0);
            String groupId = household(client, GroupYesNo.YES, GroupRedemptionPermission.OWNER, KID).getGroupId();

            // a review (102) during the demo's double-review campaign: 50 points plus a 50-point bonus entry
            client.points().postPoints(new PointsRequest().id(KID).actionId(102).activity(PointsActivity.CREDIT));

            assertThat(balancedBalance(client, KID).getLifetimePoints()).isEqualTo(100L);
            assertThat(balancedBalance(client, KID).getAvailablePoints()).isZero();
            assertThat(groupAvailable(client, mock, groupId)).isEqualTo(100L);
        }
    }
}
