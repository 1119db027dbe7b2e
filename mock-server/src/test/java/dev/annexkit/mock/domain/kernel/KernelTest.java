package dev.annexkit.mock.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.ProgramSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KernelTest {

    @Nested
    class IdGenerators {

        @Test
        void seededIdsAreUuidShapedAndReproducible() {
            IdGenerator a = Ids.seeded(42);
            IdGenerator b = Ids.seeded(42);

            List<String> first = IntStream.range(0, 5).mapToObj(i -> a.nextId()).toList();
            List<String> second = IntStream.range(0, 5).mapToObj(i -> b.nextId()).toList();

            assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
            String uuidV4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
            assertThat(first).allMatch(id -> id.matches(uuidV4));
            assertThat(Ids.seeded(43).nextId()).isNotEqualTo(first.get(0));
        }

        @Test
        void sequentialIdsCountUp() {
            IdGenerator ids = Ids.sequential();

            assertThat(ids.nextId()).isEqualTo("00000000-0000-0000-0000-000000000001");
            assertThat(ids.nextId()).isEqualTo("00000000-0000-0000-0000-000000000002");
        }
    }

    @Nested
    class Clock {

        @Test
        void manualClockMovesOnlyWhenTold() {
            ManualClock clock = new ManualClock(Instant.parse("2024-01-01T00:00:00Z"));
            java.time.Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

            clock.advance(Duration.ofDays(2));

            assertThat(clock.instant()).isEqualTo(Instant.parse("2024-01-03T00:00:00Z"));
            assertThat(paris.instant()).isEqualTo(clock.instant());
            clock.set(Instant.parse("2030-01-01T00:00:00Z"));
            assertThat(clock.millis()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z").toEpochMilli());
        }
    }

    @Nested
    class Settings {

        @Test
        void expiryUsesCalendarArithmetic() {
            ProgramSettings settings = ProgramSettings.expireAfter(Period.ofMonths(1));

            assertThat(settings.expiryFor(Instant.parse("2024-01-31T10:00:00Z")))
                    .contains(Instant.parse("2024-02-29T10:00:00Z"));
            assertThat(ProgramSettings.noExpiry().expiryFor(Instant.EPOCH)).isEmpty();
        }

        @Test
        void nonPositiveExpiryIsRefused() {
            assertThatThrownBy(() -> ProgramSettings.expireAfter(Period.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
