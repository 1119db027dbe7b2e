package dev.annexkit.mock.domain.group;

/** Lifecycle of a group: only ACTIVE groups take members and move points; DELETED (dissolved) is final. */
public enum GroupStatus {
    ACTIVE,
    INACTIVE,
    DELETED
}
