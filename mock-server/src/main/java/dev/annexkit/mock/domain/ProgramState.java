package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.action.ActionCatalog;
import dev.annexkit.mock.domain.action.ActionContext;
import dev.annexkit.mock.domain.action.ActionSeries;
import dev.annexkit.mock.domain.action.ActionUsage;
import dev.annexkit.mock.domain.blocklist.BlocklistBook;
import dev.annexkit.mock.domain.blocklist.BlocklistContext;
import dev.annexkit.mock.domain.campaign.Campaign;
import dev.annexkit.mock.domain.campaign.CampaignBook;
import dev.annexkit.mock.domain.campaign.CampaignContext;
import dev.annexkit.mock.domain.error.MemberBlocklisted;
import dev.annexkit.mock.domain.group.GroupContext;
import dev.annexkit.mock.domain.group.GroupDirectory;
import dev.annexkit.mock.domain.issuance.IssuanceBook;
import dev.annexkit.mock.domain.issuance.IssuanceContext;
import dev.annexkit.mock.domain.kernel.IdGenerator;
import dev.annexkit.mock.domain.ledger.LedgerContext;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsLedger;
import dev.annexkit.mock.domain.member.DeletionQueue;
import dev.annexkit.mock.domain.member.DeletionRequest;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberContext;
import dev.annexkit.mock.domain.member.MemberRegistry;
import dev.annexkit.mock.domain.member.MergeBook;
import dev.annexkit.mock.domain.order.OrderBook;
import dev.annexkit.mock.domain.order.OrderContext;
import dev.annexkit.mock.domain.order.OrderHoldPolicy;
import dev.annexkit.mock.domain.product.ProductCatalog;
import dev.annexkit.mock.domain.product.ProductContext;
import dev.annexkit.mock.domain.receipt.ReceiptBook;
import dev.annexkit.mock.domain.receipt.ReceiptContext;
import dev.annexkit.mock.domain.reward.AssignmentBook;
import dev.annexkit.mock.domain.reward.MemberFacts;
import dev.annexkit.mock.domain.reward.RewardCatalog;
import dev.annexkit.mock.domain.reward.RewardContext;
import dev.annexkit.mock.domain.segment.SegmentBook;
import dev.annexkit.mock.domain.segment.SegmentContext;
import dev.annexkit.mock.domain.segment.SegmentFacts;
import dev.annexkit.mock.domain.segment.SegmentRules;
import dev.annexkit.mock.domain.store.StoreContext;
import dev.annexkit.mock.domain.store.StoreDirectory;
import dev.annexkit.mock.domain.survey.SurveyBook;
import dev.annexkit.mock.domain.survey.SurveyContext;
import dev.annexkit.mock.domain.tier.SpendBook;
import dev.annexkit.mock.domain.tier.Tier;
import dev.annexkit.mock.domain.tier.TierLadder;
import dev.annexkit.mock.domain.tier.TierStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the program knows, shared by the façade and its desks. Only ever touched while holding the
 * {@link LoyaltyProgram} lock, which is why none of the stores is thread-safe on its own.
 */
