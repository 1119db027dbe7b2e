package dev.annexkit.mock.domain.ledger;

import dev.annexkit.mock.domain.action.ActionCatalog;
import dev.annexkit.mock.domain.action.ActionSeries;
import dev.annexkit.mock.domain.campaign.Campaign;
import dev.annexkit.mock.domain.campaign.CampaignBook;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberRegistry;
import dev.annexkit.mock.domain.reward.RewardCatalog;
import dev.annexkit.mock.domain.tier.SpendBook;
import dev.annexkit.mock.domain.tier.Tier;
import dev.annexkit.mock.domain.tier.TierStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the points ledger (POST /points, accounts, postings for other areas) may see and change of the program: the
 * one program state, narrowed to what this area needs, so the area depends on no more of it. Implemented by the
 * program state; only ever called while the program lock is held.
 */
public interface LedgerContext {

    /** Whether a debit beyond the available balance stops at zero instead of being refused. */
    boolean allowNegativePoints();

    /** When points credited at {@code credited} expire, if they expire. */
    Optional<Instant> expiryFor(Instant credited);

    /** Whether the member is in the campaign's audience (segment and tier). */
    boolean inAudience(Campaign campaign, Member member, Instant now);

    /** A new entry/assignment id from the injected id source. */
    String nextId();

    /** The program's current instant. */
    Instant now();

    /** Refuses any points movement for a blocklisted member. */
    void requireNotBlocked(Member member);

    /** The member's tier given their lifetime points and recorded spend. */
    Optional<Tier> tierFor(String memberId, long lifetimePoints);

    /** The member's place on the tier ladder. */
    TierStatus tierStatus(String memberId, long lifetimePoints);

    /** The action series, by series id. */
    Map<Integer, ActionSeries> actionSeries();

    /** The defined actions. */
    ActionCatalog actions();

    /** The campaigns. */
    CampaignBook campaigns();

    /** The members' points ledger. */
    PointsLedger ledger();

    /** The enrolled members. */
    MemberRegistry members();

    /** The reward catalogue. */
    RewardCatalog rewards();

    /** The members' recorded purchase spend. */
    SpendBook spend();
}
