package dev.annexkit.mock.domain.reward;

import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.Member;
import java.time.Instant;
import java.util.Map;

/**
 * What the reward area offers the program (Rewards V2 assignments) and the points ledger (redemption through
 * POST /points): handing a reward to a member and moving an assignment along its status table. Both paths share
 * one set of rules, kept in this package; callers hold the program lock.
 */
public interface RewardHandouts {

    /** A reward handed out: the assignment and the debit that paid for it (null for a free reward). */
    record Handout(RewardAssignment assignment, LedgerEntry debit) {
    }

    /** The reward rules of this program. */
    static RewardHandouts of(RewardContext state) {
        return new RewardDesk(state);
    }

    /**
     * Checks eligibility, balance and stock, then debits the price, issues a coupon when coupon-based and
     * records the assignment in status {@code initial}.
     *
     * @param command the originating points command, for its reference fields; null for an assignment
     */
    Handout handOut(Member member, Reward reward, AssignmentStatus initial, RewardSource details,
                    PointsCommand command, Instant now);

    /** Moves an assignment along its table (null keeps the status) and merges collected data and benefits. */
    RewardAssignment update(RewardAssignment current, AssignmentStatus requested, Map<String, String> collected,
                            Map<String, String> benefits, Instant now);
}
