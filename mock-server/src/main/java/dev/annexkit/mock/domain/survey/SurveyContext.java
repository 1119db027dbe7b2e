package dev.annexkit.mock.domain.survey;

import dev.annexkit.mock.domain.ledger.PointsLedger;
import dev.annexkit.mock.domain.member.MemberRegistry;
import java.time.Instant;

/**
 * What surveys may see and change of the program: the one program state, narrowed to what this area needs, so the
 * area depends on no more of it. Implemented by the program state; only ever called while the program lock is held.
 */
public interface SurveyContext {

    /** A new entry/assignment id from the injected id source. */
    String nextId();

    /** The program's current instant. */
    Instant now();

    /** The members' points ledger. */
    PointsLedger ledger();

    /** The enrolled members. */
    MemberRegistry members();

    /** The surveys and their responses. */
    SurveyBook surveys();
}
