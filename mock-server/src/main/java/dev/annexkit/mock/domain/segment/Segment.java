package dev.annexkit.mock.domain.segment;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A named, dated group of members: the listed {@code memberIds} plus everyone meeting {@code criteria}.
 *
 * @param type free text (Static, Dynamic, …), not interpreted
 */
public record Segment(String segmentId, String name, String type, LocalDate fromDate, LocalDate toDate,
                      List<String> memberIds, SegmentStatus status, String externalId, String externalName,
                      SegmentCriteria criteria, Instant createdAt, Instant updatedAt) {

    public Segment {
        if (name == null || name.isBlank()) {
            throw new MissingField("name");
        }
        if (fromDate == null) {
            throw new MissingField("fromDate");
        }
        if (toDate == null) {
            throw new MissingField("toDate");
        }
        if (toDate.isBefore(fromDate)) {
            throw new InvalidField("toDate", "must not be before fromDate " + fromDate);
        }
        memberIds = List.copyOf(memberIds == null ? List.of() : memberIds);
        status = status == null ? SegmentStatus.ACTIVE : status;
        criteria = criteria == null ? SegmentCriteria.NONE : criteria;
    }

    /** Whether the segment has members at all right now: active and today inside its dates (UTC). */
    public boolean isLive(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        return status == SegmentStatus.ACTIVE && !today.isBefore(fromDate) && !today.isAfter(toDate);
    }
}
