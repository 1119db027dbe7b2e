package dev.annexkit.mock.domain.group;

/** The points actions of hierarchy management, as Annex Cloud numbers them. */
public final class GroupActions {

    /** Points move between a member and their group ({@code groupId}). */
    public static final int GROUP_TRANSFER = 160;
    /** Points move from one member to another of the same group ({@code transferToId}). */
    public static final int MEMBER_TRANSFER = 8055;

    private GroupActions() {
    }
}
