package dev.annexkit.mock.domain.order;

import dev.annexkit.mock.domain.ledger.PointsLedger;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberRegistry;
import dev.annexkit.mock.domain.product.ProductCatalog;
import java.time.Instant;
import java.util.Optional;

/**
 * What orders may see and change of the program: the one program state, narrowed to what this area needs, so the
 * area depends on no more of it. Implemented by the program state; only ever called while the program lock is held.
 */
public interface OrderContext {

    /** When points credited at {@code credited} expire, if they expire. */
    Optional<Instant> expiryFor(Instant credited);

    /** A new entry/assignment id from the injected id source. */
    String nextId();

    /** The program's current instant. */
    Instant now();

    /** How long the site holds purchase points. */
    OrderHoldPolicy orderHold();

    /** Refuses any points movement for a blocklisted member. */
    void requireNotBlocked(Member member);

    /** The members' points ledger. */
    PointsLedger ledger();

    /** The enrolled members. */
    MemberRegistry members();

    /** The booked orders. */
    OrderBook orders();

    /** The product catalogue. */
    ProductCatalog products();
}
