package dev.annexkit.examples;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.CouponCodes;
import dev.annexkit.sdk.model.CouponUploadRequest;
import dev.annexkit.sdk.model.CouponUploadResponse;
import dev.annexkit.sdk.model.RejectedCoupon;
import java.io.PrintStream;

/**
 * Top up a coupon-based reward's code pool: codes go in as a list or as the comma-separated string the
 * documentation shows; every code is checked and the answer says which were refused and why.
 */
public final class LoadCouponCodes {

    private LoadCouponCodes() {
    }

    /** Runs the example against an in-process mock server. */
    public static void main(String[] args) {
        try (LocalMock mock = LocalMock.start()) {
            run(mock.client(), System.out);
        }
    }

    /** The example itself, against any client. Returns the pool's total after both uploads. */
    public static int run(AnnexCloudClient client, PrintStream out) {
        CouponUploadResponse first = client.rewards().addRewardCoupons("FREE-SHIPPING",
                new CouponUploadRequest().coupons(CouponCodes.of("SHIP-1001", "SHIP-1002")));
        out.printf("uploaded %d, accepted %d; pool now %d codes%n", first.getCouponCount(),
                first.getAcceptedCount(), first.getCouponPool().getTotal());

        CouponUploadResponse second = client.rewards().addRewardCoupons("FREE-SHIPPING",
                new CouponUploadRequest().coupons(CouponCodes.commaSeparated("SHIP-1002,SHIP-1003,bad code!")));
        for (RejectedCoupon rejected : second.getRejected()) {
            out.printf("  refused %s: %s%n", rejected.getCode(), rejected.getReason());
        }
        out.printf("accepted %d of %d; pool now %d codes, %d available%n", second.getAcceptedCount(),
                second.getCouponCount(), second.getCouponPool().getTotal(), second.getCouponPool().getAvailable());
        return second.getCouponPool().getTotal();
    }
}
