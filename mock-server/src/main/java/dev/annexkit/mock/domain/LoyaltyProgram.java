package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.action.ActionProgress;
import dev.annexkit.mock.domain.blocklist.Blocklist;
import dev.annexkit.mock.domain.campaign.CampaignPurchaseBonus;
import dev.annexkit.mock.domain.campaign.Campaigns;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.group.GroupPoints;
import dev.annexkit.mock.domain.group.Groups;
import dev.annexkit.mock.domain.issuance.Issuances;
import dev.annexkit.mock.domain.kernel.IdGenerator;
import dev.annexkit.mock.domain.kernel.ManualClock;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.Accounts;
import dev.annexkit.mock.domain.ledger.AggregateBy;
import dev.annexkit.mock.domain.ledger.BulkPointsResult;
import dev.annexkit.mock.domain.ledger.ExpiryBucket;
import dev.annexkit.mock.domain.ledger.ExpiryForecast;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.LedgerPostings;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.ledger.PointsDesk;
import dev.annexkit.mock.domain.ledger.PointsOutcome;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberPatch;
import dev.annexkit.mock.domain.member.MemberSearch;
import dev.annexkit.mock.domain.member.Members;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.order.Orders;
import dev.annexkit.mock.domain.product.Products;
import dev.annexkit.mock.domain.receipt.Receipts;
import dev.annexkit.mock.domain.reward.AssignmentStatus;
import dev.annexkit.mock.domain.reward.CouponUpload;
import dev.annexkit.mock.domain.reward.EligibilityEvaluator;
import dev.annexkit.mock.domain.reward.RewardSource;
import dev.annexkit.mock.domain.reward.MemberFacts;
import dev.annexkit.mock.domain.reward.MemberRewards;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import dev.annexkit.mock.domain.reward.RewardHandouts;
import dev.annexkit.mock.domain.reward.RewardFilter;
import dev.annexkit.mock.domain.reward.RewardStatus;
import dev.annexkit.mock.domain.reward.RewardView;
import dev.annexkit.mock.domain.segment.Segments;
import dev.annexkit.mock.domain.store.Stores;
import dev.annexkit.mock.domain.survey.Surveys;
import dev.annexkit.mock.domain.tier.Tier;
import dev.annexkit.mock.domain.tier.TierStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one entry point into the loyalty domain: members, points, actions, tiers and Rewards V2 directly, and the
 * other concept areas through sub-façades it hands out (e.g. {@code orders()}), which share its state and lock.
 * The HTTP adapter calls only this class and those sub-façades.
 *
 * <p><b>Concurrency contract.</b> One fair lock ({@link ProgramLock}) guards the whole program: every call, mutating or
 * reading, runs entirely while holding it, so each call sees and leaves a consistent state and calls are
 * linearizable. Results are immutable records or copies, safe to use after the call returns. Throughput is not a
 * goal of a mock; easy reasoning is.
 *
 * <p><b>Failure contract.</b> A call that throws a {@link DomainException} has changed nothing.
 *
 * <p>Time comes from the injected {@link Clock} (use {@link ManualClock} to test expiry and holds), ids from the
 * injected {@link IdGenerator}.
 */
public final class LoyaltyProgram {

    private final ProgramLock lock = new ProgramLock();
    private final ProgramState state;
    private final RewardHandouts rewardDesk;
    private final PointsDesk pointsDesk;
    private final Products products;
    private final Orders orders;
    private final Issuances issuances;
    private final Stores stores;
    private final Blocklist blocklist;
    private final Segments segments;
    private final Campaigns campaigns;
    private final ActionProgress actionProgress;
    private final Members members;
    private final Accounts accounts;
    private final MemberRewards memberRewards;
    private final Receipts receipts;
    private final Surveys surveys;
    private final Groups groups;
    private final ProgramOverview overview;

    public LoyaltyProgram(Clock clock, IdGenerator ids, ProgramSettings settings) {
        this.state = new ProgramState(clock, ids, settings);
        this.rewardDesk = RewardHandouts.of(state);
        LedgerPostings postings = new LedgerPostings(state);
        GroupPoints groupDesk = GroupPoints.of(state, postings);
        this.pointsDesk = new PointsDesk(state, rewardDesk, groupDesk);
        this.receipts = new Receipts(state, lock, postings, groupDesk);
        this.surveys = new Surveys(state, lock, postings, groupDesk);
        this.groups = new Groups(state, lock, groupDesk);
        this.products = new Products(state, lock);
        this.orders = new Orders(state, lock, new CampaignPurchaseBonus(state));
        this.issuances = new Issuances(state, lock);
        this.stores = new Stores(state, lock);
        this.blocklist = new Blocklist(state, lock);
        this.segments = new Segments(state, lock);
        this.campaigns = new Campaigns(state, lock);
        this.actionProgress = new ActionProgress(state, lock);
        this.lock.housekeeping(state::settle);
        this.members = new Members(state, lock);
        this.accounts = new Accounts(state, lock);
        this.memberRewards = new MemberRewards(state, lock);
        this.overview = new ProgramOverview(state, lock);
    }

