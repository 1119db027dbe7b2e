package dev.annexkit.examples;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.MemberDeletionRequest;
import dev.annexkit.sdk.model.MemberMergeRequest;
import dev.annexkit.sdk.model.MemberResponse;
import dev.annexkit.sdk.model.MemberSearchCriteria;
import dev.annexkit.sdk.model.MemberSearchRequest;
import dev.annexkit.sdk.model.MemberSearchResponse;
import dev.annexkit.sdk.model.MemberUpdateRequest;
import dev.annexkit.sdk.model.OptInStatus;
import dev.annexkit.sdk.points.PointsRequests;
import java.io.PrintStream;

/**
 * A member's life in the program: enrol, opt in to the loyalty program, update the profile, find members by a
 * LIKE pattern, merge a duplicate record into the primary one (its points move along), and request deletion
 * (queued for the site's daily deletion batch).
 */
public final class MemberLifecycle {

    private MemberLifecycle() {
    }

    /** Runs the example against an in-process mock server. */
    public static void main(String[] args) {
        try (LocalMock mock = LocalMock.start()) {
            run(mock.client(), System.out);
        }
    }

    /** The example itself, against any client. Returns the surviving member after the merge. */
    public static MemberResponse run(AnnexCloudClient client, PrintStream out) {
        String primary = "maria@example.com";
        String duplicate = "maria.old@example.com";
        client.users().createMember(new MemberCreateRequest().id(primary).email(primary).firstName("Maria"));
        client.users().createMember(new MemberCreateRequest().id(duplicate).email(duplicate).firstName("Maria"));
        client.points().postPoints(PointsRequests.manualCredit(duplicate, 150, "Points on the old account"));

        // Opting in is a profile update; so is any other change of profile fields.
        MemberResponse optedIn = client.users().updateMember(primary,
                new MemberUpdateRequest().optInStatus(OptInStatus.YES).lastName("Lopez"));
        out.printf("%s %s opted in: %s%n", optedIn.getFirstName(), optedIn.getLastName(), optedIn.getOptInStatus());

        MemberSearchResponse found = client.users().searchMembers(new MemberSearchRequest()
                .dataSearch(new MemberSearchCriteria().email("maria%")));
        out.printf("search 'maria%%' found %d members%n", found.getTotal());

        // Merge: the duplicate's points and activity move to the primary; the duplicate is gone.
        client.users().mergeMembers(new MemberMergeRequest().primaryUID(primary).secondaryUID(duplicate)
                .mergedBy("support@example.com").reason("Duplicate account"));
        out.printf("after the merge %s has %d points%n", primary,
                client.points().getPointBalance(primary).getAvailablePoints());

        // Deletion is queued, not immediate: the member stays readable until the daily batch runs.
        client.users().requestMemberDeletion(new MemberDeletionRequest().id(primary).requestedBy("dpo@example.com"));
        MemberResponse pending = client.users().getMember(primary);
        out.printf("deletion of %s requested by %s%n", primary, pending.getPendingDeletion().getRequestedBy());
        return pending;
    }
}
