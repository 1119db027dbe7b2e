package dev.annexkit.mock.domain.group;

import dev.annexkit.mock.domain.action.ActionCatalog;
import dev.annexkit.mock.domain.ledger.PointsLedger;
import dev.annexkit.mock.domain.member.MemberRegistry;
import dev.annexkit.mock.domain.tier.TierLadder;
import java.time.Instant;

/**
 * What member groups may see and change of the program: the one program state, narrowed to what this area needs, so
 * the area depends on no more of it. Implemented by the program state; only ever called while the program lock is
 * held.
 */
public interface GroupContext {

    /** The program's current instant. */
    Instant now();

    /** The defined actions. */
    ActionCatalog actions();

    /** The group accounts, keyed by group id. */
    PointsLedger groupLedger();

    /** The member groups and invitations. */
    GroupDirectory groups();

    /** The members' points ledger. */
    PointsLedger ledger();

    /** The enrolled members. */
    MemberRegistry members();

    /** The tier ladder. */
    TierLadder tiers();
}
