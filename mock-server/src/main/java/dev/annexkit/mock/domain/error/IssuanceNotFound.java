package dev.annexkit.mock.domain.error;

/** No issuance (client-computed transaction) has this order id. */
public final class IssuanceNotFound extends DomainException {

    public IssuanceNotFound(String orderId) {
        super("Issuance not found: " + orderId);
    }
}
