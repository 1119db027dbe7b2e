package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.action.ActionCatalog;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.group.GroupDirectory;
import dev.annexkit.mock.domain.ledger.PointsLedger;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberRegistry;
import dev.annexkit.mock.domain.receipt.ReceiptBook;
import dev.annexkit.mock.domain.survey.SurveyBook;
import dev.annexkit.mock.domain.reward.AssignmentBook;
import dev.annexkit.mock.domain.reward.MemberFacts;
import dev.annexkit.mock.domain.reward.RewardCatalog;
import dev.annexkit.mock.domain.tier.Tier;
import dev.annexkit.mock.domain.tier.TierLadder;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

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
    final ReceiptBook receipts = new ReceiptBook();
    final SurveyBook surveys = new SurveyBook();
    final GroupDirectory groups = new GroupDirectory();
    /** Group accounts, keyed by group id: a ledger of their own, so member and group ids never share a key. */
    final PointsLedger groupLedger = new PointsLedger();

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
        String tier = tiers.tierFor(balance.lifetime()).map(Tier::name).orElse(null);
        return new MemberFacts(member, balance.available(), balance.lifetime(), tier);
    }
}
