package dev.annexkit.mock.domain.member;

/** Whether the member agreed to take part in the loyalty program; Annex Cloud defaults to YES. */
public enum OptInStatus {
    YES,
    NO
}
