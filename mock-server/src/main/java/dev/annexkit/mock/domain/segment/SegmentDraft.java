package dev.annexkit.mock.domain.segment;

import java.time.LocalDate;
import java.util.List;

/**
 * A segment to create, or the fields to change in one (null = keep; {@code memberUpdate} says how
 * {@code memberIds} apply, ADD when null; a given criteria block replaces that block).
 */
public record SegmentDraft(String name, String type, LocalDate fromDate, LocalDate toDate, List<String> memberIds,
                           MemberUpdate memberUpdate, SegmentStatus status, String externalId, String externalName,
                           SegmentCriteria criteria) {
}
