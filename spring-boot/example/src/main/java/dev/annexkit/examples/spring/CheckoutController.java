package dev.annexkit.examples.spring;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.CartLine;
import dev.annexkit.sdk.model.CartPreview;
import dev.annexkit.sdk.model.CartPreviewRequest;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.OrderCreateRequest;
import dev.annexkit.sdk.model.OrderLine;
import dev.annexkit.sdk.model.OrderResponse;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.PointsResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The checkout's loyalty endpoints. Each one is a single call of the auto-configured client; Annex Cloud's
 * refusals become HTTP answers in {@link LoyaltyErrors}.
 */
@RestController
@RequestMapping("/loyalty/members")
public class CheckoutController {

    /** Action 107 redeems a reward for its points cost (Annex Cloud's system action). */
    static final int REDEEM_REWARD_ACTION = 107;

    private final AnnexCloudClient annexCloud;

    public CheckoutController(AnnexCloudClient annexCloud) {
        this.annexCloud = annexCloud;
    }

    public record Enrolment(String email, String firstName) { }

    public record Member(String memberId) { }

    public record Line(String sku, int quantity, String unitPrice) { }

    public record Cart(List<Line> lines, long pointsToApply) { }

    public record Preview(double pointsToEarn, long availablePointsAfterOrder) { }

    public record Order(String orderId, List<Line> lines) { }

    public record BookedOrder(String orderId, long pointsAwarded, long availablePoints) { }

    public record Redemption(String checkoutId) { }

    public record Redeemed(String rewardId, long pointsSpent, long availablePoints) { }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Member enrol(@RequestBody Enrolment enrolment) {
        annexCloud.users().createMember(new MemberCreateRequest().id(enrolment.email()).email(enrolment.email())
                .firstName(enrolment.firstName()));
        return new Member(enrolment.email());
    }

    @PostMapping("/{memberId}/cart-preview")
    public Preview previewCart(@PathVariable String memberId, @RequestBody Cart cart) {
        CartPreview preview = annexCloud.orders().previewCart(new CartPreviewRequest().userId(memberId)
                .appliedPoints(Long.toString(cart.pointsToApply()))
                .productDetail(cart.lines().stream().map(line -> new CartLine().id(line.sku())
                        .quantity(Integer.toString(line.quantity())).unitPrice(line.unitPrice())).toList()));
        return new Preview(preview.getCartPoints(), preview.getAvailablePointsAfterOrder());
    }

    @PostMapping("/{memberId}/orders")
    @ResponseStatus(HttpStatus.CREATED)
    public BookedOrder bookOrder(@PathVariable String memberId, @RequestBody Order order) {
        OrderResponse booked = annexCloud.orders().createOrder(new OrderCreateRequest().id(order.orderId())
                .userId(memberId)
                .orderDetail(order.lines().stream().map(line -> new OrderLine().id(line.sku())
                        .quantity(Integer.toString(line.quantity())).unitPrice(line.unitPrice())).toList()));
        return new BookedOrder(booked.getId(), booked.getPointsAwarded(), booked.getUpdatedAvailablePoints());
    }

    /** The checkout id makes a resubmitted checkout a refused duplicate (409) instead of a second debit. */
    @PostMapping("/{memberId}/rewards/{rewardId}/redemptions")
    @ResponseStatus(HttpStatus.CREATED)
    public Redeemed redeem(@PathVariable String memberId, @PathVariable String rewardId,
                           @RequestBody Redemption redemption) {
        PointsResponse redeemed = annexCloud.points().postPoints(new PointsRequest().id(memberId)
                .actionId(REDEEM_REWARD_ACTION).activity(PointsActivity.DEBIT).rewardId(rewardId)
                .customId(redemption.checkoutId()));
        return new Redeemed(redeemed.getRewardId(), redeemed.getDebit(), redeemed.getAvailablePoints());
    }
}
