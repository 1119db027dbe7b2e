package dev.annexkit.sdk.errors;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the HTTP {@code Retry-After} header (RFC 9110 §10.2.3): either a number of seconds or an HTTP date.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * Parses a header value into a delay.
     *
     * @param value the header value, e.g. {@code "120"} or {@code "Wed, 21 Oct 2015 07:28:00 GMT"}; may be null
     * @param now   the current instant, to turn a date into a delay; not null
     * @return the delay, never negative (a past date gives zero), or empty when absent or unparseable
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.trim().isEmpty()) {
            return Optional.empty();
        }
        String text = value.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            } catch (NumberFormatException e) {
                return Optional.empty(); // absurdly many digits
            }
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration delay = Duration.between(now, at);
            return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
