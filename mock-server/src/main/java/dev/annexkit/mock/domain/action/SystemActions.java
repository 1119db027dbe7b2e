package dev.annexkit.mock.domain.action;

import java.util.List;

/**
 * Action ids with a fixed meaning across every Annex Cloud site. The program always knows them, so manual
 * adjustments and redemptions work before any site configuration is loaded.
 */
public final class SystemActions {

    public static final int MANUAL = 100;
    public static final int POINTS_EXPIRED = 106;
    public static final int REWARD_REDEMPTION = 107;
    public static final int PURCHASE = 109;
    /** Points taken back for returned order units. */
    public static final int PURCHASE_RETURN = 148;

    private SystemActions() {
    }

    /** Default definitions, awarding no fixed points. */
    public static List<Action> defaults() {
        return List.of(
                Action.active(MANUAL, "Manual credit/debit", 0),
                Action.active(POINTS_EXPIRED, "Points expired", 0),
                Action.active(REWARD_REDEMPTION, "Reward redemption", 0),
                Action.active(PURCHASE, "Purchase", 0));
    }
}
