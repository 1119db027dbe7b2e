package dev.annexkit.mock.wiremock.inspector;

import dev.annexkit.mock.domain.ledger.MemberStanding;
import dev.annexkit.mock.domain.ledger.ActivityRow;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberView;
import dev.annexkit.mock.domain.order.OrderView;
import dev.annexkit.mock.domain.order.UnitState;
import dev.annexkit.mock.domain.receipt.Receipt;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import dev.annexkit.mock.domain.reward.RewardView;
import dev.annexkit.mock.domain.tier.Tier;
import dev.annexkit.mock.domain.tier.TierStatus;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.time.Instant;
import java.util.TreeMap;

/**
 * The inspector's JSON shapes. They are the mock's own, not the API's: plain names, ISO-8601 UTC times, numbers
 * as numbers, so the page needs no knowledge of the API's wire quirks.
 */
final class InspectorWire {

    private InspectorWire() {
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static WireObject memberRow(Member m, MemberStanding standing) {
        WireObject row = WireObject.create()
                .put("id", m.id())
                .put("email", m.email())
                .put("firstName", m.firstName())
                .put("lastName", m.lastName())
                .put("status", m.status().name())
                .put("optInStatus", m.optInStatus().name())
                .put("enrolledAt", iso(m.createdAt()));
        if (standing != null) {
            row.put("available", standing.balance().available())
                    .put("lifetime", standing.balance().lifetime())
                    .put("tier", standing.tier().current() == null ? null : standing.tier().current().name());
        }
        return row;
    }

    static WireObject profile(MemberView profile) {
        Member m = profile.member();
        WireObject member = WireObject.create()
                .put("id", m.id())
                .put("email", m.email())
                .put("firstName", m.firstName())
                .put("lastName", m.lastName())
                .put("phone", m.phone())
                .put("zipCode", m.zipCode())
                .put("status", m.status().name())
                .put("optInStatus", m.optInStatus().name())
                .put("optInDate", iso(m.optInDate()))
                .put("enrolledAt", iso(m.createdAt()))
                .put("updatedAt", iso(m.updatedAt()))
                .putTexts("tags", m.tags().stream().sorted().toList())
                .putMap("extendedAttributes", new TreeMap<>(m.extendedAttributes()));
        if (profile.pendingDeletion() != null) {
            member.put("deletionScheduledAt", iso(profile.pendingDeletion().scheduledAt()));
        }
        return member;
    }

    static WireObject balance(MemberStanding standing) {
        PointBalance b = standing.balance();
        return WireObject.create()
                .put("available", b.available())
                .put("used", b.used())
                .put("expired", b.expired())
                .put("hold", b.hold())
                .put("lifetime", b.lifetime())
                .put("usedOnRewards", b.usedOnRewards())
                .put("negativePoints", standing.negativePoints())
                .put("spend", standing.spend());
    }

    static WireObject tier(TierStatus status) {
        return WireObject.create()
                .put("current", tierOf(status.current()))
                .put("next", tierOf(status.next()))
                .put("pointsToNextTier", status.next() == null ? null : status.pointsToNextTier())
                .put("spendToNextTier", status.spendToNextTier());
    }

    private static WireObject tierOf(Tier tier) {
        if (tier == null) {
            return null;
        }
        return WireObject.create()
                .put("tierId", tier.tierId())
                .put("name", tier.name())
                .put("level", tier.level())
                .put("pointsThreshold", tier.pointsThreshold())
                .put("spendThreshold", tier.spendThreshold());
    }

    static WireObject ledgerEntry(ActivityRow row) {
        LedgerEntry e = row.entry();
        return WireObject.create()
                .put("entryId", e.entryId())
                .put("createdAt", iso(e.createdAt()))
                .put("actionId", e.actionId())
                .put("actionName", row.actionName())
                .put("activity", e.activity().name())
                .put("points", e.points())
                .put("reason", e.reason())
                .put("rewardId", e.rewardId())
                .put("orderId", e.orderId())
                .put("customId", e.customId())
                .put("expiresAt", iso(e.expiresAt()))
                .put("releaseAt", iso(e.releaseAt()))
                .put("heldUntilReleased", e.heldUntilReleased())
                .put("reversalOf", e.reversalOf());
    }

    static WireObject assignment(RewardAssignment a) {
        return WireObject.create()
                .put("assignId", a.assignId())
                .put("rewardId", a.rewardId())
                .put("status", a.status().displayName())
                .put("debitPoints", a.debitPoints())
                .put("couponCode", a.couponCode())
                .put("sourceType", a.sourceType() == null ? null : a.sourceType().name())
                .put("assignedAt", iso(a.assignedAt()))
                .put("updatedAt", iso(a.updatedAt()));
    }

    static WireObject order(OrderView view) {
        return WireObject.create()
                .put("orderId", view.order().orderId())
                .put("createdAt", iso(view.order().createdAt()))
                .put("updatedAt", iso(view.order().updatedAt()))
                .put("orderTotal", view.order().request().orderTotal())
                .put("lines", view.order().lines().size())
                .put("unitsPending", view.order().units(UnitState.PENDING))
                .put("unitsShipped", view.order().units(UnitState.SHIPPED))
                // a site without a hold books units fulfilled: not shipped yet, but returnable as if they were
                .put("unitsFulfilled", view.order().units(UnitState.FULFILLED))
                .put("unitsReturned", view.order().units(UnitState.RETURNED))
                .put("unitsCancelled", view.order().units(UnitState.CANCELLED))
                .put("pointsAwarded", view.pointsAwarded())
                .put("pointsOnHold", view.pointsOnHold())
                .put("pointsRemoved", view.pointsRemoved());
    }

    static WireObject reward(RewardView view) {
        return WireObject.create()
                .put("rewardId", view.reward().rewardId())
                .put("name", view.reward().name())
                .put("status", view.reward().status().displayName())
                .put("points", view.reward().pointsPrice())
                .put("category", view.reward().categoryName())
                .put("sequence", view.reward().sequence())
                .put("couponBased", view.reward().couponBased())
                .put("couponsTotal", view.coupons().total())
                .put("couponsAvailable", view.coupons().available())
                .put("couponsIssued", view.coupons().issued())
                .put("couponsRedeemed", view.coupons().redeemed());
    }

    static WireObject receipt(Receipt r) {
        return WireObject.create()
                .put("submissionId", r.submissionId())
                .put("receiptId", r.receiptId())
                .put("memberId", r.memberId())
                .put("status", r.status().displayName())
                .put("image", r.image() == null ? null : r.image().reference())
                .put("uploadedAt", iso(r.uploadedAt()));
    }

    static WireObject call(LoggedCall c) {
        return WireObject.create()
                .put("sequence", c.sequence())
                .put("at", iso(c.at()))
                .put("mockTime", iso(c.mockTime()))
                .put("method", c.method())
                .put("path", c.path())
                .put("status", c.status())
                .put("errorCode", c.errorCode())
                .put("errorMessage", c.errorMessage())
                .put("tolerated", c.tolerated())
                .put("authFailed", c.authFailed())
                .put("refused", c.refused());
    }
}
