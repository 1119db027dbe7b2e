package dev.annexkit.mock.domain.campaign;

import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.action.ActionUsage;
import dev.annexkit.mock.domain.member.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Campaigns: defined in Java or a seed ({@link #define}; the API has no create operation), applied by the
 * points desk to every credit of their actions (see {@code PointsDesk}), read per site and per member.
 * Every method runs under the program lock.
 */
public final class Campaigns {

    private final CampaignContext state;
    private final CallGuard lock;

    public Campaigns(CampaignContext state, CallGuard lock) {
        this.state = state;
        this.lock = lock;
    }

    /** Adds or replaces a campaign (seeding and tests). */
    public Campaign define(Campaign campaign) {
        return lock.call(() -> state.campaigns().define(campaign));
    }

    public Campaign get(String campaignId) {
        return lock.call(() -> state.campaigns().get(campaignId));
    }

    /** Campaigns newest start first, only those in {@code status} (e.g. {@code Active}) when not null. */
    public Page<Campaign> list(String status, PageRequest page) {
        return lock.call(() -> {
            Instant now = state.now();
            return Page.of(state.campaigns().all().stream()
                    .filter(c -> status == null || c.status(now).equalsIgnoreCase(status)).toList(), page);
        });
    }

    /** The campaigns whose audience includes the member (only {@code campaignId} when given), with progress. */
    public Page<MemberCampaignView> forMember(String memberId, String campaignId, PageRequest page) {
        return lock.call(() -> {
            Member member = state.members().get(memberId);
            Instant now = state.now();
            if (campaignId != null) {
                state.campaigns().get(campaignId);
            }
            List<LedgerEntry> history = state.ledger().entries(memberId);
            List<MemberCampaignView> views = new ArrayList<>();
            for (Campaign c : state.campaigns().all()) {
                if ((campaignId == null || c.campaignId().equals(campaignId)) && state.inAudience(c, member, now)) {
                    views.add(view(c, history));
                }
            }
            return Page.of(views, page);
        });
    }

    /**
     * The extra points running campaigns would add to a credit of {@code basePoints} for {@code actionId} by
     * this member now (what {@code PointsDesk} books; for previews such as a cart).
     */
    public long bonusFor(String memberId, int actionId, long basePoints) {
        return lock.call(() -> {
            Member member = state.members().get(memberId);
            Instant now = state.now();
            return state.campaigns().bonusFor(c -> state.inAudience(c, member, now), actionId, basePoints, now)
                    .stream().mapToLong(CampaignBook.Bonus::points).sum();
        });
    }

    private static MemberCampaignView view(Campaign c, List<LedgerEntry> history) {
        long earned = 0;
        List<MemberCampaignView.MilestoneProgress> progress = new ArrayList<>();
        for (LedgerEntry e : history) {
            if (c.campaignId().equals(e.attributes().get("campaignId"))) {
                earned += e.points();
            }
        }
        for (Milestone m : c.milestones()) {
            Instant at = history.stream()
                    .filter(e -> c.campaignId().equals(e.attributes().get("campaignId"))
                            && Integer.toString(m.number()).equals(e.attributes().get("milestone")))
                    .map(LedgerEntry::createdAt).findFirst().orElse(null);
            progress.add(new MemberCampaignView.MilestoneProgress(m, at));
        }
        return new MemberCampaignView(c, qualifyingCredits(c, history), earned, progress);
    }

    /** Earning credits of the campaign's actions inside its rule window. */
    public static int qualifyingCredits(Campaign campaign, List<LedgerEntry> history) {
        int n = 0;
        for (LedgerEntry e : history) {
            if (ActionUsage.isEarning(e, e.actionId()) && campaign.qualifies(e.actionId(), e.createdAt())) {
                n++;
            }
        }
        return n;
    }
}
