package dev.annexkit.examples;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.MemberTier;
import dev.annexkit.sdk.model.Tier;
import dev.annexkit.sdk.points.PointsRequests;
import java.io.PrintStream;

/**
 * Tiers and progress: list the site's tiers, earn points until the member reaches the next tier, and read how
 * far the member is from the one after (the demo program has Bronze from 0, Silver from 1,000, Gold from 5,000).
 */
public final class TiersAndProgress {

    private TiersAndProgress() {
    }

    /** Runs the example against an in-process mock server. */
    public static void main(String[] args) {
        try (LocalMock mock = LocalMock.start()) {
            run(mock.client(), System.out);
        }
    }

    /** The example itself, against any client. Returns the member's tier at the end. */
    public static MemberTier run(AnnexCloudClient client, PrintStream out) {
        for (Tier tier : client.tiers().listTiersAutoPaging()) {
            out.printf("tier %s%n", tier.getTierName());
        }

        String member = "noor@example.com";
        client.users().createMember(new MemberCreateRequest().id(member).email(member));
        MemberTier start = client.tiers().getMemberTier(member);
        out.printf("%s starts in %s, %s points to %s%n", member, start.getCurrentTier(), start.getPointsToNextTier(),
                start.getNextTier());

        // Earn exactly what the next tier needs: tiers follow lifetime points.
        client.points().postPoints(PointsRequests.manualCredit(member,
                Long.parseLong(start.getPointsToNextTier()), "Anniversary gift"));
        MemberTier reached = client.tiers().getMemberTier(member);
        out.printf("%s is now %s (was %s), %s points to %s%n", member, reached.getCurrentTier(),
                reached.getPreviousTier(), reached.getPointsToNextTier(), reached.getNextTier());
        return reached;
    }
}
