package dev.annexkit.mock.domain.segment;

import java.util.List;

/**
 * A segment's rules, in the blocks Annex Cloud's segment read reports. Every given rule must hold (AND); a list
 * rule holds when any of its values matches (OR); an empty list or null is "not given"; ranges are inclusive.
 * A block left null is not given. Criteria without any rule select nobody (the listed members still belong).
 */
public record SegmentCriteria(MemberDetails memberDetails, ActionDetails actionDetails, PointsDetails pointsDetails,
                              PurchaseDetails purchaseDetails, StoreDetails storeDetails) {

    public static final SegmentCriteria NONE = new SegmentCriteria(null, null, null, null, null);

    /** Profile rules; dates compare month and day ({@code MM-dd}). */
    public record MemberDetails(List<String> userId, List<String> zipCode, String anniversaryDate, String birthDate) {
        public MemberDetails {
            userId = userId == null ? List.of() : List.copyOf(userId);
            zipCode = zipCode == null ? List.of() : List.copyOf(zipCode);
        }
    }

    /** Earned at least once from one of the actions; completed one of the action series. */
    public record ActionDetails(List<String> actions, List<String> actionSeries) {
        public ActionDetails {
            actions = actions == null ? List.of() : List.copyOf(actions);
            actionSeries = actionSeries == null ? List.of() : List.copyOf(actionSeries);
        }
    }

    /** Inclusive ranges on available, lifetime and used (redeemed) points; null bounds are open. */
    public record PointsDetails(Long availableFrom, Long availableTo, Long lifetimeFrom, Long lifetimeTo,
                                Long redeemFrom, Long redeemTo) {
    }

    /** Rules on orders; evaluated against the member's purchases, which the program does not record yet. */
    public record PurchaseDetails(List<String> productPurchased, List<String> productCategory, String source,
                                  String country) {
        public PurchaseDetails {
            productPurchased = productPurchased == null ? List.of() : List.copyOf(productPurchased);
            productCategory = productCategory == null ? List.of() : List.copyOf(productCategory);
        }
    }

    /** Rules on the stores where the member bought; evaluated like {@link PurchaseDetails}. */
    public record StoreDetails(String storeName, String country, String region, String state, String city) {
    }

    /** A copy where each block given in {@code change} replaces this one's; blocks it leaves null are kept. */
    public SegmentCriteria merge(SegmentCriteria change) {
        if (change == null) {
            return this;
        }
        return new SegmentCriteria(
                change.memberDetails != null ? change.memberDetails : memberDetails,
                change.actionDetails != null ? change.actionDetails : actionDetails,
                change.pointsDetails != null ? change.pointsDetails : pointsDetails,
                change.purchaseDetails != null ? change.purchaseDetails : purchaseDetails,
                change.storeDetails != null ? change.storeDetails : storeDetails);
    }
}
