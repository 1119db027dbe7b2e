package dev.annexkit.mock.domain.group;

/** Who may spend the group's points: only the owner, or every member. */
public enum RedemptionPermission {
    OWNER,
    ALL
}
