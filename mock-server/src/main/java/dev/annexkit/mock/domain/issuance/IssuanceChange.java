package dev.annexkit.mock.domain.issuance;

import java.util.List;

/**
 * A return or cancel of an issuance.
 *
 * @param memberId optional; when given it must be the issuance's member
 * @param points   the points to take back; required for a partial return or cancel, ignored otherwise
 * @param products what comes back or is cancelled (partial events), checked against the recorded products
 */
public record IssuanceChange(String orderId, String memberId, IssuanceEvent event, Long points,
                             List<IssuanceProduct> products) {

    public IssuanceChange {
        products = products == null ? List.of() : List.copyOf(products);
    }

    public static IssuanceChange fullCancel(String orderId) {
        return new IssuanceChange(orderId, null, IssuanceEvent.FULL_CANCEL, null, List.of());
    }

    public static IssuanceChange fullReturn(String orderId) {
        return new IssuanceChange(orderId, null, IssuanceEvent.RETURN, null, List.of());
    }

    public static IssuanceChange partial(String orderId, IssuanceEvent event, long points) {
        return new IssuanceChange(orderId, null, event, points, List.of());
    }
}
