package dev.annexkit.mock.domain.group;

import java.util.Objects;

/**
 * The site's hierarchy flags.
 *
 * @param invitationAcceptanceRequired Annex Cloud's "Group Invitation Acceptance Required": members brought into
 *                                     a group get a pending invitation instead of joining at once
 * @param groupLevelPermissions        Annex Cloud's "Enable Group Level Permission": a group's own
 *                                     {@code groupConfigurations} apply; otherwise every group uses
 *                                     {@code siteDefault}
 * @param siteDefault                  the configuration of a group that sets none
 */
public record GroupSettings(boolean invitationAcceptanceRequired, boolean groupLevelPermissions,
                            GroupConfig siteDefault) {

    /** Members join at once, groups may configure themselves, default: no roll-up, owner spends. */
    public static final GroupSettings DEFAULT = new GroupSettings(false, true, GroupConfig.DEFAULT);

    public GroupSettings {
        Objects.requireNonNull(siteDefault, "siteDefault");
    }

    public GroupSettings withInvitationAcceptanceRequired(boolean required) {
        return new GroupSettings(required, groupLevelPermissions, siteDefault);
    }
}
