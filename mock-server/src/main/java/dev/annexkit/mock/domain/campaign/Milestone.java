package dev.annexkit.mock.domain.campaign;

import dev.annexkit.mock.domain.error.InvalidField;

/** A step of a campaign: after {@code requiredCredits} qualifying credits the member gets {@code bonusPoints}. */
public record Milestone(int number, String name, int requiredCredits, long bonusPoints) {

    public Milestone {
        if (requiredCredits < 1) {
            throw new InvalidField("requiredCredits", "must be at least 1, was " + requiredCredits);
        }
        if (bonusPoints < 0) {
            throw new InvalidField("bonusPoints", "must not be negative, was " + bonusPoints);
        }
    }
}
