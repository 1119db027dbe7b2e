package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.action.ActionCatalog;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsLedger;
import dev.annexkit.mock.domain.member.DeletionQueue;
import dev.annexkit.mock.domain.member.DeletionRequest;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberRegistry;
import dev.annexkit.mock.domain.member.MergeBook;
import dev.annexkit.mock.domain.reward.AssignmentBook;
import dev.annexkit.mock.domain.reward.MemberFacts;
import dev.annexkit.mock.domain.reward.RewardCatalog;
import dev.annexkit.mock.domain.tier.SpendBook;
import dev.annexkit.mock.domain.tier.Tier;
import dev.annexkit.mock.domain.tier.TierLadder;
import dev.annexkit.mock.domain.tier.TierStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the program knows, shared by the façade and its desks. Only ever touched while holding the
 * {@link LoyaltyProgram} lock, which is why none of the stores is thread-safe on its own.
 */
final class ProgramState {

    final Clock clock;
    final IdGenerator ids;
    final ProgramSettings settings;
    final MemberRegistry members = new MemberRegistry();
    final ActionCatalog actions = new ActionCatalog();
    final TierLadder tiers = new TierLadder();
    final PointsLedger ledger = new PointsLedger();
    final RewardCatalog rewards = new RewardCatalog();
    final AssignmentBook assignments = new AssignmentBook();
    final DeletionQueue deletions = new DeletionQueue();
    final MergeBook merges = new MergeBook();
    final SpendBook spend = new SpendBook();

    ProgramState(Clock clock, IdGenerator ids, ProgramSettings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    Instant now() {
        return clock.instant();
    }

    /** What eligibility rules may look at for this member, right now. */
    MemberFacts facts(Member member, Instant now) {
        PointBalance balance = ledger.balance(member.id(), now);
        String tier = tierFor(member.id(), balance.lifetime()).map(Tier::name).orElse(null);
        return new MemberFacts(member, balance.available(), balance.lifetime(), tier);
    }

    /** The member's tier given their lifetime points and their recorded purchase spend. */
    Optional<Tier> tierFor(String memberId, long lifetimePoints) {
        return tiers.tierFor(lifetimePoints, spend.total(memberId));
    }

    /** The member's place on the ladder given their lifetime points and their recorded purchase spend. */
    TierStatus tierStatus(String memberId, long lifetimePoints) {
        return tiers.statusFor(lifetimePoints, spend.total(memberId));
    }

    /**
     * Housekeeping run before every call: time-driven events that are due by now happen first. Today that is
     * the daily deletion batch.
     */
    void settle() {
        for (DeletionRequest due : deletions.takeDue(now())) {
            if (members.find(due.memberId()).isPresent()) {
                forgetMember(due.memberId());
            }
        }
    }

    /**
     * Removes a member and everything recorded about them (a privacy deletion). An area with per-member
     * records adds one line here.
     */
    void forgetMember(String memberId) {
        members.remove(memberId);
        deletions.cancel(memberId);
        ledger.forget(memberId);
        assignments.forget(memberId);
        spend.forget(memberId);
        merges.forget(memberId);
    }
}
