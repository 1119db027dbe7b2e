/**
 * Tiers: the ladder of tiers reached by lifetime points or purchase spend, and the spend recorded per member.
 * No façade of its own: tiers are defined and read through {@code LoyaltyProgram}.
 * Holds values and rules only; the program combines them with the ledger.
 */
package dev.annexkit.mock.domain.tier;
