package dev.annexkit.mock.domain.group;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A member group (household, team) with its one owner and its members, in joining order. */
public record Group(String groupId, String name, GroupStatus status, GroupConfig config, String ownerId,
                    List<GroupMembership> members, Instant createdAt, Instant updatedAt) {

    public Group {
        members = List.copyOf(members);
    }

    public Optional<GroupMembership> membership(String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst();
    }

    public boolean isActive() {
        return status == GroupStatus.ACTIVE;
    }

    public Group joined(GroupMembership membership, Instant now) {
        List<GroupMembership> more = new ArrayList<>(members);
        more.add(membership);
        return new Group(groupId, name, status, config, ownerId, more, createdAt, now);
    }

    public Group changed(String newName, GroupStatus newStatus, GroupConfig newConfig, Instant now) {
        return new Group(groupId, newName, newStatus, newConfig,
                ownerId, newStatus == GroupStatus.DELETED ? List.of() : members, createdAt, now);
    }
}
