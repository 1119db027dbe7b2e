/**
 * Issuances: transactions (purchases or not) whose points the client computed; the program records them and
 * books their points, holds, returns and cancels in the ledger. Façade {@code Issuances}, rules {@code IssuanceDesk},
 * legal moves {@code IssuanceTransitions}; reads the program state through {@code IssuanceContext}.
 */
package dev.annexkit.mock.domain.issuance;
