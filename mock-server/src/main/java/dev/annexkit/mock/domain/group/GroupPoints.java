package dev.annexkit.mock.domain.group;

import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.LedgerPostings;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.ledger.PointsOutcome;

/**
 * What the group area offers the points ledger and the areas that credit members (receipts, surveys): points
 * commands that concern a group, and the roll-up of a member's new credit to their group. The rules themselves
 * stay in this package; callers hold the program lock.
 */
public interface GroupPoints {

    /** The group rules of this program, booking through {@code postings}. */
    static GroupPoints of(GroupContext state, LedgerPostings postings) {
        return new GroupDesk(state, postings);
    }

    /** Whether a points command is a group movement (actions 160/8055, or one naming a group). */
    boolean handles(PointsCommand command);

    /** Applies a command {@link #handles} accepted. */
    PointsOutcome apply(PointsCommand command);

    /** Moves a member's fresh credit on to their group when the group collects its members' points. */
    void rollUp(LedgerEntry credit);
}
