package dev.annexkit.mock.domain.receipt;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a receipt is in verification, with its transition table.
 *
 * <pre>
 *   PENDING ──► POINTS_AWARDED | REJECTED
 *   POINTS_AWARDED, REJECTED: final (a receipt is credited at most once)
 * </pre>
 */
public enum ReceiptStatus {
    PENDING("Pending"),
    POINTS_AWARDED("Points Awarded"),
    REJECTED("Rejected");

    private static final Map<ReceiptStatus, Set<ReceiptStatus>> NEXT = Map.of(
            PENDING, EnumSet.of(POINTS_AWARDED, REJECTED),
            POINTS_AWARDED, EnumSet.noneOf(ReceiptStatus.class),
            REJECTED, EnumSet.noneOf(ReceiptStatus.class));

    private final String displayName;

    ReceiptStatus(String displayName) {
        this.displayName = displayName;
    }

    /** The name on the wire, e.g. {@code Points Awarded}. */
    public String displayName() {
        return displayName;
    }

    /** Whether a receipt in this status may be decided as {@code target}. */
    public boolean canMoveTo(ReceiptStatus target) {
        return NEXT.get(this).contains(target);
    }
}
