package dev.annexkit.mock.domain.group;

/**
 * Group-level permissions.
 *
 * @param autoTransfer every point a member earns rolls up to the group at once (Annex Cloud's
 *                     {@code allowAutoTransferPointsToGroup: YES}); otherwise members transfer by hand (action 160)
 * @param redemption   who may spend the group's points
 */
public record GroupConfig(boolean autoTransfer, RedemptionPermission redemption) {

    /** No roll-up; only the owner spends. */
    public static final GroupConfig DEFAULT = new GroupConfig(false, RedemptionPermission.OWNER);

    public GroupConfig {
        if (redemption == null) {
            redemption = RedemptionPermission.OWNER;
        }
    }

    /** This configuration with the given changes; null keeps a value. */
    public GroupConfig with(Boolean newAutoTransfer, RedemptionPermission newRedemption) {
        return new GroupConfig(newAutoTransfer != null ? newAutoTransfer : autoTransfer,
                newRedemption != null ? newRedemption : redemption);
    }
}
