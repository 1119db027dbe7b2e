package dev.annexkit.mock.domain.action;

import dev.annexkit.mock.domain.ledger.PointsLedger;
import dev.annexkit.mock.domain.member.MemberRegistry;
import java.time.Instant;
import java.util.Map;

/**
 * What action progress may see and change of the program: the one program state, narrowed to what this area needs,
 * so the area depends on no more of it. Implemented by the program state; only ever called while the program lock
 * is held.
 */
public interface ActionContext {

    /** The program's current instant. */
    Instant now();

    /** The action series, by series id. */
    Map<Integer, ActionSeries> actionSeries();

    /** The defined actions. */
    ActionCatalog actions();

    /** The members' points ledger. */
    PointsLedger ledger();

    /** The enrolled members. */
    MemberRegistry members();
}
