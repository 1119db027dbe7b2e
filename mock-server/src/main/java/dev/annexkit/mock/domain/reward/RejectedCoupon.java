package dev.annexkit.mock.domain.reward;

/** A code from an upload that was not added, and why. */
public record RejectedCoupon(String code, String reason) {
}
