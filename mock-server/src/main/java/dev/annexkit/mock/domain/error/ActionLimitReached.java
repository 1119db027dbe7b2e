package dev.annexkit.mock.domain.error;

/** The member already earned as often or as much from the action as its limit allows in this period. */
public final class ActionLimitReached extends DomainException {

    public ActionLimitReached(String memberId, int actionId, String limitDisplay) {
        super("Points cannot be awarded due to limit reached: action " + actionId + " allows " + limitDisplay
                + " and member " + memberId + " has reached it");
    }
}
