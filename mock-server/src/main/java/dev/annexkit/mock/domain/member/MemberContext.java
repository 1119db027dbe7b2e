package dev.annexkit.mock.domain.member;

import dev.annexkit.mock.domain.action.ActionCatalog;
import dev.annexkit.mock.domain.ledger.PointsLedger;
import dev.annexkit.mock.domain.reward.AssignmentBook;
import dev.annexkit.mock.domain.tier.SpendBook;
import java.time.Instant;

/**
 * What member lifecycle (bulk, deletion, merge) may see and change of the program: the one program state, narrowed
 * to what this area needs, so the area depends on no more of it. Implemented by the program state; only ever called
 * while the program lock is held.
 */
public interface MemberContext {

    /** A new entry/assignment id from the injected id source. */
    String nextId();

    /** The program's current instant. */
    Instant now();

    /** The defined actions. */
    ActionCatalog actions();

    /** The members' reward assignments. */
    AssignmentBook assignments();

    /** The queued member deletions. */
    DeletionQueue deletions();

    /** The members' points ledger. */
    PointsLedger ledger();

    /** The enrolled members. */
    MemberRegistry members();

    /** The member merges. */
    MergeBook merges();

    /** The members' recorded purchase spend. */
    SpendBook spend();
}
