package dev.annexkit.mock.domain.action;

/**
 * An action with one member's progress: for a limited action, completions count in the limit's current period
 * and {@code requiredCount} is its {@code maxTimes}; otherwise one completion is required and all count.
 */
public record MemberActionView(Action action, int requiredCount, int completedCount, boolean limitReached) {

    public int pendingCount() {
        return Math.max(0, requiredCount - completedCount);
    }

    public boolean completed() {
        return completedCount >= requiredCount;
    }
}
