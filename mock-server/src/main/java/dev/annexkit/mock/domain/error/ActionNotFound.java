package dev.annexkit.mock.domain.error;

/** The points command names an action id the program does not know. */
public final class ActionNotFound extends DomainException {

    public ActionNotFound(int actionId) {
        super("Action not found: " + actionId);
    }
}
