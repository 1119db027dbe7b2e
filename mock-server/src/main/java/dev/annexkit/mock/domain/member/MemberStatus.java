package dev.annexkit.mock.domain.member;

/** Account state of a member; Annex Cloud defaults to ACTIVE. */
public enum MemberStatus {
    ACTIVE,
    INACTIVE
}
