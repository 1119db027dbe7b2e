package dev.annexkit.mock.domain.order;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How long a site holds purchase points: not at all, or until a number of days after the units ship. Held
 * points sit in the member's {@code hold} balance; units not shipped yet are held with no release date.
 *
 * @param afterShip the hold after shipping; {@code null} = points are released as soon as the order is booked
 */
public record OrderHoldPolicy(Period afterShip) {

    public OrderHoldPolicy {
        if (afterShip != null && afterShip.isNegative()) {
            throw new IllegalArgumentException("afterShip must not be negative: " + afterShip);
        }
    }

    /** Purchase points are spendable at once. */
    public static OrderHoldPolicy none() {
        return new OrderHoldPolicy(null);
    }

    /** Purchase points are held until {@code days} days after their units ship (0: released on shipping). */
    public static OrderHoldPolicy daysAfterShip(int days) {
        return new OrderHoldPolicy(Period.ofDays(days));
    }

    /** Whether purchase points are held at all. */
    public boolean holds() {
        return afterShip != null;
    }

    /** When points of units shipped at {@code shippedAt} are released. Calendar arithmetic in UTC. */
    public Instant releaseFor(Instant shippedAt) {
        Objects.requireNonNull(afterShip, "no hold policy");
        return shippedAt.atZone(ZoneOffset.UTC).plus(afterShip).toInstant();
    }
}
