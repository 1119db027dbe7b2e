package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.action.ActionStatus;
import dev.annexkit.mock.domain.error.DuplicateTransaction;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.ledger.PointsOutcome;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.reward.AssignmentStatus;
import dev.annexkit.mock.domain.reward.IssuanceDetails;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.domain.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Carries out points commands (POST /points). Every rule is checked before the first write, so a command
 * that throws leaves the program exactly as it was. Caller holds the program lock.
 */
final class PointsDesk {

    private final ProgramState state;
    private final RewardDesk rewardDesk;
    private final GroupDesk groupDesk;

    PointsDesk(ProgramState state, RewardDesk rewardDesk, GroupDesk groupDesk) {
        this.state = state;
        this.rewardDesk = rewardDesk;
        this.groupDesk = groupDesk;
    }

    PointsOutcome apply(PointsCommand command) {
        requireShape(command);
        if (groupDesk.handles(command)) { // actions 160/8055 and group points (groupId)
            return groupDesk.apply(command);
        }
        Instant now = state.now();
        Member member = state.members.get(command.memberId());
        Action action = state.actions.get(command.actionId());
        if (command.customId() != null
                && state.ledger.hasCustomId(member.id(), action.actionId(), command.customId())) {
            throw new DuplicateTransaction(member.id(), action.actionId(), command.customId());
        }
        PointBalance before = state.ledger.balance(member.id(), now);
        Tier tierBefore = state.tiers.tierFor(before.lifetime()).orElse(null);

        LedgerEntry entry;
        String code = null;
        String assignId = null;
        if (command.activity() == Activity.CREDIT) {
            entry = credit(command, member, action, now);
            state.ledger.append(entry);
            groupDesk.rollUp(entry);
        } else if (command.rewardId() != null) {
            Reward reward = state.rewards.getLive(command.rewardId());
            RewardDesk.Handout handout = rewardDesk.handOut(member, reward, AssignmentStatus.REDEEMED,
                    IssuanceDetails.manual(null, null, command.reason()), command, now);
            entry = handout.debit();
            code = handout.assignment().couponCode();
            assignId = handout.assignment().assignId();
        } else {
            entry = debit(command, member, action, before, now);
            state.ledger.append(entry);
        }

        PointBalance after = state.ledger.balance(member.id(), now);
        Tier tierAfter = state.tiers.tierFor(after.lifetime()).orElse(null);
        boolean changed = !Objects.equals(tierBefore, tierAfter);
        return new PointsOutcome(entry, code, assignId, after, changed ? tierBefore : null,
                changed ? tierAfter : null, changed);
    }

    private static void requireShape(PointsCommand c) {
        if (c == null) {
            throw new MissingField("id");
        }
        if (c.memberId() == null || c.memberId().isBlank()) {
            throw new MissingField("id");
        }
        if (c.actionId() == null) {
            throw new MissingField("actionId");
        }
        if (c.activity() == null) {
            throw new MissingField("activity");
        }
        if (c.points() != null && c.points() <= 0) {
            throw new InvalidField(amountField(c), "must be a positive number of points, was " + c.points());
        }
    }

    private LedgerEntry credit(PointsCommand c, Member member, Action action, Instant now) {
        if (action.status() != ActionStatus.ACTIVE) {
            throw new InvalidField("actionId", "action " + action.actionId() + " is inactive");
        }
        long amount = c.points() != null ? c.points() : action.points();
        if (amount <= 0) {
            throw new InvalidField("credit", "action " + action.actionId() + " (" + action.name()
                    + ") has no configured points; give the points to credit");
        }
        Instant release = action.holdDays() > 0 ? now.plus(Duration.ofDays(action.holdDays())) : null;
        return new LedgerEntry(state.ids.nextId(), member.id(), action.actionId(), Activity.CREDIT, amount,
                c.reason(), c.rewardId(), null, c.orderId(), c.customId(), c.storeId(), c.pointType(), now,
                state.settings.expiryFor(now).orElse(null), release, Map.of(), null);
    }

    private LedgerEntry debit(PointsCommand c, Member member, Action action, PointBalance before, Instant now) {
        if (c.points() == null) {
            throw new MissingField("debit");
        }
        if (c.points() > before.available()) {
            throw new InsufficientPoints(member.id(), c.points(), before.available());
        }
        return new LedgerEntry(state.ids.nextId(), member.id(), action.actionId(), Activity.DEBIT, c.points(),
                c.reason(), null, null, c.orderId(), c.customId(), c.storeId(), c.pointType(), now, null, null,
                Map.of(), null);
    }

    private static String amountField(PointsCommand c) {
        return c.activity() == Activity.DEBIT ? "debit" : "credit";
    }
}
