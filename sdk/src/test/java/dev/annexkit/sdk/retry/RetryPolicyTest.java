package dev.annexkit.sdk.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    /** A Random that always returns the same fraction, to pin the jitter. */
    static Random fixed(double fraction) {
        return new Random() {
            @Override
            public double nextDouble() {
                return fraction;
            }
        };
    }

    @Nested
    class Backoff {

        @Test
        void doublesFromTheInitialBackoffUpToTheMaximum() {
            RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(1))
                    .maxBackoff(Duration.ofSeconds(5)).jitter(0).build();

            assertThat(policy.delayBefore(1, null)).contains(Duration.ofSeconds(1));
            assertThat(policy.delayBefore(2, null)).contains(Duration.ofSeconds(2));
            assertThat(policy.delayBefore(3, null)).contains(Duration.ofSeconds(4));
            assertThat(policy.delayBefore(4, null)).contains(Duration.ofSeconds(5));
            assertThat(policy.delayBefore(40, null)).contains(Duration.ofSeconds(5));
        }

        @Test
        void jitterShortensTheWaitByAtMostItsFraction() {
            RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(1)).jitter(0.5)
                    .random(fixed(0.5)).build();

            assertThat(policy.delayBefore(1, null)).contains(Duration.ofMillis(750));
        }

        @Test
        void retryAfterIsUsedAsIsUpToTheMaximum() {
            RetryPolicy policy = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(10)).build();

            assertThat(policy.delayBefore(1, Duration.ofSeconds(10))).contains(Duration.ofSeconds(10));
            assertThat(policy.delayBefore(1, Duration.ofSeconds(11))).isEmpty();
        }
    }

    @Nested
    class Configuration {

        @Test
        void defaultsToTwoRetriesAndRealSleeping() {
            assertThat(RetryPolicy.defaults().maxRetries()).isEqualTo(2);
            assertThat(RetryPolicy.defaults().sleeper()).isSameAs(Sleeper.REAL);
            assertThat(RetryPolicy.none().maxRetries()).isZero();
        }

        @Test
        void toBuilderKeepsEverythingElse() {
            Sleeper sleeper = d -> { };
            RetryPolicy policy = RetryPolicy.builder().sleeper(sleeper).jitter(0).build().toBuilder().maxRetries(7).build();

            assertThat(policy.maxRetries()).isEqualTo(7);
            assertThat(policy.sleeper()).isSameAs(sleeper);
        }

        @Test
        void rejectsNonsense() {
            assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
