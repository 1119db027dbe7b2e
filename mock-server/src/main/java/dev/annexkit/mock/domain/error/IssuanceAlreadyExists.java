package dev.annexkit.mock.domain.error;

/** An issuance with this order id is recorded already. */
public final class IssuanceAlreadyExists extends DomainException {

    public IssuanceAlreadyExists(String orderId) {
        super("Issuance already exists: " + orderId);
    }
}
