package dev.annexkit.mock.domain.reward;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a coupon code may look like: 3–64 characters of letters, digits, {@code _} and {@code -}. Tight enough
 * that codes survive URLs, CSV exports and the comma-separated upload form unchanged.
 */
final class CouponCodeRule {

    static final int MAX_PER_UPLOAD = 2000;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{3,64}");

    private CouponCodeRule() {
    }

    /** Why this code is unacceptable, or empty when it is fine. */
    static Optional<String> problemWith(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("code is blank");
        }
        if (!SHAPE.matcher(code).matches()) {
            return Optional.of("code must be 3-64 characters of A-Z, a-z, 0-9, '_' or '-'");
        }
        return Optional.empty();
    }
}
