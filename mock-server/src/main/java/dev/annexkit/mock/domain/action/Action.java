package dev.annexkit.mock.domain.action;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;

/**
 * Something a member does that the program records in the ledger (sign-up, review, purchase, redemption, …).
 *
 * @param points   points awarded when a CREDIT names this action without an amount; 0 means "amount required"
 * @param holdDays days a credit from this action stays on hold before it becomes spendable (0 = immediately),
 *                 as Annex Cloud's {@code holdDays}
 */
public record Action(int actionId, String name, long points, ActionStatus status, int holdDays) {

    public Action {
        if (name == null || name.isBlank()) {
            throw new MissingField("name");
        }
        if (points < 0) {
            throw new InvalidField("points", "must not be negative, was " + points);
        }
        if (holdDays < 0) {
            throw new InvalidField("holdDays", "must not be negative, was " + holdDays);
        }
        if (status == null) {
            status = ActionStatus.ACTIVE;
        }
    }

    /** An active action without hold. */
    public Action(int actionId, String name, long points, ActionStatus status) {
        this(actionId, name, points, status, 0);
    }

    /** An active action without hold. */
    public static Action active(int actionId, String name, long points) {
        return new Action(actionId, name, points, ActionStatus.ACTIVE, 0);
    }
}
