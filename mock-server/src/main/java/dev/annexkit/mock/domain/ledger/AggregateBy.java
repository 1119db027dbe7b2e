package dev.annexkit.mock.domain.ledger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * Bucket size of the points-expiry report ({@code aggregate_by}), with the label Annex Cloud gives each bucket
 * ({@code "2024-04"} for a month). Buckets are computed in UTC; weeks are ISO weeks.
 */
public enum AggregateBy {
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    /** The label of the bucket containing this instant, e.g. {@code 2024-W17}, {@code 2024-04}, {@code 2024-Q2}. */
    public String label(Instant instant) {
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        return switch (this) {
            case WEEK -> String.format("%d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR),
                    t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", t.getYear(), t.getMonthValue());
            case QUARTER -> t.getYear() + "-Q" + t.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(t.getYear());
        };
    }
}
