package dev.annexkit.mock.domain.reward;

import dev.annexkit.mock.domain.action.SystemActions;
import dev.annexkit.mock.domain.error.IllegalAssignmentTransition;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.error.RewardNotEligible;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.Member;
import java.time.Instant;
import java.util.Map;

/**
 * Hands rewards to members and moves assignments through their status table. Redemption through POST /points
 * and assignment through the Rewards V2 API share {@link #handOut}, so both debit, issue coupons and record
 * history the same way. Checks come before writes; caller holds the program lock.
 */
final class RewardDesk implements RewardHandouts {

    private final RewardContext state;

    RewardDesk(RewardContext state) {
        this.state = state;
    }

    /**
     * Checks eligibility, balance and stock, then debits the price (action 107, the reward's transaction
     * attributes on the entry), issues one coupon when coupon-based and records the assignment.
     *
     * @param command the originating points command, for its reference fields; null for an assignment
     */
    @Override
    public Handout handOut(Member member, Reward reward, AssignmentStatus initial, RewardSource details,
                    PointsCommand command, Instant now) {
        state.requireNotBlocked(member);
        MemberFacts facts = state.facts(member, now);
        if (!EligibilityEvaluator.isEligible(reward.eligibility(), facts)) {
            throw new RewardNotEligible(reward.rewardId(), member.id());
        }
        if (reward.pointsPrice() > facts.availablePoints()) {
            throw new InsufficientPoints(member.id(), reward.pointsPrice(), facts.availablePoints());
        }
        state.rewards().requireStock(reward);

        String assignId = state.nextId();
        String code = state.rewards().issueCoupon(reward);
        LedgerEntry debit = null;
        if (reward.pointsPrice() > 0) {
            int actionId = command != null ? command.actionId() : SystemActions.REWARD_REDEMPTION;
            String reason = command != null && command.reason() != null ? command.reason()
                    : "Reward " + reward.rewardId() + " (assignment " + assignId + ")";
            debit = new LedgerEntry(state.nextId(), member.id(), actionId, Activity.DEBIT, reward.pointsPrice(),
                    reason, reward.rewardId(), code, command == null ? null : command.orderId(),
                    command == null ? null : command.customId(), command == null ? null : command.storeId(),
                    command == null ? null : command.pointType(), now, null, null, reward.transactionAttributes(),
                    null);
            state.ledger().append(debit);
        }
        if (initial == AssignmentStatus.REDEEMED) {
            state.rewards().markRedeemed(reward.rewardId(), code);
        }
        RewardAssignment assignment = new RewardAssignment(assignId, reward.rewardId(), member.id(), initial,
                reward.pointsPrice(), debit == null ? null : debit.entryId(), code, details.sourceType(),
                details.sourceId(), details.sourceName(), details.notes(), Map.of(),
                code == null ? Map.of() : Map.of("reward_code", code), now, now);
        state.assignments().save(assignment);
        return new Handout(assignment, debit);
    }

    /**
     * Moves an assignment along its table. CANCELLED refunds the debit with a reversal credit; the coupon code
     * is voided, not returned to the pool. REDEEMED counts the coupon as redeemed. EXPIRED keeps the points.
     */
    @Override
    public RewardAssignment update(RewardAssignment current, AssignmentStatus requested, Map<String, String> collected,
                            Map<String, String> benefits, Instant now) {
        AssignmentStatus target = requested == null ? current.status() : requested;
        if (!current.status().canMoveTo(target)) {
            throw new IllegalAssignmentTransition(current.assignId(), current.status().displayName(),
                    target.displayName());
        }
        if (target != current.status()) {
            switch (target) {
                case REDEEMED -> state.rewards().markRedeemed(current.rewardId(), current.couponCode());
                case CANCELLED -> refund(current, now);
                case EXPIRED, AWARDED -> { }
            }
        }
        RewardAssignment updated = current.updated(target, collected, benefits, now);
        state.assignments().save(updated);
        return updated;
    }

    private void refund(RewardAssignment assignment, Instant now) {
        if (assignment.debitEntryId() == null) {
            return;
        }
        state.ledger().append(new LedgerEntry(state.nextId(), assignment.memberId(),
                SystemActions.REWARD_REDEMPTION, Activity.CREDIT, assignment.debitPoints(),
                "Refund for cancelled reward assignment " + assignment.assignId(), assignment.rewardId(), null,
                null, null, null, "Reversal Standard", now, state.expiryFor(now).orElse(null), null,
                Map.of(), assignment.debitEntryId()));
    }
}
