package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.receipt.Receipt;
import dev.annexkit.mock.domain.receipt.ReceiptStatus;
import dev.annexkit.mock.domain.reward.RewardFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads across the whole program for people looking at it (the mock's inspector), not for API clients: the API's
 * own member search is capped at 50 and receipts are listed per member only. Every call runs under the program
 * lock and returns immutable values.
 */
public final class ProgramOverview {

    private final ProgramState state;
    private final ProgramLock lock;

    ProgramOverview(ProgramState state, ProgramLock lock) {
        this.state = state;
        this.lock = lock;
    }

    /** How much the program holds. */
    public record Totals(int members, int rewards, int pendingReceipts, int orders) {
    }

    /**
     * One page of the members whose id or e-mail contains {@code text}, ignoring case; every member when the text
     * is null or blank. In enrolment order, or sorted by {@code order} (a stable sort: ties keep enrolment order).
     * The whole registry is scanned, which is fast enough for hundreds of thousands of members.
     */
    public Page<Member> members(String text, Comparator<Member> order, PageRequest page) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return lock.call(() -> {
            List<Member> matching = new ArrayList<>();
            for (Member m : state.members.all()) {
                if (needle.isEmpty() || contains(m.id(), needle) || contains(m.email(), needle)) {
                    matching.add(m);
                }
            }
            if (order != null) {
                matching.sort(order);
            }
            return Page.of(matching, page);
        });
    }

    /** Receipts waiting for the site's decision, oldest first. */
    public List<Receipt> pendingReceipts() {
        return lock.call(() -> state.receipts.all().stream()
                .filter(r -> r.status() == ReceiptStatus.PENDING)
                .sorted(Comparator.comparing(Receipt::uploadedAt).thenComparing(Receipt::submissionId))
                .toList());
    }

    /** Counts of members, rewards, pending receipts and orders. */
    public Totals totals() {
        return lock.call(() -> new Totals(
                state.members.all().size(),
                state.rewards.list(RewardFilter.none()).size(),
                (int) state.receipts.all().stream().filter(r -> r.status() == ReceiptStatus.PENDING).count(),
                state.orders.all().size()));
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
