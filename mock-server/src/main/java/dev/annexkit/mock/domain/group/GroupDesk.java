package dev.annexkit.mock.domain.group;

import static dev.annexkit.mock.domain.group.GroupActions.GROUP_TRANSFER;
import static dev.annexkit.mock.domain.group.GroupActions.MEMBER_TRANSFER;

import dev.annexkit.mock.domain.error.DuplicateTransaction;
import dev.annexkit.mock.domain.error.GroupNotActive;
import dev.annexkit.mock.domain.error.GroupRedemptionNotAllowed;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.NotGroupMember;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.LedgerPostings;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.ledger.PointsDesk;
import dev.annexkit.mock.domain.ledger.PointsOutcome;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.tier.Tier;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Group points. A group's balance is its own account in {@code state.groupLedger()}, keyed by group id: a separate
 * ledger, so no member id can ever collide with a group's and every ledger rule (FIFO lots, expiry, the
 * invariant) holds for groups as for members. Every movement between a member and a group is a pair of entries,
 * one in each ledger, under the same action and naming each other in their attributes, so the points leaving one
 * side are exactly those arriving on the other.
 *
 * <ul>
 *   <li>action 160 + {@code groupId}: DEBIT moves points from the member to their group, CREDIT from the group to
 *       the member (spending group points, so the group's redemption permission applies);</li>
 *   <li>action 8055 + {@code transferToId}: DEBIT moves points to another member of the same group;</li>
 *   <li>any other DEBIT + {@code groupId}: spends the group's points (who may: {@code allowGroupPointsRedemption});</li>
 *   <li>roll-up: with {@code allowAutoTransferPointsToGroup}, each released credit a member earns moves on to the
 *       group at once (a 160 pair); held credits stay with the member.</li>
 * </ul>
 * Checks before writes; caller holds the program lock.
 */
final class GroupDesk implements GroupPoints {

    private final GroupContext state;
    private final LedgerPostings postings;

    GroupDesk(GroupContext state, LedgerPostings postings) {
        this.state = state;
        this.postings = postings;
    }

    /** Whether a points command belongs here rather than to {@link PointsDesk}. */
    @Override
    public boolean handles(PointsCommand c) {
        return c.groupId() != null || c.transferToId() != null || c.actionId() == GROUP_TRANSFER
                || c.actionId() == MEMBER_TRANSFER;
    }

    @Override
    public PointsOutcome apply(PointsCommand c) {
        Instant now = state.now();
        Member member = state.members().get(c.memberId());
        if (c.customId() != null && state.ledger().hasCustomId(member.id(), c.actionId(), c.customId())) {
            throw new DuplicateTransaction(member.id(), c.actionId(), c.customId());
        }
        PointBalance before = state.ledger().balance(member.id(), now);
        Tier tierBefore = state.tiers().tierFor(before.lifetime()).orElse(null);
        if (c.transferToId() != null && c.actionId() != MEMBER_TRANSFER) {
            throw new InvalidField("transferToId", "goes with actionId " + MEMBER_TRANSFER + " only");
        }
        LedgerEntry entry;
        Group group;
        if (c.actionId() == MEMBER_TRANSFER) {
            group = null;
            entry = memberTransfer(c, member, now);
        } else if (c.actionId() == GROUP_TRANSFER) {
            group = activeGroupOf(member, c.groupId());
            entry = groupTransfer(c, member, group, now);
        } else {
            group = activeGroupOf(member, c.groupId());
            entry = spendGroupPoints(c, member, group, now);
        }
        PointBalance after = state.ledger().balance(member.id(), now);
        Tier tierAfter = state.tiers().tierFor(after.lifetime()).orElse(null);
        boolean changed = !Objects.equals(tierBefore, tierAfter);
        return new PointsOutcome(entry, null, null, after, changed ? tierBefore : null, changed ? tierAfter : null,
                changed, group == null ? null : state.groupLedger().balance(group.groupId(), now));
    }

    /** Moves a member's freshly earned, released credit on to their group when the group rolls points up. */
    @Override
    public void rollUp(LedgerEntry credit) {
        Instant now = state.now();
        if (!credit.isCredit() || credit.isReversal() || credit.actionId() == GROUP_TRANSFER
                || credit.actionId() == MEMBER_TRANSFER || credit.releaseAt() != null && credit.releaseAt().isAfter(now)) {
            return;
        }
        Group group = state.groups().groupOf(credit.memberId()).filter(Group::isActive).orElse(null);
        if (group == null || !effective(group).autoTransfer()) {
            return;
        }
        Map<String, String> origin = Map.of("groupId", group.groupId(), "autoTransferOf", credit.entryId());
        postings.debit(state.ledger(), credit.memberId(), GROUP_TRANSFER, credit.points(),
                "Auto transfer to group " + group.groupId(), null, origin, now);
        postings.credit(state.groupLedger(), group.groupId(), GROUP_TRANSFER, credit.points(),
                "Auto transfer from " + credit.memberId(), null,
                Map.of("memberId", credit.memberId(), "autoTransferOf", credit.entryId()), now);
    }

    GroupConfig effective(Group group) {
        return state.groups().settings().groupLevelPermissions() ? group.config() : state.groups().settings().siteDefault();
    }

    private LedgerEntry memberTransfer(PointsCommand c, Member from, Instant now) {
        if (c.activity() != Activity.DEBIT) {
            throw new InvalidField("activity", "action " + MEMBER_TRANSFER + " moves points from id to transferToId: "
                    + "send DEBIT");
        }
        if (c.transferToId() == null || c.transferToId().isBlank()) {
            throw new MissingField("transferToId");
        }
        if (c.transferToId().equals(from.id())) {
            throw new InvalidField("transferToId", "must be another member than id");
        }
        Member to = state.members().get(c.transferToId());
        Group group = activeGroupOf(from, c.groupId());
        if (group.membership(to.id()).isEmpty()) {
            throw new NotGroupMember(to.id(), group.groupId());
        }
        long points = amount(c);
        postings.requireAvailable(state.ledger(), from.id(), points, now);
        LedgerEntry debit = postings.debit(state.ledger(), from.id(), MEMBER_TRANSFER, points,
                reason(c, "Transfer to " + to.id()), c.customId(),
                Map.of("transferToId", to.id(), "groupId", group.groupId()), now);
        postings.credit(state.ledger(), to.id(), MEMBER_TRANSFER, points, reason(c, "Transfer from " + from.id()), null,
                Map.of("transferFromId", from.id(), "groupId", group.groupId(), "transferOf", debit.entryId()), now);
        return debit;
    }

    private LedgerEntry groupTransfer(PointsCommand c, Member member, Group group, Instant now) {
        long points = amount(c);
        if (c.activity() == Activity.DEBIT) {
            postings.requireAvailable(state.ledger(), member.id(), points, now);
            LedgerEntry debit = postings.debit(state.ledger(), member.id(), GROUP_TRANSFER, points,
                    reason(c, "Transfer to group " + group.groupId()), c.customId(),
                    Map.of("groupId", group.groupId()), now);
            postings.credit(state.groupLedger(), group.groupId(), GROUP_TRANSFER, points,
                    reason(c, "Transfer from " + member.id()), null,
                    Map.of("memberId", member.id(), "transferOf", debit.entryId()), now);
            return debit;
        }
        requireMaySpend(member, group);
        postings.requireAvailable(state.groupLedger(), group.groupId(), points, now);
        LedgerEntry debit = postings.debit(state.groupLedger(), group.groupId(), GROUP_TRANSFER, points,
                reason(c, "Transfer to " + member.id()), null, Map.of("memberId", member.id()), now);
        return postings.credit(state.ledger(), member.id(), GROUP_TRANSFER, points,
                reason(c, "Transfer from group " + group.groupId()), c.customId(),
                Map.of("groupId", group.groupId(), "transferOf", debit.entryId()), now);
    }

    private LedgerEntry spendGroupPoints(PointsCommand c, Member member, Group group, Instant now) {
        if (c.activity() != Activity.DEBIT) {
            throw new InvalidField("groupId", "points reach a group only through action " + GROUP_TRANSFER);
        }
        if (c.rewardId() != null) {
            throw new InvalidField("rewardId", "group points are spent with a debit amount; the mock does not "
                    + "redeem rewards from group points");
        }
        state.actions().get(c.actionId());
        requireMaySpend(member, group);
        if (c.customId() != null && state.groupLedger().hasCustomId(group.groupId(), c.actionId(), c.customId())) {
            throw new DuplicateTransaction(group.groupId(), c.actionId(), c.customId());
        }
        long points = amount(c);
        postings.requireAvailable(state.groupLedger(), group.groupId(), points, now);
        return postings.debit(state.groupLedger(), group.groupId(), c.actionId(), points,
                reason(c, "Group points spent by " + member.id()), c.customId(), Map.of("memberId", member.id()), now);
    }

    /** The member's group, which must be the one named (when named) and ACTIVE. */
    private Group activeGroupOf(Member member, String groupId) {
        Group group;
        if (groupId != null) {
            group = state.groups().get(groupId);
            if (group.membership(member.id()).isEmpty()) {
                throw new NotGroupMember(member.id(), groupId);
            }
        } else {
            group = state.groups().groupOf(member.id())
                    .orElseThrow(() -> new NotGroupMember(member.id(), null));
        }
        if (!group.isActive()) {
            throw new GroupNotActive(group.groupId(), group.status().name());
        }
        return group;
    }

    private void requireMaySpend(Member member, Group group) {
        if (effective(group).redemption() == RedemptionPermission.OWNER && !group.ownerId().equals(member.id())) {
            throw new GroupRedemptionNotAllowed(member.id(), group.groupId());
        }
    }

    private static long amount(PointsCommand c) {
        if (c.points() == null) {
            throw new MissingField(c.activity() == Activity.DEBIT ? "debit" : "credit");
        }
        return c.points();
    }

    private static String reason(PointsCommand c, String fallback) {
        return c.reason() != null ? c.reason() : fallback;
    }
}
