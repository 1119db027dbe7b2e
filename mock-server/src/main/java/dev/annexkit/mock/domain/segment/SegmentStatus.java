package dev.annexkit.mock.domain.segment;

/** Whether a segment is in use; an inactive segment has no members. */
public enum SegmentStatus {
    ACTIVE,
    INACTIVE
}
