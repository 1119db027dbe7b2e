package dev.annexkit.mock.domain.group;

/** State of an invitation: PENDING until the member accepts or declines it. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED
}
