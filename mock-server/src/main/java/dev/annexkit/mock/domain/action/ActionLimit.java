package dev.annexkit.mock.domain.action;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.util.Locale;

/**
 * How much one member may earn from an action per {@link ActionPeriod}: at most {@code maxTimes} credits
 * and/or at most {@code maxPoints} points (0 = no bound of that kind). A credit that would pass
 * {@code maxPoints} is cut to what is left; one that finds either bound already reached is refused.
 */
public record ActionLimit(int maxTimes, long maxPoints, ActionPeriod period) {

    public ActionLimit {
        if (period == null) {
            throw new MissingField("period");
        }
        if (maxTimes < 0) {
            throw new InvalidField("maxTimes", "must not be negative, was " + maxTimes);
        }
        if (maxPoints < 0) {
            throw new InvalidField("maxPoints", "must not be negative, was " + maxPoints);
        }
        if (maxTimes == 0 && maxPoints == 0) {
            throw new InvalidField("limit", "give maxTimes or maxPoints");
        }
    }

    /** At most {@code n} credits per period. */
    public static ActionLimit times(int n, ActionPeriod period) {
        return new ActionLimit(n, 0, period);
    }

    /** At most {@code points} points per period. */
    public static ActionLimit points(long points, ActionPeriod period) {
        return new ActionLimit(0, points, period);
    }

    /** The limit as members see it, e.g. {@code 5 per month} or {@code 250 points per week}. */
    public String display() {
        String per = period == ActionPeriod.LIFETIME ? " in total" : " per " + period.displayName().toLowerCase(Locale.ROOT);
        if (maxTimes > 0 && maxPoints > 0) {
            return maxTimes + " times or " + maxPoints + " points" + per;
        }
        return maxTimes > 0 ? maxTimes + per : maxPoints + " points" + per;
    }
}
