package dev.annexkit.mock.domain.order;

/**
 * Some units of an order line that share a state and a ledger credit.
 *
 * @param creditId the credit holding these units' points (null when they earned nothing)
 * @param points   the points these units still grant the member (0 once voided or debited)
 */
public record Portion(String creditId, UnitState state, long units, long points) {
}
