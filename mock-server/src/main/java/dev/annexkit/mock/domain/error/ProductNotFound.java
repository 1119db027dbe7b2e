package dev.annexkit.mock.domain.error;

/** No catalogue product has this id. */
public final class ProductNotFound extends DomainException {

    public ProductNotFound(String productId) {
        super("Product not found: " + productId);
    }
}
