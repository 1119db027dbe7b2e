/**
 * Issuances: transactions (purchases or not) whose points the client computed; the program records them and
 * books their points, holds, returns and cancels in the ledger. Legal moves are {@code IssuanceTransitions}.
 */
package dev.annexkit.mock.domain.issuance;
