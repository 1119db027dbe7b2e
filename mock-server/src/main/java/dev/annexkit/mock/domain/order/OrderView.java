package dev.annexkit.mock.domain.order;

import dev.annexkit.mock.domain.ledger.PointBalance;

/**
 * An order with the points it grants now and the member's balance.
 *
 * @param pointsAwarded released points the order grants the member
 * @param pointsOnHold  points of the order still on hold
 * @param pointsRemoved points debited from the member by the change that produced this view (0 otherwise)
 */
public record OrderView(Order order, long pointsAwarded, long pointsOnHold, long pointsRemoved,
                        PointBalance balance) {
}
