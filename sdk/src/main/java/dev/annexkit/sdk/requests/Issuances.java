package dev.annexkit.sdk.requests;

import dev.annexkit.sdk.model.IssuanceCreateStatus;
import dev.annexkit.sdk.model.IssuanceFullCancelRequest;
import dev.annexkit.sdk.model.IssuancePartialCancelRequest;
import dev.annexkit.sdk.model.IssuanceProduct;
import dev.annexkit.sdk.model.IssuanceRequest;
import dev.annexkit.sdk.model.IssuanceReturnRequest;
import dev.annexkit.sdk.model.IssuanceReturnStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Ready-made bodies for the issuance operations: record a purchase or non-purchase transaction
 * ({@code POST /issuance}) and move it to a return or cancel status ({@code PATCH /issuance}).
 *
 * <pre>{@code
 * IssuanceRequest sale = Issuances.purchase("12345", "ada@example.com", 174, new BigDecimal("100"), 500);
 * client.issuance().createIssuance(sale);
 * client.issuance().updateIssuanceStatus(Issuances.partialReturn(sale, 100, returned));
 * client.issuance().updateIssuanceStatus(Issuances.fullCancel("12345"));
 * }</pre>
 */
public final class Issuances {

    private Issuances() {
    }

    /**
     * A shipped purchase with client-computed points.
     *
     * @param orderId    the transaction's id, unique per site
     * @param userId     the member's id
     * @param actionId   the purchase action
     * @param totalSpend the amount spent
     * @param points     the points to grant
     * @return the request; chain {@code productDetails}, {@code orderDate}, … onto it
     */
    public static IssuanceRequest purchase(String orderId, String userId, int actionId, BigDecimal totalSpend,
                                           long points) {
        return new IssuanceRequest().orderId(Objects.requireNonNull(orderId, "orderId"))
                .userId(Objects.requireNonNull(userId, "userId")).actionId(actionId)
                .orderTotalSpend(Objects.requireNonNull(totalSpend, "totalSpend")).orderTotalPoints(points)
                .orderStatus(IssuanceCreateStatus.SHIP);
    }

    /**
     * A non-purchase transaction (nothing spent) with client-computed points.
     *
     * @param orderId  the transaction's id, unique per site
     * @param userId   the member's id
     * @param actionId the non-purchase action
     * @param points   the points to grant
     * @return the request
     */
    public static IssuanceRequest nonPurchase(String orderId, String userId, int actionId, long points) {
        return purchase(orderId, userId, actionId, BigDecimal.ZERO, points);
    }

    /**
     * Returns a whole transaction.
     *
     * @param original the transaction as recorded
     * @return the request
     */
    public static IssuanceReturnRequest fullReturn(IssuanceRequest original) {
        return returnOf(original, IssuanceReturnStatus.RETURN);
    }

    /**
     * Returns part of a transaction.
     *
     * @param original     the transaction as recorded
     * @param pointsBack   the points to take back
     * @param returnedLines what comes back
     * @return the request
     */
    public static IssuanceReturnRequest partialReturn(IssuanceRequest original, long pointsBack,
                                                      List<IssuanceProduct> returnedLines) {
        return returnOf(original, IssuanceReturnStatus.PARTIAL_RETURN).orderTotalPoints(pointsBack)
                .productDetails(new ArrayList<>(returnedLines));
    }

    /**
     * Cancels part of a transaction.
     *
     * @param original       the transaction as recorded
     * @param cancelledLines what is cancelled
     * @return the request
     */
    public static IssuancePartialCancelRequest partialCancel(IssuanceRequest original,
                                                             List<IssuanceProduct> cancelledLines) {
        return new IssuancePartialCancelRequest().orderId(original.getOrderId()).userId(original.getUserId())
                .actionId(original.getActionId()).source(original.getSource()).coupon(original.getCoupon())
                .orderTotalSpend(original.getOrderTotalSpend()).orderTotalPoints(original.getOrderTotalPoints())
                .orderDiscountAmount(original.getOrderDiscountAmount()).pointType(original.getPointType())
                .orderDate(original.getOrderDate()).storeId(original.getStoreId())
                .productDetails(new ArrayList<>(cancelledLines));
    }

    /**
     * Cancels a whole transaction; every point of it is taken back.
     *
     * @param orderId the transaction's id
     * @return the request
     */
    public static IssuanceFullCancelRequest fullCancel(String orderId) {
        return new IssuanceFullCancelRequest().orderId(Objects.requireNonNull(orderId, "orderId"));
    }

    private static IssuanceReturnRequest returnOf(IssuanceRequest original, IssuanceReturnStatus status) {
        return new IssuanceReturnRequest().orderId(original.getOrderId()).userId(original.getUserId())
                .actionId(original.getActionId()).source(original.getSource()).coupon(original.getCoupon())
                .orderTotalSpend(original.getOrderTotalSpend()).orderTotalPoints(original.getOrderTotalPoints())
                .orderDiscountAmount(original.getOrderDiscountAmount()).orderStatus(status)
                .pointType(original.getPointType()).orderDate(original.getOrderDate()).storeId(original.getStoreId())
                .productDetails(original.getProductDetails() == null ? null
                        : new ArrayList<>(original.getProductDetails()));
    }
}
