package dev.annexkit.mock.domain.action;

import dev.annexkit.mock.domain.member.Member;
import java.time.Instant;

/**
 * A member's state on one action series.
 *
 * @param completedAt      when the member completed it (its bonus was credited); null = not yet
 * @param bonusExpiresAt   when the bonus points expire; null = never or not completed
 */
public record ActionSeriesProgress(Member member, ActionSeries series, Instant completedAt, Instant bonusExpiresAt) {

    public boolean completed() {
        return completedAt != null;
    }
}
