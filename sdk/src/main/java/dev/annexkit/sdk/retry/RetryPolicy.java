package dev.annexkit.sdk.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * How failed requests are retried: how many times, how long to wait between attempts, and how much of the server's
 * {@code Retry-After} to honour. Immutable and thread-safe.
 *
 * <p>The n-th retry waits {@code min(initialBackoff * 2^(n-1), maxBackoff)}, shortened by a random fraction of up
 * to {@code jitter} so that many clients do not retry in lock-step. When the answer carries {@code Retry-After},
 * that delay is used as is; a delay longer than {@link Builder#maxRetryAfter(Duration)} is not waited for and the
 * answer is returned to the caller instead.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxRetries(4).initialBackoff(Duration.ofSeconds(1)).build();
 * }</pre>
 */
public final class RetryPolicy {

    /** Retries by default: 2, i.e. at most 3 attempts. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final Sleeper sleeper;
    private final Random random;

    private RetryPolicy(Builder builder) {
        this.maxRetries = builder.maxRetries;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.jitter = builder.jitter;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.sleeper = builder.sleeper;
        this.random = builder.random;
    }

    /**
     * The default policy: 2 retries, 500 ms initial and 8 s maximum backoff, 25 % jitter, {@code Retry-After}
     * honoured up to 60 s, real sleeping.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /**
     * A policy that never retries.
     *
     * @return a policy with zero retries
     */
    public static RetryPolicy none() {
        return builder().maxRetries(0).build();
    }

    /**
     * Starts a builder with the default values.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with this policy's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().maxRetries(maxRetries).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
                .jitter(jitter).maxRetryAfter(maxRetryAfter).sleeper(sleeper).random(random);
    }

    /**
     * Returns the maximum number of retries after the first attempt.
     *
     * @return zero or more
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Returns the sleeper that waits between attempts.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Computes the wait before a retry.
     *
     * @param retry      1 for the first retry, 2 for the second, …
     * @param retryAfter the delay the server asked for, or null
     * @return the wait, or empty when the server asked for longer than {@code maxRetryAfter} (do not retry)
     */
    public Optional<Duration> delayBefore(int retry, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(maxRetryAfter) > 0 ? Optional.<Duration>empty() : Optional.of(retryAfter);
        }
        long base = initialBackoff.toMillis();
        long capped = maxBackoff.toMillis();
        for (int i = 1; i < retry && base < capped; i++) {
            base *= 2;
        }
        base = Math.min(base, capped);
        long jittered = Math.round(base * (1.0 - jitter * random.nextDouble()));
        return Optional.of(Duration.ofMillis(jittered));
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter + "}";
    }

    /** Builds a {@link RetryPolicy}. Not thread-safe. */
    public static final class Builder {
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private double jitter = 0.25;
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Sleeper sleeper = Sleeper.REAL;
        private Random random = new Random();

        private Builder() {
        }

        /**
         * Sets the number of retries after the first attempt; 2 by default.
         *
         * @param maxRetries zero or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the wait before the first retry; 500 ms by default. Each further retry doubles it.
         *
         * @param initialBackoff not negative
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * Sets the longest computed wait between attempts; 8 s by default.
         *
         * @param maxBackoff not negative
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * Sets the largest fraction by which a computed wait is randomly shortened; 0.25 by default.
         *
         * @param jitter between 0 (none) and 1
         * @return this builder
         */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new IllegalArgumentException("jitter must be between 0 and 1");
            }
            this.jitter = jitter;
            return this;
        }

        /**
         * Sets the longest {@code Retry-After} the client waits for; longer requests end the retries; 60 s by default.
         *
         * @param maxRetryAfter not negative
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /**
         * Sets what waits between attempts; {@link Sleeper#REAL} by default.
         *
         * @param sleeper not null
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Sets the source of jitter; a new {@link Random} by default.
         *
         * @param random not null
         * @return this builder
         */
        public Builder random(Random random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            if (Objects.requireNonNull(value, name).isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return value;
        }
    }
}
