package dev.annexkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationModeTest {

    @Test
    void strictParsesInAnyCasingChecksEverythingAndToleratesNothing() {
        ValidationMode strict = ValidationMode.parse(" Strict ");

        assertThat(strict).isEqualTo(ValidationMode.STRICT);
        assertThat(strict.checksRequests()).isTrue();
        assertThat(strict.checksResponses()).isTrue();
        assertThat(strict.tolerates()).isFalse();
    }

    @Test
    void everyOtherModeToleratesRealClientsDeviationsOffIncluded() {
        assertThat(ValidationMode.OFF.tolerates()).isTrue();
        assertThat(ValidationMode.REQUESTS.tolerates()).isTrue();
        assertThat(ValidationMode.FULL.tolerates()).isTrue();
    }

    @Test
    void anUnknownModeNamesTheChoices() {
        assertThatThrownBy(() -> ValidationMode.parse("lenient"))
                .hasMessageContaining("use off, requests, full or strict");
    }
}
