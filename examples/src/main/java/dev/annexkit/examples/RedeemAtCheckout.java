package dev.annexkit.examples;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.AnnexCloudException;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.PointsResponse;
import java.io.PrintStream;

/**
 * Redeem a reward at checkout with {@code POST /points} (action 107), made safe to retry with a
 * {@code customId}, and handle the loyalty rule errors a checkout has to expect.
 */
public final class RedeemAtCheckout {

    private RedeemAtCheckout() {
    }

    /** Runs the example against an in-process mock server. */
    public static void main(String[] args) {
        try (LocalMock mock = LocalMock.start()) {
            run(mock.client(), System.out);
        }
    }

    /** The example itself, against any client. Returns the code of the redeemed reward. */
    public static String run(AnnexCloudClient client, PrintStream out) {
        String member = "grace@example.com";
        client.users().createMember(new MemberCreateRequest().id(member).email(member));
        client.points().postPoints(new PointsRequest().id(member).actionId(100).activity(PointsActivity.CREDIT)
                .credit(600L).reason("Purchase history import"));

        PointsRequest redeem = new PointsRequest().id(member).actionId(107).activity(PointsActivity.DEBIT)
                .rewardId("FIVE-OFF").customId("checkout-1001");
        PointsResponse redeemed = client.points().postPoints(redeem);
        out.printf("redeemed %s for %d points, %d left%n", redeemed.getRewardId(), redeemed.getDebit(),
                redeemed.getAvailablePoints());

        try {
            client.points().postPoints(redeem); // the same checkout submitted twice
        } catch (ConflictException e) {
            out.printf("second submission refused (%s): nothing was debited twice%n", e.errorCode());
        }

        try {
            client.points().postPoints(new PointsRequest().id(member).actionId(107).activity(PointsActivity.DEBIT)
                    .rewardId("FIVE-OFF").customId("checkout-1002"));
        } catch (AnnexCloudException e) {
            out.printf("not enough points: HTTP %d %s %s%n", e.httpStatus(), e.errorCode(), e.errorMessage());
        }
        return redeemed.getRewardId();
    }
}
