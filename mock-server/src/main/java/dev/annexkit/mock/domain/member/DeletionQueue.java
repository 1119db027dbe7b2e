package dev.annexkit.mock.domain.member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Deletion requests waiting for the daily batch, by member id. Guarded by the program lock. */
public final class DeletionQueue {

    private final Map<String, DeletionRequest> pending = new TreeMap<>();

    /** Queues a request; a member already queued keeps the first request, which is returned. */
    public DeletionRequest queue(DeletionRequest request) {
        return pending.computeIfAbsent(request.memberId(), id -> request);
    }

    public Optional<DeletionRequest> find(String memberId) {
        return Optional.ofNullable(pending.get(memberId));
    }

    /** Withdraws the member's request, if any; returns it. */
    public Optional<DeletionRequest> cancel(String memberId) {
        return Optional.ofNullable(pending.remove(memberId));
    }

    /** Removes and returns the requests whose batch has run by {@code now}, in member id order. */
    public List<DeletionRequest> takeDue(Instant now) {
        List<DeletionRequest> due = new ArrayList<>();
        pending.values().removeIf(r -> {
            if (r.isDue(now)) {
                due.add(r);
                return true;
            }
            return false;
        });
        return due;
    }

    /** Every pending request, by member id. */
    public List<DeletionRequest> all() {
        return List.copyOf(pending.values());
    }
}
