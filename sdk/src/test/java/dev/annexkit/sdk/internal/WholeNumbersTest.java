package dev.annexkit.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"6620, 6620", "6620.0, 6620", "-3.000, -3", "1.0E7, 10000000", "1.0E+2, 100", "0.0, 0", "0E-5, 0",
            "' 42 ', 42", "9223372036854775807, 9223372036854775807", "9223372036854775807.0, 9223372036854775807"})
    void aWholeNumberInAnyDecimalFormReadsExactly(String text, long expected) {
        assertThat(WholeNumbers.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"6620.5", "0.1", "", " ", "abc", "1e999999999", "-1e999999999", "1e-999999999",
            "9223372036854775808", "NaN", "Infinity"})
    void anythingElseIsRefusedRatherThanRounded(String text) {
        assertThatThrownBy(() -> WholeNumbers.parse(text)).isInstanceOf(NumberFormatException.class);
    }
}
