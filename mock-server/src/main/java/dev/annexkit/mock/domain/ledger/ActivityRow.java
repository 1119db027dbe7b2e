package dev.annexkit.mock.domain.ledger;

/**
 * One row of a member's activity list: a ledger entry and the name of its action (the text shown to the
 * member), or null when the action is no longer defined.
 */
public record ActivityRow(LedgerEntry entry, String actionName) {
}
