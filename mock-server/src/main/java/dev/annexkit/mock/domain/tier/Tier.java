package dev.annexkit.mock.domain.tier;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;

/**
 * A membership level reached by lifetime points.
 *
 * @param level     display order, 1 = lowest
 * @param threshold lifetime points needed to be in this tier
 */
public record Tier(int tierId, String name, int level, long threshold) {

    public Tier {
        if (name == null || name.isBlank()) {
            throw new MissingField("name");
        }
        if (threshold < 0) {
            throw new InvalidField("threshold", "must not be negative, was " + threshold);
        }
    }
}