    /** Whole-program reads for people inspecting the mock: paged member browsing, pending receipts, totals. */
    public ProgramOverview overview() {
        return overview;
    }

    /**
     * A program holding exactly the state of a snapshot (a saved state file, or a state export loaded as a
     * seed): its own {@link #snapshot()} equals {@code saved}, with the saved settings, and every id source goes
     * on after the last id it gave. With the same deterministic {@code ids} the restored program hands out the
     * ids the saved one would have given next.
     */
    public static LoyaltyProgram restored(Clock clock, IdGenerator ids, ProgramSnapshot saved) {
        LoyaltyProgram program = new LoyaltyProgram(clock, ids, saved.settings());
        program.lock.run(() -> Restore.into(program.state, saved));
        return program;
    }

    /**
     * A number that grows with every call into the program (reads included, the snapshot excluded): when it has
     * not moved, the state has not changed. Cheap to poll, so a saver can skip idle periods without exporting.
     */
    public long version() {
        return lock.version();
    }

    /** Bulk enrolment and change, deletion requests (daily batch at 05:30 UTC) and merges. */
    public Members members() {
        return members;
    }

    /** Activity rows, per-action summaries, purchase spend, and members' balances and tiers, one or many. */
    public Accounts accounts() {
        return accounts;
    }

    /** The (v1) reward catalogue of a member and the rewards they redeemed. */
    public MemberRewards memberRewards() {
        return memberRewards;
    }

    /**
     * A deterministic, immutable picture of the whole program (configuration, members, points, rewards), for
     * export and comparison. It contains no timestamp of its own making.
     */
    public ProgramSnapshot snapshot() {
        return lock.read(() -> Snapshots.of(state));
    }

    public Products products() { return products; }

    public Orders orders() { return orders; }

    public Issuances issuances() { return issuances; }

    public Stores stores() { return stores; }

    public Blocklist blocklist() { return blocklist; }

    public Segments segments() { return segments; }

    public Campaigns campaigns() { return campaigns; }

    public ActionProgress actionProgress() { return actionProgress; }

    /** The program's current instant. */
    public Instant now() {
        return state.now();
    }

    /** Receipt submissions and their verification. */
    public Receipts receipts() {
        return receipts;
    }

    /** Surveys and their responses. */
    public Surveys surveys() {
        return surveys;
    }

    /** Member groups, invitations and group points. */
    public Groups groups() {
        return groups;
    }

    // ---- members -------------------------------------------------------------------------------------------

    public Member enroll(NewMember request) {
        return locked(() -> state.members.enroll(request, state.now()));
    }

    public Member member(String memberId) {
        return locked(() -> state.members.get(memberId));
    }

    public Member updateMember(String memberId, MemberPatch patch) {
        return locked(() -> state.members.update(memberId, patch, state.now()));
    }

    /** At most 50 members matching every filter, in enrolment order; null searches everyone. */
    public List<Member> searchMembers(MemberSearch search) {
        return locked(() -> state.members.search(search));
    }

    // ---- actions and tiers ---------------------------------------------------------------------------------

    public Action defineAction(Action action) {
        return locked(() -> {
            state.actions.define(action);
            return action;
        });
    }

    public Action action(int actionId) {
        return locked(() -> state.actions.get(actionId));
    }

    public List<Action> actions() {
        return locked(state.actions::all);
    }

    public Tier defineTier(Tier tier) {
        return locked(() -> {
            state.tiers.define(tier);
            return tier;
        });
    }

    /** All tiers, lowest threshold first. */
    public List<Tier> tiers() {
        return locked(state.tiers::all);
    }

    public TierStatus tierStatus(String memberId) {
        return locked(() -> {
            state.members.get(memberId);
            return state.tierStatus(memberId, state.ledger.balance(memberId, state.now()).lifetime());
        });
    }

    // ---- points --------------------------------------------------------------------------------------------

    /** Credits, debits or redeems as the command says; see {@link PointsCommand}. */
    public PointsOutcome points(PointsCommand command) {
        return locked(() -> pointsDesk.apply(command));
    }

    /** Applies each command on its own: one failing entry does not affect the others. Results in input order. */
    public List<BulkPointsResult> bulkPoints(List<PointsCommand> commands) {
        return locked(() -> {
            List<BulkPointsResult> results = new ArrayList<>(commands.size());
            for (PointsCommand command : commands) {
                try {
                    results.add(new BulkPointsResult.Applied(pointsDesk.apply(command)));
                } catch (DomainException e) {
                    results.add(new BulkPointsResult.Rejected(e));
                }
            }
            return List.copyOf(results);
        });
    }

