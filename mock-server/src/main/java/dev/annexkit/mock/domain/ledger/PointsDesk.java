package dev.annexkit.mock.domain.ledger;

import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.action.ActionSeries;
import dev.annexkit.mock.domain.action.ActionStatus;
import dev.annexkit.mock.domain.action.ActionUsage;
import dev.annexkit.mock.domain.action.SystemActions;
import dev.annexkit.mock.domain.campaign.Campaign;
import dev.annexkit.mock.domain.campaign.CampaignBook;
import dev.annexkit.mock.domain.campaign.Campaigns;
import dev.annexkit.mock.domain.campaign.Milestone;
import dev.annexkit.mock.domain.error.ActionCoolingDown;
import dev.annexkit.mock.domain.error.ActionLimitReached;
import dev.annexkit.mock.domain.error.DuplicateOrder;
import dev.annexkit.mock.domain.error.DuplicateTransaction;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.group.GroupPoints;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.reward.AssignmentStatus;
import dev.annexkit.mock.domain.reward.RewardSource;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.domain.reward.RewardHandouts;
import dev.annexkit.mock.domain.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Carries out points commands (POST /points, each entry of POST /bulkpoints, and any other area's credits,
 * e.g. orders: build a {@link PointsCommand} and call {@link #apply}). Every rule is checked before the first
 * write, so a command that throws leaves the program exactly as it was. Caller holds the program lock.
 *
 * <p>Rules, in order: member and action exist; the member is not blocklisted; {@code customId} is new for the
 * action; a credit's {@code orderId} is new for the member unless {@code retry}; then for a credit: the action
 * is active, its cooldown has passed and its limit is not reached (a points limit cuts the credit to what is
 * left); running campaigns add their points and campaign milestones and action series completed by this
 * credit add their bonuses, each as its own entry. For a debit: a reward redemption goes to the reward area
 * ({@link RewardHandouts}); any other debit needs the points, and a {@code reason} when it is a custom redemption
 * (any action but 100); beyond the available balance it is refused unless negative points are allowed, in
 * which case the balance stops at zero and the rest is disregarded.
 */
public final class PointsDesk {

    static final String PROMOTIONAL = "Promotional";

    private final LedgerContext state;
    private final RewardHandouts rewardDesk;
    private final GroupPoints groupDesk;

    public PointsDesk(LedgerContext state, RewardHandouts rewardDesk, GroupPoints groupDesk) {
        this.state = state;
        this.rewardDesk = rewardDesk;
        this.groupDesk = groupDesk;
    }

    public PointsOutcome apply(PointsCommand command) {
        requireShape(command);
        if (groupDesk.handles(command)) { // actions 160/8055 and group points (groupId)
            return groupDesk.apply(command);
        }
        Instant now = state.now();
        Member member = state.members().get(command.memberId());
        Action action = state.actions().get(command.actionId());
        state.requireNotBlocked(member);
        if (command.customId() != null
                && state.ledger().hasCustomId(member.id(), action.actionId(), command.customId())) {
            throw new DuplicateTransaction(member.id(), action.actionId(), command.customId());
        }
        if (command.activity() == Activity.CREDIT && command.orderId() != null && !command.retry()
                && state.ledger().hasOrderCredit(member.id(), command.orderId())) {
            throw new DuplicateOrder(member.id(), command.orderId());
        }
        PointBalance before = state.ledger().balance(member.id(), now);
        Tier tierBefore = state.tierFor(member.id(), before.lifetime()).orElse(null);

        LedgerEntry entry;
        String code = null;
        String assignId = null;
        if (command.activity() == Activity.CREDIT) {
            List<LedgerEntry> entries = planCredit(command, member, action, now);
            entries.forEach(state.ledger()::append);
            entries.forEach(groupDesk::rollUp);
            entry = entries.get(0);
        } else if (command.rewardId() != null) {
            Reward reward = state.rewards().getLive(command.rewardId());
            RewardHandouts.Handout handout = rewardDesk.handOut(member, reward, AssignmentStatus.REDEEMED,
                    RewardSource.manual(null, null, command.reason()), command, now);
            entry = handout.debit();
            code = handout.assignment().couponCode();
            assignId = handout.assignment().assignId();
        } else {
            entry = debit(command, member, action, before, now);
        }

        PointBalance after = state.ledger().balance(member.id(), now);
        Tier tierAfter = state.tierFor(member.id(), after.lifetime()).orElse(null);
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

    /** The credit and its bonus entries, first the credit itself; nothing is written here. */
    private List<LedgerEntry> planCredit(PointsCommand c, Member member, Action action, Instant now) {
        if (action.status() != ActionStatus.ACTIVE) {
            throw new InvalidField("actionId", "action " + action.actionId() + " is inactive");
        }
        long amount = c.points() != null ? c.points() : action.points();
        if (amount <= 0) {
            throw new InvalidField("credit", "action " + action.actionId() + " (" + action.name()
                    + ") has no configured points; give the points to credit");
        }
        List<LedgerEntry> history = state.ledger().entries(member.id());
        ActionUsage usage = ActionUsage.of(action, history, now);
        Instant next = usage.nextEarningAt(action, now);
        if (next != null) {
            throw new ActionCoolingDown(member.id(), action.actionId(), Duration.between(now, next), next);
        }
        if (usage.limitReached(action.limit())) {
            throw new ActionLimitReached(member.id(), action.actionId(), action.limit().display());
        }
        amount = usage.allowedPoints(action.limit(), amount);

        Instant expiry = action.expireInDays() > 0 ? now.plus(Duration.ofDays(action.expireInDays()))
                : state.expiryFor(now).orElse(null);
        Instant release = action.holdDays() > 0 ? now.plus(Duration.ofDays(action.holdDays())) : null;
        List<LedgerEntry> planned = new ArrayList<>();
        planned.add(new LedgerEntry(state.nextId(), member.id(), action.actionId(), Activity.CREDIT, amount,
                c.reason(), c.rewardId(), null, c.orderId(), c.customId(), c.storeId(), c.pointType(), now,
                expiry, release, Map.of(), null));

        for (CampaignBook.Bonus bonus : state.campaigns().bonusFor(
                campaign -> state.inAudience(campaign, member, now), action.actionId(), amount, now)) {
            planned.add(bonusEntry(member, action, bonus.points(), "Campaign " + bonus.campaign().campaignId()
                    + " (" + bonus.campaign().name() + ")", Map.of("campaignId", bonus.campaign().campaignId()),
                    now, expiry, release));
        }
        for (Campaign campaign : state.campaigns().all()) {
            if (!campaign.qualifies(action.actionId(), now) || !state.inAudience(campaign, member, now)) {
                continue;
            }
            int credits = Campaigns.qualifyingCredits(campaign, history) + 1;
            for (Milestone m : campaign.milestones()) {
                if (m.requiredCredits() == credits && m.bonusPoints() > 0) {
                    planned.add(bonusEntry(member, action, m.bonusPoints(), "Campaign " + campaign.campaignId()
                            + " milestone " + m.number(), Map.of("campaignId", campaign.campaignId(),
                            "milestone", Integer.toString(m.number())), now, expiry, release));
                }
            }
        }
        for (ActionSeries series : state.actionSeries().values()) {
            if (series.requiredCounts().containsKey(action.actionId()) && series.bonusPoints() > 0
                    && !seriesCompleted(series, history) && seriesCompletedWith(series, history, action)) {
                planned.add(bonusEntry(member, action, series.bonusPoints(), "Action series " + series.seriesId()
                        + " (" + series.name() + ") completed",
                        Map.of("actionSeriesId", Integer.toString(series.seriesId())), now, expiry, release));
            }
        }
        return planned;
    }

    private LedgerEntry bonusEntry(Member member, Action action, long points, String reason,
                                   Map<String, String> marks, Instant now, Instant expiry, Instant release) {
        return new LedgerEntry(state.nextId(), member.id(), action.actionId(), Activity.CREDIT, points, reason,
                null, null, null, null, null, PROMOTIONAL, now, expiry, release, marks, null);
    }

    static boolean seriesCompleted(ActionSeries series, List<LedgerEntry> history) {
        String id = Integer.toString(series.seriesId());
        return history.stream().anyMatch(e -> id.equals(e.attributes().get("actionSeriesId")));
    }

    /** Whether the history plus one more credit of {@code action} meets every count of the series. */
    private static boolean seriesCompletedWith(ActionSeries series, List<LedgerEntry> history, Action action) {
        for (Map.Entry<Integer, Integer> need : series.requiredCounts().entrySet()) {
            long done = history.stream().filter(e -> ActionUsage.isEarning(e, need.getKey())).count();
            if (need.getKey() == action.actionId()) {
                done++;
            }
            if (done < need.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** A manual debit (action 100) or a custom redemption (any other action, with a reason). */
    private LedgerEntry debit(PointsCommand c, Member member, Action action, PointBalance before, Instant now) {
        if (c.points() == null) {
            throw new MissingField("debit");
        }
        if (action.actionId() != SystemActions.MANUAL && (c.reason() == null || c.reason().isBlank())) {
            throw new MissingField("reason");
        }
        boolean allowNegative = c.allowNegativePoints() != null ? c.allowNegativePoints()
                : state.allowNegativePoints();
        long taken = c.points();
        if (taken > before.available()) {
            if (!allowNegative) {
                throw new InsufficientPoints(member.id(), c.points(), before.available());
            }
            taken = before.available();
            state.ledger().disregard(member.id(), c.points() - taken);
        }
        if (taken == 0) {
            return null;
        }
        LedgerEntry entry = new LedgerEntry(state.nextId(), member.id(), action.actionId(), Activity.DEBIT,
                taken, c.reason(), null, null, c.orderId(), c.customId(), c.storeId(), c.pointType(), now, null,
                null, Map.of(), null);
        state.ledger().append(entry);
        return entry;
    }

    private static String amountField(PointsCommand c) {
        return c.activity() == Activity.DEBIT ? "debit" : "credit";
    }
}
