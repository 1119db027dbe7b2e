package dev.annexkit.mock.domain.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the GET /pointsexpiry report from replayed lots: unspent lots whose expiry date lies in
 * {@code [from, to]}, grouped by bucket in chronological order. Lots fully spent before expiry do not appear.
 */
public final class ExpiryForecast {

    private ExpiryForecast() {
    }

    public static List<ExpiryBucket> of(List<Lot> lots, Instant from, Instant to, AggregateBy by) {
        List<Lot> inRange = lots.stream()
                .filter(l -> l.expiresAt() != null && l.remaining() > 0)
                .filter(l -> !l.expiresAt().isBefore(from) && !l.expiresAt().isAfter(to))
                .sorted(Comparator.comparing(Lot::expiresAt))
                .toList();
        Map<String, List<Lot>> grouped = new LinkedHashMap<>();
        for (Lot lot : inRange) {
            grouped.computeIfAbsent(by.label(lot.expiresAt()), k -> new ArrayList<>()).add(lot);
        }
        List<ExpiryBucket> buckets = new ArrayList<>();
        grouped.forEach((label, group) -> {
            long expired = 0;
            long toExpire = 0;
            List<ExpiringLot> items = new ArrayList<>();
            for (Lot lot : group) {
                boolean isExpired = lot.state() == Lot.State.EXPIRED;
                if (isExpired) {
                    expired += lot.remaining();
                } else {
                    toExpire += lot.remaining();
                }
                items.add(new ExpiringLot(lot.entryId(), lot.remaining(), lot.expiresAt(), isExpired));
            }
            buckets.add(new ExpiryBucket(label, expired, toExpire, items));
        });
        return List.copyOf(buckets);
    }
}