final class ProgramState implements ActionContext, BlocklistContext, CampaignContext, GroupContext,
        IssuanceContext, LedgerContext, MemberContext, OrderContext, ProductContext, ReceiptContext, RewardContext,
        SegmentContext, StoreContext, SurveyContext {

    final Clock clock;
    final CountingIds ids;
    final ProgramSettings settings;
    final MemberRegistry members = new MemberRegistry();
    final ActionCatalog actions = new ActionCatalog();
    final TierLadder tiers = new TierLadder();
    final PointsLedger ledger = new PointsLedger();
    final RewardCatalog rewards = new RewardCatalog();
    final AssignmentBook assignments = new AssignmentBook();
    final ProductCatalog products = new ProductCatalog();
    final OrderBook orders = new OrderBook();
    final IssuanceBook issuances = new IssuanceBook();
    final StoreDirectory stores = new StoreDirectory();
    final BlocklistBook blocklist = new BlocklistBook();
    final SegmentBook segments = new SegmentBook();
    final CampaignBook campaigns = new CampaignBook();
    final Map<Integer, ActionSeries> actionSeries = new TreeMap<>();
    final DeletionQueue deletions = new DeletionQueue();
    final MergeBook merges = new MergeBook();
    final SpendBook spend = new SpendBook();
    final ReceiptBook receipts = new ReceiptBook();
    final SurveyBook surveys = new SurveyBook();
    final GroupDirectory groups = new GroupDirectory();
    /** Group accounts, keyed by group id: a ledger of their own, so member and group ids never share a key. */
    final PointsLedger groupLedger = new PointsLedger();

    ProgramState(Clock clock, IdGenerator ids, ProgramSettings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = new CountingIds(ids);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    /** What eligibility rules may look at for this member, right now. */
    @Override
    public MemberFacts facts(Member member, Instant now) {
        PointBalance balance = ledger.balance(member.id(), now);
        String tier = tierFor(member.id(), balance.lifetime()).map(Tier::name).orElse(null);
        return new MemberFacts(member, balance.available(), balance.lifetime(), tier);
    }

    /** Refuses any points movement for a blocklisted member (by id or e-mail domain). */
    @Override
    public void requireNotBlocked(Member member) {
        blocklist.reasonBlocked(member).ifPresent(reason -> {
            throw new MemberBlocklisted(member.id(), reason);
        });
    }

    /** What segment rules may look at for this member, right now. */
    @Override
    public SegmentFacts segmentFacts(Member member, Instant now) {
        List<LedgerEntry> entries = ledger.entries(member.id());
        Set<Integer> earned = new HashSet<>();
        Set<Integer> series = new HashSet<>();
        for (LedgerEntry e : entries) {
            if (ActionUsage.isEarning(e, e.actionId())) {
                earned.add(e.actionId());
            }
            String s = e.attributes().get("actionSeriesId");
            if (s != null) {
                series.add(Integer.valueOf(s));
            }
        }
        return new SegmentFacts(member, ledger.balance(member.id(), now), earned, series);
    }

    /** Whether the member is in the campaign's audience: in its segment (if set) and holding its tier (if set). */
    @Override
    public boolean inAudience(Campaign campaign, Member member, Instant now) {
        if (campaign.audienceSegmentId() != null) {
            var segment = segments.all().stream().filter(s -> s.segmentId().equals(campaign.audienceSegmentId()))
                    .findFirst();
            if (segment.isEmpty() || !SegmentRules.belongs(segment.get(), segmentFacts(member, now), now)) {
                return false;
            }
        }
        if (campaign.audienceTier() != null) {
            String tier = tierFor(member.id(), ledger.balance(member.id(), now).lifetime()).map(Tier::name).orElse(null);
            return campaign.audienceTier().equalsIgnoreCase(tier == null ? "" : tier);
        }
        return true;
    }

    /** The member's tier given their lifetime points and their recorded purchase spend. */
    @Override
    public Optional<Tier> tierFor(String memberId, long lifetimePoints) {
        return tiers.tierFor(lifetimePoints, spend.total(memberId));
    }

    /** The member's place on the ladder given their lifetime points and their recorded purchase spend. */
    @Override
    public TierStatus tierStatus(String memberId, long lifetimePoints) {
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
        issuances.forget(memberId);
    }

    // ---- the areas' views (see the *Context interfaces): same stores, read through methods ------------------

    @Override
    public String nextId() {
        return ids.nextId();
    }

    @Override
    public Optional<Instant> expiryFor(Instant credited) {
        return settings.expiryFor(credited);
    }

    @Override
    public OrderHoldPolicy orderHold() {
        return settings.orderHold();
    }

    @Override
    public boolean allowNegativePoints() {
        return settings.allowNegativePoints();
    }

    @Override
    public MemberRegistry members() {
        return members;
    }

    @Override
    public PointsLedger ledger() {
        return ledger;
    }

    @Override
    public PointsLedger groupLedger() {
        return groupLedger;
    }

    @Override
    public ActionCatalog actions() {
        return actions;
    }

    @Override
    public Map<Integer, ActionSeries> actionSeries() {
        return actionSeries;
    }

    @Override
    public TierLadder tiers() {
        return tiers;
    }

    @Override
    public RewardCatalog rewards() {
        return rewards;
    }

    @Override
    public AssignmentBook assignments() {
        return assignments;
    }

    @Override
    public ProductCatalog products() {
        return products;
    }

    @Override
    public OrderBook orders() {
        return orders;
    }

    @Override
    public IssuanceBook issuances() {
        return issuances;
    }

    @Override
    public StoreDirectory stores() {
        return stores;
    }

    @Override
    public BlocklistBook blocklist() {
        return blocklist;
    }

    @Override
    public SegmentBook segments() {
        return segments;
    }

    @Override
    public CampaignBook campaigns() {
        return campaigns;
    }

    @Override
    public DeletionQueue deletions() {
        return deletions;
    }

    @Override
    public MergeBook merges() {
        return merges;
    }

    @Override
    public SpendBook spend() {
        return spend;
    }

    @Override
    public ReceiptBook receipts() {
        return receipts;
    }

    @Override
    public SurveyBook surveys() {
        return surveys;
    }

    @Override
    public GroupDirectory groups() {
        return groups;
    }
}