    public PointBalance balance(String memberId) {
        return locked(() -> {
            state.members.get(memberId);
            return state.ledger.balance(memberId, state.now());
        });
    }

    /** Debit points ever disregarded for the member because they exceeded the balance (a positive number). */
    public long negativePoints(String memberId) {
        return locked(() -> {
            state.members.get(memberId);
            return state.ledger.disregarded(memberId);
        });
    }

    /** The member's ledger entries, newest first. */
    public Page<LedgerEntry> activity(String memberId, PageRequest page) {
        return locked(() -> {
            state.members.get(memberId);
            List<LedgerEntry> entries = new ArrayList<>(state.ledger.entries(memberId));
            Collections.reverse(entries);
            return Page.of(entries, page);
        });
    }

    /** Unspent points whose expiry date is in {@code [from, to]}, bucketed; expired and still-to-expire. */
    public List<ExpiryBucket> pointsExpiry(String memberId, Instant from, Instant to, AggregateBy aggregateBy) {
        return locked(() -> {
            state.members.get(memberId);
            require(from, "start_date");
            require(to, "end_date");
            require(aggregateBy, "aggregate_by");
            if (to.isBefore(from)) {
                throw new InvalidField("end_date", "must not be before start_date");
            }
            return ExpiryForecast.of(state.ledger.replay(memberId, state.now()).lots(), from, to, aggregateBy);
        });
    }

    // ---- rewards -------------------------------------------------------------------------------------------

    /** Adds or replaces a reward definition (seeding and admin); the coupon pool survives a redefinition. */
    public RewardView defineReward(Reward reward) {
        return locked(() -> state.rewards.define(reward, state.now()));
    }

    public RewardView reward(String rewardId) {
        return locked(() -> state.rewards.view(rewardId));
    }

    /** The catalogue, ordered by sequence then id. */
    public Page<RewardView> rewards(RewardFilter filter, PageRequest page) {
        return locked(() -> Page.of(state.rewards.list(filter == null ? RewardFilter.none() : filter), page));
    }

    public CouponUpload addCoupons(String rewardId, List<String> codes) {
        return locked(() -> state.rewards.addCoupons(rewardId, codes));
    }

    /**
     * Live rewards this member may see through the API: rewards without rule groups, or with a matching group
     * flagged {@code includeInApiResponse}; with {@code affordableOnly}, only those priced within the available
     * balance.
     */
    public Page<RewardView> rewardsForMember(String memberId, boolean affordableOnly, PageRequest page) {
        return locked(() -> {
            MemberFacts facts = state.facts(state.members.get(memberId), state.now());
            List<RewardView> visible = state.rewards.list(RewardFilter.status(RewardStatus.LIVE)).stream()
                    .filter(v -> EligibilityEvaluator.isListedFor(v.reward().eligibility(), facts))
                    .filter(v -> !affordableOnly || v.reward().pointsPrice() <= facts.availablePoints())
                    .toList();
            return Page.of(visible, page);
        });
    }

    /**
     * Hands a Live reward to an eligible member through one of the reward's issuance source types: debits its
     * price, issues a coupon if coupon-based, records the assignment as AWARDED.
     */
    public RewardAssignment assignReward(String rewardId, String memberId, RewardSource details) {
        return locked(() -> {
            Member member = state.members.get(memberId);
            Reward reward = state.rewards.getLive(rewardId);
            RewardSource source = details == null ? RewardSource.manual(null, null, null) : details;
            if (!reward.issuanceSourceTypes().contains(source.sourceType())) {
                throw new InvalidField("source_type", "reward " + rewardId + " cannot be issued by "
                        + source.sourceType().name().toLowerCase(Locale.ROOT));
            }
            return rewardDesk.handOut(member, reward, AssignmentStatus.AWARDED, source, null, state.now())
                    .assignment();
        });
    }

    /**
     * Changes an assignment's status (null keeps it) and merges collected data and benefit details.
     * See {@link AssignmentStatus} for the allowed moves; cancelling refunds the points.
     */
    public RewardAssignment updateAssignment(String rewardId, String memberId, String assignId,
                                             AssignmentStatus newStatus, Map<String, String> collectedData,
                                             Map<String, String> benefitDetails) {
        return locked(() -> {
            state.members.get(memberId);
            state.rewards.get(rewardId);
            RewardAssignment current = state.assignments.get(rewardId, memberId, assignId);
            return rewardDesk.update(current, newStatus, collectedData, benefitDetails, state.now());
        });
    }

    /** The member's assignments and redemptions, newest first, optionally of one status. */
    public Page<RewardAssignment> rewardHistory(String memberId, AssignmentStatus status, PageRequest page) {
        return locked(() -> {
            state.members.get(memberId);
            return Page.of(state.assignments.history(memberId, status), page);
        });
    }

    // ---- plumbing ------------------------------------------------------------------------------------------

    private <T> T locked(Supplier<T> call) {
        return lock.call(call);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new MissingField(field);
        }
    }
}
