package dev.annexkit.mock.domain.segment;

import dev.annexkit.mock.domain.segment.SegmentCriteria.ActionDetails;
import dev.annexkit.mock.domain.segment.SegmentCriteria.MemberDetails;
import dev.annexkit.mock.domain.segment.SegmentCriteria.PointsDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decides whether a member belongs to a segment. Purchase and store rules need order history, which the
 * program does not record yet: a given purchase or store rule therefore holds for nobody.
 */
public final class SegmentRules {

    private SegmentRules() {
    }

    /** Listed, or meeting the criteria; never while the segment is not live. */
    public static boolean belongs(Segment segment, SegmentFacts facts, java.time.Instant now) {
        if (!segment.isLive(now)) {
            return false;
        }
        return segment.memberIds().contains(facts.member().id()) || meets(segment.criteria(), facts);
    }

    /** Whether every given rule holds; criteria without rules select nobody. */
    public static boolean meets(SegmentCriteria c, SegmentFacts facts) {
        List<Predicate<SegmentFacts>> rules = new ArrayList<>();
        MemberDetails m = c.memberDetails();
        if (m != null) {
            if (!m.userId().isEmpty()) {
                rules.add(f -> m.userId().contains(f.member().id()));
            }
            if (!m.zipCode().isEmpty()) {
                rules.add(f -> f.member().zipCode() != null && m.zipCode().contains(f.member().zipCode().trim()));
            }
            if (given(m.birthDate())) {
                rules.add(f -> sameDay(f.member().birthDate(), m.birthDate()));
            }
            if (given(m.anniversaryDate())) {
                rules.add(f -> sameDay(f.member().anniversaryDate(), m.anniversaryDate()));
            }
        }
        ActionDetails a = c.actionDetails();
        if (a != null) {
            if (!a.actions().isEmpty()) {
                rules.add(f -> a.actions().stream().anyMatch(id -> f.earnedActionIds().contains(parse(id))));
            }
            if (!a.actionSeries().isEmpty()) {
                rules.add(f -> a.actionSeries().stream().anyMatch(id -> f.completedActionSeries().contains(parse(id))));
            }
        }
        PointsDetails p = c.pointsDetails();
        if (p != null) {
            addRange(rules, p.availableFrom(), p.availableTo(), f -> f.balance().available());
            addRange(rules, p.lifetimeFrom(), p.lifetimeTo(), f -> f.balance().lifetime());
            addRange(rules, p.redeemFrom(), p.redeemTo(), f -> f.balance().used());
        }
        if (c.purchaseDetails() != null && hasAny(c.purchaseDetails())) {
            rules.add(f -> false);
        }
        if (c.storeDetails() != null && hasAny(c.storeDetails())) {
            rules.add(f -> false);
        }
        return !rules.isEmpty() && rules.stream().allMatch(r -> r.test(facts));
    }

    private static boolean hasAny(SegmentCriteria.PurchaseDetails d) {
        return !d.productPurchased().isEmpty() || !d.productCategory().isEmpty() || given(d.source())
                || given(d.country());
    }

    private static boolean hasAny(SegmentCriteria.StoreDetails d) {
        return d.storeName() != null || d.country() != null || d.region() != null || d.state() != null
                || d.city() != null;
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static void addRange(List<Predicate<SegmentFacts>> rules, Long from, Long to,
                                 java.util.function.ToLongFunction<SegmentFacts> value) {
        if (from != null) {
            rules.add(f -> value.applyAsLong(f) >= from);
        }
        if (to != null) {
            rules.add(f -> value.applyAsLong(f) <= to);
        }
    }

    /** {@code MM-dd} or {@code yyyy-MM-dd}: compares month and day. */
    static boolean sameDay(LocalDate date, String wanted) {
        if (date == null) {
            return false;
        }
        String w = wanted.trim();
        String monthDay = w.length() >= 10 ? w.substring(5, 10) : w;
        return String.format("%02d-%02d", date.getMonthValue(), date.getDayOfMonth()).equals(monthDay);
    }

    private static Integer parse(String id) {
        try {
            return Integer.valueOf(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
