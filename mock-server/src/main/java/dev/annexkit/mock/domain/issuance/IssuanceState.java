package dev.annexkit.mock.domain.issuance;

/** Where an issuance's points are: on hold, released, or all taken back by a return or a cancel. */
public enum IssuanceState {
    HELD, RELEASED, RETURNED, CANCELLED
}
