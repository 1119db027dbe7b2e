package dev.annexkit.mock.domain.reward;

import dev.annexkit.mock.domain.ledger.PointsLedger;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberRegistry;
import java.time.Instant;
import java.util.Optional;

/**
 * What rewards and their assignments may see and change of the program: the one program state, narrowed to what
 * this area needs, so the area depends on no more of it. Implemented by the program state; only ever called while
 * the program lock is held.
 */
public interface RewardContext {

    /** When points credited at {@code credited} expire, if they expire. */
    Optional<Instant> expiryFor(Instant credited);

    /** What eligibility rules may look at for this member, right now. */
    MemberFacts facts(Member member, Instant now);

    /** A new entry/assignment id from the injected id source. */
    String nextId();

    /** The program's current instant. */
    Instant now();

    /** Refuses any points movement for a blocklisted member. */
    void requireNotBlocked(Member member);

    /** The members' reward assignments. */
    AssignmentBook assignments();

    /** The members' points ledger. */
    PointsLedger ledger();

    /** The enrolled members. */
    MemberRegistry members();

    /** The reward catalogue. */
    RewardCatalog rewards();
}
