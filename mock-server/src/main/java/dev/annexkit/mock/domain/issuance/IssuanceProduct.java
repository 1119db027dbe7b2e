package dev.annexkit.mock.domain.issuance;

/** A product of an issuance, as the client sent it; {@code quantity} may be null. */
public record IssuanceProduct(String productId, String productName, Integer quantity) {
}
