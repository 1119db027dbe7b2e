package dev.annexkit.mock.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void percentMatchesAnyRunCaseInsensitively() {
        assertThat(LikePattern.of("%son").matches("Jackson")).isTrue();
        assertThat(LikePattern.of("ja%").matches("JACKSON")).isTrue();
        assertThat(LikePattern.of("j%k%n").matches("Jackson")).isTrue();
        assertThat(LikePattern.of("%").matches("")).isTrue();
        assertThat(LikePattern.of("%%").matches("x")).isTrue();
        assertThat(LikePattern.of("a%a").matches("a")).isFalse();
        assertThat(LikePattern.of("a%a").matches("aa")).isTrue();
        assertThat(LikePattern.of("%ab%ba%").matches("xaby")).isFalse();
        assertThat(LikePattern.of("%ab%ba%").matches("xabba")).isTrue();
        assertThat(LikePattern.of("%a.c%").matches("xabc")).isFalse(); // no regex meaning
        assertThat(LikePattern.of("%a.c%").matches("xa.c")).isTrue();
    }

    @Test
    void withoutPercentTheValueMustBeEqual() {
        assertThat(LikePattern.of("Ada").matches("Ada")).isTrue();
        assertThat(LikePattern.of("Ada").matches("ada")).isFalse();
        assertThat(LikePattern.of("Ada").matches(null)).isFalse();
    }

    @Test
    void aBacktrackingPatternOverALongValueAnswersAtOnce() {
        String name = "a".repeat(300);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(LikePattern.of("%a%a%a%a%a%b").matches(name)).isFalse();
            assertThat(LikePattern.of("%a%a%a%a%a%a").matches(name)).isTrue();
            assertThat(LikePattern.of("%a%a%a%a%a%b").matches("a".repeat(100_000))).isFalse();
        });
    }
}
