package dev.annexkit.examples;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.CartLine;
import dev.annexkit.sdk.model.CartPreview;
import dev.annexkit.sdk.model.CartPreviewRequest;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.OrderCreateRequest;
import dev.annexkit.sdk.model.OrderResponse;
import dev.annexkit.sdk.model.OrderUpdateResponse;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.requests.OrderUpdates;
import java.io.PrintStream;
import java.util.List;

/**
 * The purchase journey: preview what a cart would earn (books nothing), book the order (points by unit price ×
 * the site's purchase ratio), ship it, then return one unit — the points of the returned unit are reversed.
 */
public final class Checkout {

    private Checkout() {
    }

    /** Runs the example against an in-process mock server. */
    public static void main(String[] args) {
        try (LocalMock mock = LocalMock.start()) {
            run(mock.client(), System.out);
        }
    }

    /** The example itself, against any client. Returns the member's balance after the return. */
    public static PointBalance run(AnnexCloudClient client, PrintStream out) {
        String member = "lin@example.com";
        client.users().createMember(new MemberCreateRequest().id(member).email(member));

        // 1. Preview: what would this cart earn? Nothing is booked.
        CartPreview preview = client.orders().previewCart(new CartPreviewRequest().userId(member).appliedPoints("0")
                .productDetail(List.of(new CartLine().id("MUG").quantity("2").unitPrice("15.00"),
                        new CartLine().id("TEA").quantity("1").unitPrice("25.00"))));
        out.printf("the cart would earn %.0f points%n", preview.getCartPoints());

        // 2. Book the order: the order id is unique per site, which also makes the call safe to retry.
        OrderResponse order = client.orders().createOrder(new OrderCreateRequest().id("SO-5001").userId(member)
                .orderDetail(List.of(OrderUpdates.line("MUG", 2, "15.00"), OrderUpdates.line("TEA", 1, "25.00"))));
        out.printf("order %s earned %d points%n", order.getId(), order.getPointsAwarded());

        // 3. Ship, then 4. return one mug: its points are debited again.
        client.orders().updateOrder("SO-5001", OrderUpdates.ship("SO-5001"));
        OrderUpdateResponse returned = client.orders().updateOrder("SO-5001",
                OrderUpdates.returnLines("SO-5001", OrderUpdates.line("MUG", 1, "15.00")));
        out.printf("returning one mug removed %d points%n", returned.getPointsRemoved());

        PointBalance balance = client.points().getPointBalance(member);
        out.printf("%s now has %d points available (%d lifetime)%n", member, balance.getAvailablePoints(),
                balance.getLifetimePoints());
        return balance;
    }
}
