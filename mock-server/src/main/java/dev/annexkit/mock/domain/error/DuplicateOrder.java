package dev.annexkit.mock.domain.error;

/** Points were already credited to the member for this order id and the request did not say {@code retry: YES}. */
public final class DuplicateOrder extends DomainException {

    public DuplicateOrder(String memberId, String orderId) {
        super("Duplicate orderId: points were already credited to member " + memberId + " for order " + orderId
                + "; send retry YES to credit it again");
    }
}
