package dev.annexkit.mock.domain.group;

import dev.annexkit.mock.domain.error.GroupNotFound;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups, who belongs to which (a member to at most one group that is not dissolved) and the invitations.
 * Guarded by the program lock.
 */
public final class GroupDirectory {

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, String> groupOfMember = new HashMap<>();
    private final List<Invitation> invitations = new ArrayList<>();
    private GroupSettings settings = GroupSettings.DEFAULT;
    private long counter = 90;

    public GroupSettings settings() {
        return settings;
    }

    public void settings(GroupSettings newSettings) {
        settings = newSettings;
    }

    /** The last group id handed out (part of the saved state, so ids never repeat). */
    public long counter() {
        return counter;
    }

    /** Continues numbering after {@code last} (restoring a saved state). */
    public void resumeAfter(long last) {
        counter = last;
    }

    /** Numeric string ids, as Annex Cloud assigns them. */
    public String nextId() {
        return Long.toString(++counter);
    }

    public Group get(String groupId) {
        Group group = groups.get(groupId);
        if (group == null) {
            throw new GroupNotFound(groupId);
        }
        return group;
    }

    /** The group the member belongs to, if any (dissolved groups release their members). */
    public Optional<Group> groupOf(String memberId) {
        return Optional.ofNullable(groupOfMember.get(memberId)).map(groups::get);
    }

    /** Stores the group and re-indexes its members. */
    public void save(Group group) {
        Group before = groups.put(group.groupId(), group);
        if (before != null) {
            before.members().forEach(m -> groupOfMember.remove(m.memberId()));
        }
        group.members().forEach(m -> groupOfMember.put(m.memberId(), group.groupId()));
    }

    public Optional<Invitation> pending(String groupId, String memberId) {
        return invitations.stream().filter(i -> i.status() == InvitationStatus.PENDING
                && i.groupId().equals(groupId) && i.memberId().equals(memberId)).findFirst();
    }

    public void invite(Invitation invitation) {
        invitations.add(invitation);
    }

    /** Replaces the pending invitation of the same group and member with its answer. */
    public void answer(Invitation answered) {
        for (int i = 0; i < invitations.size(); i++) {
            Invitation inv = invitations.get(i);
            if (inv.status() == InvitationStatus.PENDING && inv.groupId().equals(answered.groupId())
                    && inv.memberId().equals(answered.memberId())) {
                invitations.set(i, answered);
                return;
            }
        }
    }

    /** The member's pending invitations, newest first. */
    public List<Invitation> pendingFor(String memberId) {
        List<Invitation> mine = new ArrayList<>();
        for (Invitation i : invitations) {
            if (i.status() == InvitationStatus.PENDING && i.memberId().equals(memberId)) {
                mine.add(i);
            }
        }
        Collections.reverse(mine);
        return mine;
    }

    /** Declines every pending invitation into a dissolved group. */
    public void dropInvitations(String groupId) {
        for (int i = 0; i < invitations.size(); i++) {
            Invitation inv = invitations.get(i);
            if (inv.status() == InvitationStatus.PENDING && inv.groupId().equals(groupId)) {
                invitations.set(i, inv.answered(InvitationStatus.DECLINED));
            }
        }
    }

    /** Every group, by id (for the state export). */
    public List<Group> all() {
        return groups.values().stream().sorted(java.util.Comparator.comparing(Group::groupId)).toList();
    }

    /** Every invitation, pending or answered, in the order they were sent (for the state export). */
    public List<Invitation> invitations() {
        return List.copyOf(invitations);
    }
}
