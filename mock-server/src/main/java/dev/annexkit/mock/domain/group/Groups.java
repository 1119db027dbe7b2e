package dev.annexkit.mock.domain.group;

import dev.annexkit.mock.domain.error.GroupNotActive;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.InvitationNotFound;
import dev.annexkit.mock.domain.error.MemberAlreadyInGroup;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.NotGroupOwner;
import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hierarchy management: member groups, their invitations and shared points. A member belongs to at most one group;
 * the creator is its Owner and the only one who may change it or bring members in. Members listed at creation or
 * invited later join at once, or get a pending invitation when the site requires acceptance
 * ({@link GroupSettings}); each one succeeds or fails on its own. Dissolving a group releases its members; its
 * points stay in its account. Points movements are {@link GroupDesk}'s (through POST /points). Every call runs
 * under the program lock.
 */
public final class Groups {

    private final GroupContext state;
    private final CallGuard lock;
    private final GroupPoints desk;

    public Groups(GroupContext state, CallGuard lock, GroupPoints desk) {
        this.state = state;
        this.lock = lock;
        this.desk = desk;
    }

    /** The site's hierarchy flags. */
    public GroupSettings settings() {
        return lock.call(() -> state.groups().settings());
    }

    /** Changes the site's hierarchy flags (site configuration, e.g. in a test's arrange step). */
    public void configure(GroupSettings settings) {
        lock.run(() -> state.groups().settings(java.util.Objects.requireNonNull(settings, "settings")));
    }

    /** Creates a group owned by {@code ownerId} and brings in the listed members; {@code config} null: defaults. */
    public GroupCreation create(String ownerId, String name, List<NewGroupMember> members, GroupConfig config) {
        return lock.call(() -> {
            if (ownerId == null || ownerId.isBlank()) {
                throw new MissingField("id");
            }
            state.members().get(ownerId);
            if (name == null || name.isBlank()) {
                throw new MissingField("groupName");
            }
            Optional<Group> current = state.groups().groupOf(ownerId);
            if (current.isPresent()) {
                throw new MemberAlreadyInGroup(ownerId, current.get().groupId());
            }
            Instant now = state.now();
            GroupSettings settings = state.groups().settings();
            GroupConfig effective = settings.groupLevelPermissions() && config != null ? config : settings.siteDefault();
            Group group = new Group(state.groups().nextId(), name.trim(), GroupStatus.ACTIVE, effective, ownerId,
                    List.of(new GroupMembership(ownerId, GroupRole.OWNER, now)), now, now);
            state.groups().save(group);
            List<MemberAddResult> results = bringIn(group.groupId(), ownerId, members, now);
            return new GroupCreation(state.groups().get(group.groupId()), results);
        });
    }

    public GroupView group(String groupId) {
        return lock.call(() -> view(state.groups().get(groupId)));
    }

    /** The group the member belongs to, if any. */
    public Optional<GroupView> groupOf(String memberId) {
        return lock.call(() -> {
            state.members().get(memberId);
            return state.groups().groupOf(memberId).map(this::view);
        });
    }

    /** The group's shared points. */
    public PointBalance balance(String groupId) {
        return lock.call(() -> {
            state.groups().get(groupId);
            return state.groupLedger().balance(groupId, state.now());
        });
    }

    /** The group account's ledger entries, newest first. */
    public Page<LedgerEntry> activity(String groupId, PageRequest page) {
        return lock.call(() -> {
            state.groups().get(groupId);
            List<LedgerEntry> entries = new ArrayList<>(state.groupLedger().entries(groupId));
            java.util.Collections.reverse(entries);
            return Page.of(entries, page);
        });
    }

    /** Renames, re-statuses, configures or dissolves the group; only its owner may. */
    public GroupView update(String groupId, GroupChange change) {
        return lock.call(() -> {
            Group group = state.groups().get(groupId);
            if (change.updatedBy() == null || change.updatedBy().isBlank()) {
                throw new MissingField("updatedBy");
            }
            if (group.status() == GroupStatus.DELETED) {
                throw new GroupNotActive(groupId, "dissolved and can no longer change");
            }
            if (!group.ownerId().equals(change.updatedBy())) {
                throw new NotGroupOwner(change.updatedBy(), groupId);
            }
            if (change.name() != null && change.name().isBlank()) {
                throw new InvalidField("groupName", "must not be blank");
            }
            GroupStatus status = change.dissolve() ? GroupStatus.DELETED
                    : change.status() != null ? change.status() : group.status();
            GroupConfig config = state.groups().settings().groupLevelPermissions()
                    ? group.config().with(change.autoTransfer(), change.redemption()) : group.config();
            Group updated = group.changed(change.name() != null ? change.name().trim() : group.name(), status, config,
                    state.now());
            state.groups().save(updated);
            if (status == GroupStatus.DELETED) {
                state.groups().dropInvitations(groupId);
            }
            return view(updated);
        });
    }

