package dev.annexkit.mock.domain.action;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.time.Duration;

/**
 * Something a member does that the program records in the ledger (sign-up, review, purchase, redemption, …).
 *
 * @param points       points awarded when a CREDIT names this action without an amount; 0 means "amount required"
 * @param holdDays     days a credit from this action stays on hold before it becomes spendable (0 = immediately),
 *                     as Annex Cloud's {@code holdDays}
 * @param displayName  name shown to members ({@code actionNameDisplay}); null = {@code name}
 * @param limit        how often / how much a member may earn from it per period; null = unlimited
 * @param cooldown     minimum time between two credits of this action for one member; null = none
 * @param expireInDays days until points earned by this action expire; 0 = the site's expiry setting
 */
public record Action(int actionId, String name, long points, ActionStatus status, int holdDays,
                     String displayName, ActionLimit limit, Duration cooldown, int expireInDays) {

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
        if (expireInDays < 0) {
            throw new InvalidField("expireInDays", "must not be negative, was " + expireInDays);
        }
        if (cooldown != null && (cooldown.isNegative() || cooldown.isZero())) {
            throw new InvalidField("cooldown", "must be positive, was " + cooldown);
        }
        if (status == null) {
            status = ActionStatus.ACTIVE;
        }
    }

    /** An action with a hold but no limit, cooldown or own expiry. */
    public Action(int actionId, String name, long points, ActionStatus status, int holdDays) {
        this(actionId, name, points, status, holdDays, null, null, null, 0);
    }

    /** An action without hold. */
    public Action(int actionId, String name, long points, ActionStatus status) {
        this(actionId, name, points, status, 0);
    }

    /** An active action without hold. */
    public static Action active(int actionId, String name, long points) {
        return new Action(actionId, name, points, ActionStatus.ACTIVE, 0);
    }

    public Action withLimit(ActionLimit value) {
        return new Action(actionId, name, points, status, holdDays, displayName, value, cooldown, expireInDays);
    }

    public Action withCooldown(Duration value) {
        return new Action(actionId, name, points, status, holdDays, displayName, limit, value, expireInDays);
    }

    public Action withExpireInDays(int value) {
        return new Action(actionId, name, points, status, holdDays, displayName, limit, cooldown, value);
    }

    public Action withDisplayName(String value) {
        return new Action(actionId, name, points, status, holdDays, value, limit, cooldown, expireInDays);
    }

    /** The name members see. */
    public String nameForMembers() {
        return displayName == null ? name : displayName;
    }
}
