package dev.annexkit.mock.wiremock.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * The fluent way to add a fault: {@code faults.on("postPoints").times(1).applyThenDrop()}. Without
 * {@link #times} or {@link #probability} a fault hits the next request only.
 */
public final class FaultPlan {

    private final Faults faults;
    private final String operationId;
    private Integer times = 1;
    private Double probability;

    FaultPlan(Faults faults, String operationId) {
        this.faults = faults;
        this.operationId = Objects.requireNonNull(operationId, "operationId");
    }

    /** Hit the next {@code n} requests of the operation. */
    public FaultPlan times(int n) {
        this.times = n;
        this.probability = null;
        return this;
    }

    /** Hit each request of the operation with this chance (seeded, so a run repeats), until removed. */
    public FaultPlan probability(double p) {
        this.probability = p;
        this.times = null;
        return this;
    }

    /** Answer 503 with {@code Retry-After: 1}; nothing applied. */
    public Fault fail() {
        return fail(503, Duration.ofSeconds(1));
    }

    /** Answer {@code status} (429, 500 or 503) with this {@code Retry-After}; nothing applied. */
    public Fault fail(int status, Duration retryAfter) {
        return add(FaultKind.FAIL, status, retryAfter, null);
    }

    /** Apply the request and answer after {@code delay}. */
    public Fault delay(Duration delay) {
        return add(FaultKind.DELAY, 200, null, delay);
    }

    /** Apply the request, then close the connection without an answer. */
    public Fault applyThenDrop() {
        return add(FaultKind.APPLY_THEN_DROP, 0, null, null);
    }

    /** Apply the request, then answer 503 with {@code Retry-After: 1}. */
    public Fault applyThenFail() {
        return add(FaultKind.APPLY_THEN_FAIL, 503, null, null);
    }

    private Fault add(FaultKind kind, int status, Duration retryAfter, Duration delay) {
        return faults.add(new Fault(null, operationId, kind, status, retryAfter, delay, times, probability));
    }
}
