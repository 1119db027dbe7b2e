package dev.annexkit.mock.domain.action;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.util.Map;

/**
 * A chain of actions that earns a bonus ("Based on Count"): the member completes it once they have earned
 * from each listed action at least its count of times; the bonus is credited once, with the credit that
 * completes it, under that credit's action.
 *
 * @param requiredCounts action id → completions needed
 */
public record ActionSeries(int seriesId, String name, Map<Integer, Integer> requiredCounts, long bonusPoints) {

    public static final String TYPE = "Based on Count";

    public ActionSeries {
        if (name == null || name.isBlank()) {
            throw new MissingField("actionseriesName");
        }
        if (requiredCounts == null || requiredCounts.isEmpty()) {
            throw new MissingField("requiredCounts");
        }
        requiredCounts.forEach((action, count) -> {
            if (count == null || count < 1) {
                throw new InvalidField("requiredCounts", "action " + action + " needs a count of at least 1");
            }
        });
        requiredCounts = Map.copyOf(requiredCounts);
        if (bonusPoints < 0) {
            throw new InvalidField("bonusPoints", "must not be negative, was " + bonusPoints);
        }
    }
}
