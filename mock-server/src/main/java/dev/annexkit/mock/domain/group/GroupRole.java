package dev.annexkit.mock.domain.group;

/** A member's role in a group; the creator is the one Owner. */
public enum GroupRole {
    OWNER("Owner"),
    MEMBER("Member");

    private final String displayName;

    GroupRole(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
