package dev.annexkit.mock.domain.group;

/** A member to bring into a group, with the role asked for (null: Member). */
public record NewGroupMember(String memberId, GroupRole role) {

    public GroupRole roleOrDefault() {
        return role == null ? GroupRole.MEMBER : role;
    }
}
