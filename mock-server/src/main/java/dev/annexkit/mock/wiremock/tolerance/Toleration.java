package dev.annexkit.mock.wiremock.tolerance;

import java.util.Objects;

/**
 * One tolerated deviation: which rule was applied and where, as a JSON Pointer into the request body
 * ({@code /orderDetail/0/quantity}; {@code /} is the body itself).
 *
 * @param rule the rule applied
 * @param path the JSON Pointer of the field it was applied to
 */
public record Toleration(ToleranceRule rule, String path) {

    /** Checks both parts are present. */
    public Toleration {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
    }

    /** {@code rule:path}, as in the {@code X-AnnexKit-Tolerated} header (before header escaping). */
    @Override
    public String toString() {
        return rule.wireName() + ":" + path;
    }
}
