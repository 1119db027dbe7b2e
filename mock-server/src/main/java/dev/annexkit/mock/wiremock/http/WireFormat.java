package dev.annexkit.mock.wiremock.http;

import dev.annexkit.mock.domain.error.InvalidField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The API's date formats: {@code 2024-08-08T07:00:12+0000} out; that, ISO and plain forms in. */
public final class WireFormat {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** The issuance pages' documented form, {@code 2024-06-19 10:00:00 UTC} (a zone id or name after the time). */
    private static final DateTimeFormatter SPACED_ZONE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[ VV][ z]", Locale.ROOT);

    private static final List<Function<String, Instant>> INSTANT_PARSERS = List.of(
            s -> OffsetDateTime.parse(s, DATE_TIME).toInstant(),
            s -> OffsetDateTime.parse(s).toInstant(),
            s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
            s -> LocalDateTime.parse(s, SPACED).toInstant(ZoneOffset.UTC),
            s -> java.time.ZonedDateTime.parse(s, SPACED_ZONE).toInstant(),
            s -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));

    private WireFormat() {
    }

    /** Formats a time the way the API does. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** Parses a time given in any of the forms the API documents; {@code field} names it in errors. */
    public static Instant instant(String field, String text) {
        String trimmed = text.trim();
        for (Function<String, Instant> parser : INSTANT_PARSERS) {
            try {
                return parser.apply(trimmed);
            } catch (DateTimeParseException e) {
                // try the next documented form
            }
        }
        throw new InvalidField(field, "must be a date-time like 2024-08-08T07:00:12+0000, got \"" + text + "\"");
    }

    /** Parses a {@code yyyy-MM-dd} date; {@code field} names it in errors. */
    public static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "must be a date like 2024-08-08, got \"" + text + "\"");
        }
    }

    /**
     * Parses an enum from its wire name (case-insensitive), listing the allowed names when it does not
     * match; {@code field} names it in errors.
     */
    public static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type, Function<E, String> wireName) {
        for (E constant : type.getEnumConstants()) {
            if (wireName.apply(constant).equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(wireName.apply(constant));
        }
        throw new InvalidField(field, "must be one of " + allowed + ", got \"" + text + "\"");
    }
}
