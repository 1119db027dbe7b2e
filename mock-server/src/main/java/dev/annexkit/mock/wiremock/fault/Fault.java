package dev.annexkit.mock.wiremock.fault;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * One fault rule: which operation, what happens, and how often — the next {@code times} requests, or each
 * request with {@code probability} (drawn from the server's seeded random source). Immutable; the registry
 * keeps the count of requests still to hit.
 *
 * @param id           assigned by the registry ({@code fault-1}, ...), to list and remove it
 * @param operationId  the spec operation, e.g. {@code postPoints}
 * @param kind         what happens
 * @param status       the error status of {@code fail} (503, 500 or 429) and {@code apply-then-fail} (503)
 * @param retryAfter   the {@code Retry-After} of an error answer, whole seconds
 * @param delay        how long {@code delay} holds the answer back
 * @param times        how many requests it hits, or null when it goes by probability
 * @param probability  the chance per request, or null when it counts
 */
public record Fault(String id, String operationId, FaultKind kind, int status, Duration retryAfter, Duration delay,
        Integer times, Double probability) {

    /** The statuses a {@code fail} fault may answer, as the real service's gateway does. */
    public static final Set<Integer> FAIL_STATUSES = Set.of(429, 500, 503);

    public Fault {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(kind, "kind");
        retryAfter = retryAfter == null ? Duration.ofSeconds(1) : retryAfter;
        delay = delay == null ? Duration.ZERO : delay;
        if (kind == FaultKind.FAIL && !FAIL_STATUSES.contains(status)) {
            throw new IllegalArgumentException("status of a fail fault must be 429, 500 or 503, was " + status);
        }
        if (kind == FaultKind.DELAY && (delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("a delay fault needs a positive delay");
        }
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative");
        }
        if ((times == null) == (probability == null)) {
            throw new IllegalArgumentException("give exactly one of times and probability");
        }
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        if (probability != null && !(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1], was " + probability);
        }
    }

    Fault withId(String newId) {
        return new Fault(newId, operationId, kind, status, retryAfter, delay, times, probability);
    }

    Fault withTimes(int left) {
        return new Fault(id, operationId, kind, status, retryAfter, delay, left, probability);
    }
}
