/**
 * The points ledger: append-only entries, FIFO lots, balances, expiry, POST /points ({@code PointsDesk}), activity
 * and standings ({@code Accounts}), and {@code LedgerPostings}, which other areas book their points with.
 * Reads the program state through {@code LedgerContext}.
 */
package dev.annexkit.mock.domain.ledger;