    /** The owner brings members into an ACTIVE group; {@code ownerId} null: the owner is assumed. */
    public List<MemberAddResult> invite(String ownerId, String groupId, List<NewGroupMember> members) {
        return lock.call(() -> {
            Group group = state.groups().get(groupId);
            if (ownerId != null && !group.ownerId().equals(ownerId)) {
                throw new NotGroupOwner(ownerId, groupId);
            }
            if (!group.isActive()) {
                throw new GroupNotActive(groupId, group.status().name());
            }
            if (members == null || members.isEmpty()) {
                throw new MissingField("addMemberDetails");
            }
            return bringIn(groupId, group.ownerId(), members, state.now());
        });
    }

    /** The member answers a pending invitation: ACCEPTED joins the group, DECLINED drops the invitation. */
    public InvitationView respond(String memberId, String groupId, InvitationStatus answer) {
        return lock.call(() -> {
            state.members().get(memberId);
            if (groupId == null || groupId.isBlank()) {
                throw new MissingField("groupId");
            }
            if (answer == null || answer == InvitationStatus.PENDING) {
                throw new MissingField("invitationStatus");
            }
            Invitation pending = state.groups().pending(groupId, memberId)
                    .orElseThrow(() -> new InvitationNotFound(memberId, groupId));
            Group group = state.groups().get(groupId);
            if (answer == InvitationStatus.ACCEPTED) {
                Optional<Group> current = state.groups().groupOf(memberId);
                if (current.isPresent()) {
                    throw new MemberAlreadyInGroup(memberId, current.get().groupId());
                }
                if (!group.isActive()) {
                    throw new GroupNotActive(groupId, group.status().name());
                }
                group = group.joined(new GroupMembership(memberId, pending.role(), state.now()), state.now());
                state.groups().save(group);
            }
            Invitation answered = pending.answered(answer);
            state.groups().answer(answered);
            return new InvitationView(answered, group.name());
        });
    }

    /** The member's pending invitations, newest first. */
    public Page<InvitationView> invitations(String memberId, PageRequest page) {
        return lock.call(() -> {
            state.members().get(memberId);
            List<InvitationView> views = state.groups().pendingFor(memberId).stream()
                    .map(i -> new InvitationView(i, state.groups().get(i.groupId()).name())).toList();
            return Page.of(views, page);
        });
    }

    private GroupView view(Group group) {
        return new GroupView(group, state.groupLedger().balance(group.groupId(), state.now()));
    }

    private List<MemberAddResult> bringIn(String groupId, String inviter, List<NewGroupMember> members, Instant now) {
        List<MemberAddResult> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean invite = state.groups().settings().invitationAcceptanceRequired();
        for (NewGroupMember m : members == null ? List.<NewGroupMember>of() : members) {
            String id = m.memberId();
            GroupRole role = m.roleOrDefault();
            String refusal = refusal(groupId, id, role, seen);
            if (refusal != null) {
                results.add(new MemberAddResult(id, role, false, refusal, null));
            } else if (invite) {
                Invitation invitation = new Invitation(groupId, id, inviter, role, InvitationStatus.PENDING, now);
                state.groups().invite(invitation);
                results.add(new MemberAddResult(id, role, true, "Invitation to join the group sent.", invitation));
            } else {
                state.groups().save(state.groups().get(groupId).joined(new GroupMembership(id, role, now), now));
                results.add(new MemberAddResult(id, role, true, "Member added to the group.", null));
            }
        }
        return results;
    }

    /** Why this member cannot be brought in, or null when they can. */
    private String refusal(String groupId, String memberId, GroupRole role, Set<String> seen) {
        if (memberId == null || memberId.isBlank()) {
            return "memberId is missing.";
        }
        if (!seen.add(memberId)) {
            return "The member is listed more than once.";
        }
        if (role == GroupRole.OWNER) {
            return "A group has one owner, its creator.";
        }
        if (state.members().find(memberId).isEmpty()) {
            return "Member not found.";
        }
        Optional<Group> current = state.groups().groupOf(memberId);
        if (current.isPresent()) {
            return current.get().groupId().equals(groupId) ? "The member already belongs to this group."
                    : "The member already belongs to another group.";
        }
        if (state.groups().pending(groupId, memberId).isPresent()) {
            return "The member already has a pending invitation to this group.";
        }
        return null;
    }
}
