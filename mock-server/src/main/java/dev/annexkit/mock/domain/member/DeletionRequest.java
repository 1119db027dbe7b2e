package dev.annexkit.mock.domain.member;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A queued request to delete a member (POST /userdelete). Annex Cloud removes queued members in a daily batch
 * at 05:30 UTC; until then the request can be withdrawn.
 *
 * @param requestedBy e-mail address of the person who asked
 * @param scheduledAt when the batch that removes the member runs: the first 05:30 UTC after the request
 */
public record DeletionRequest(String memberId, String requestedBy, Instant requestedAt, Instant scheduledAt) {

    /** The daily batch time, UTC. */
    public static final LocalTime BATCH_TIME = LocalTime.of(5, 30);

    /** A request made at {@code now}, scheduled for the next batch. */
    public static DeletionRequest at(String memberId, String requestedBy, Instant now) {
        return new DeletionRequest(memberId, requestedBy, now, nextBatchAfter(now));
    }

    /** The first batch run strictly after {@code instant}. */
    public static Instant nextBatchAfter(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        ZonedDateTime today = utc.toLocalDate().atTime(BATCH_TIME).atZone(ZoneOffset.UTC);
        return (today.isAfter(utc) ? today : today.plusDays(1)).toInstant();
    }

    /** Whether the batch has run by {@code now}. */
    public boolean isDue(Instant now) {
        return !scheduledAt.isAfter(now);
    }
}
