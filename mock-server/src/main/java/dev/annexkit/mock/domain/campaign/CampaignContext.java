package dev.annexkit.mock.domain.campaign;

import dev.annexkit.mock.domain.ledger.PointsLedger;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberRegistry;
import java.time.Instant;

/**
 * What campaigns may see and change of the program: the one program state, narrowed to what this area needs, so the
 * area depends on no more of it. Implemented by the program state; only ever called while the program lock is held.
 */
public interface CampaignContext {

    /** Whether the member is in the campaign's audience (segment and tier). */
    boolean inAudience(Campaign campaign, Member member, Instant now);

    /** The program's current instant. */
    Instant now();

    /** The campaigns. */
    CampaignBook campaigns();

    /** The members' points ledger. */
    PointsLedger ledger();

    /** The enrolled members. */
    MemberRegistry members();
}
