package dev.annexkit.examples;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.Group;
import dev.annexkit.sdk.model.GroupConfigurations;
import dev.annexkit.sdk.model.GroupCreateRequest;
import dev.annexkit.sdk.model.GroupMemberDetails;
import dev.annexkit.sdk.model.GroupRedemptionPermission;
import dev.annexkit.sdk.model.GroupUserRole;
import dev.annexkit.sdk.model.GroupYesNo;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.points.PointsRequests;
import java.io.PrintStream;
import java.util.List;

/**
 * Groups (Hierarchy Management): a family pools its points. The parent creates the group with a child in it;
 * both transfer points into the group's own ledger (action 160); the owner then spends from the pool with a debit
 * that names the group, as the group's redemption permission allows.
 */
public final class FamilyGroup {

    private FamilyGroup() {
    }

    /** Runs the example against an in-process mock server. */
    public static void main(String[] args) {
        try (LocalMock mock = LocalMock.start()) {
            run(mock.client(), System.out);
        }
    }

    /** The example itself, against any client. Returns the group's available points at the end. */
    public static long run(AnnexCloudClient client, PrintStream out) {
        String parent = "parent@example.com";
        String child = "child@example.com";
        for (String id : List.of(parent, child)) {
            client.users().createMember(new MemberCreateRequest().id(id).email(id));
            client.points().postPoints(PointsRequests.manualCredit(id, 400, "Store visit"));
        }

        String groupId = client.groups().createGroup(new GroupCreateRequest().id(parent).groupName("The Parks")
                .addMemberDetails(List.of(new GroupMemberDetails().memberId(child).userRole(GroupUserRole.MEMBER)))
                .groupConfigurations(new GroupConfigurations().allowAutoTransferPointsToGroup(GroupYesNo.NO)
                        .allowGroupPointsRedemption(GroupRedemptionPermission.OWNER))).getGroupId();
        out.printf("group %s created by %s%n", groupId, parent);

        // Each member moves points from their own balance into the group's pool.
        client.points().postPoints(PointsRequests.transferToGroup(parent, groupId, 300));
        client.points().postPoints(PointsRequests.transferToGroup(child, groupId, 250));
        out.printf("the pool holds %d points%n", client.groups().getGroup(groupId).getAvailablePoints());

        // The owner spends from the pool: a debit naming the group leaves the owner's own balance alone.
        client.points().postPoints(PointsRequests.manualDebit(parent, 500, "Family dinner").groupId(groupId));
        Group group = client.groups().getGroup(groupId);
        out.printf("after a 500-point family dinner the pool holds %d points; %s still has %d%n",
                group.getAvailablePoints(), parent, client.points().getPointBalance(parent).getAvailablePoints());
        return group.getAvailablePoints();
    }
}
