package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.order.OrderHoldPolicy;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Site-wide loyalty rules that are configuration rather than state.
 *
 * @param pointsExpiry how long credited points stay spendable, counted from the credit; {@code null} means
 *                     points never expire
 * @param orderHold    how long purchase points of orders are held ({@link OrderHoldPolicy#none()} by default)
 * @param allowNegativePoints whether a debit larger than the available balance is accepted: the balance stops at
 *                     zero and the excess is recorded as disregarded negative points (Annex Cloud's behaviour);
 *                     when false such a debit is refused. A points request can decide for itself.
 */
public record ProgramSettings(Period pointsExpiry, OrderHoldPolicy orderHold, boolean allowNegativePoints) {

    /** Settings without an order hold that refuse debits beyond the available balance. */
    public ProgramSettings(Period pointsExpiry) {
        this(pointsExpiry, OrderHoldPolicy.none(), false);
    }

    public ProgramSettings {
        orderHold = orderHold == null ? OrderHoldPolicy.none() : orderHold;
        if (pointsExpiry != null && (pointsExpiry.isNegative() || pointsExpiry.isZero())) {
            throw new IllegalArgumentException("pointsExpiry must be positive: " + pointsExpiry);
        }
    }

    /** Points never expire. */
    public static ProgramSettings noExpiry() {
        return new ProgramSettings(null);
    }

    /** Points expire the given period after they are credited. */
    public static ProgramSettings expireAfter(Period period) {
        return new ProgramSettings(period);
    }

    /** The same settings with this order hold policy. */
    public ProgramSettings withOrderHold(OrderHoldPolicy policy) {
        return new ProgramSettings(pointsExpiry, policy, allowNegativePoints);
    }

    /** The same settings with the given negative-points rule. */
    public ProgramSettings withAllowNegativePoints(boolean value) {
        return new ProgramSettings(pointsExpiry, orderHold, value);
    }

    /** When a credit made at {@code creditedAt} expires, if ever. Calendar arithmetic in UTC. */
    public Optional<Instant> expiryFor(Instant creditedAt) {
        if (pointsExpiry == null) {
            return Optional.empty();
        }
        return Optional.of(creditedAt.atZone(ZoneOffset.UTC).plus(pointsExpiry).toInstant());
    }
}
