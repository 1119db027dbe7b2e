package dev.annexkit.mock.domain.action;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * The window an action's limit counts in. Calendar periods in UTC (a week starts on Monday), because that is
 * how members read "5 per month"; {@link #LIFETIME} never resets.
 */
public enum ActionPeriod {
    DAY("Day"),
    WEEK("Week"),
    MONTH("Month"),
    YEAR("Year"),
    LIFETIME("Lifetime");

    private final String displayName;

    ActionPeriod(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The first instant of the period that contains {@code now}. */
    public Instant windowStart(Instant now) {
        LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate first = switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
            case LIFETIME -> LocalDate.of(1970, 1, 1);
        };
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
