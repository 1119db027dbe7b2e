package dev.annexkit.mock.domain.group;

/**
 * Changes to a group; null keeps a value. {@code dissolve} (Annex Cloud's {@code deleteGroup: YES}) or
 * {@code status} DELETED dissolves it.
 */
public record GroupChange(String updatedBy, String name, GroupStatus status, boolean dissolve,
                          Boolean autoTransfer, RedemptionPermission redemption) {
}
