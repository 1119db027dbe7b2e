package dev.annexkit.mock.domain.reward;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Status of a reward handed to a member ({@code member_reward_status}), with its transition table.
 *
 * <pre>
 *   AWARDED ──► REDEEMED | EXPIRED | CANCELLED
 *   REDEEMED, EXPIRED, CANCELLED: terminal
 * </pre>
 * Staying in the same status is always allowed, so an update can just add collected data or benefit details.
 */
public enum AssignmentStatus {
    AWARDED("Awarded"),
    REDEEMED("Redeemed"),
    EXPIRED("Expired"),
    CANCELLED("Cancelled");

    private static final Map<AssignmentStatus, Set<AssignmentStatus>> NEXT = Map.of(
            AWARDED, EnumSet.of(REDEEMED, EXPIRED, CANCELLED),
            REDEEMED, EnumSet.noneOf(AssignmentStatus.class),
            EXPIRED, EnumSet.noneOf(AssignmentStatus.class),
            CANCELLED, EnumSet.noneOf(AssignmentStatus.class));

    private final String displayName;

    AssignmentStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether an assignment in this status may be moved to {@code target}. */
    public boolean canMoveTo(AssignmentStatus target) {
        return target == this || NEXT.get(this).contains(target);
    }
}
