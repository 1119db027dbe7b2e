package dev.annexkit.mock.domain.segment;

/** How an update's member ids change a segment's listed members. */
public enum MemberUpdate {
    ADD,
    REMOVE,
    REPLACE
}
