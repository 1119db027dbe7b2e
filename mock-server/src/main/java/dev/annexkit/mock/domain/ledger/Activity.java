package dev.annexkit.mock.domain.ledger;

/** Direction of a ledger entry, as the API's {@code activity} field names it. */
public enum Activity {
    CREDIT,
    DEBIT
}
