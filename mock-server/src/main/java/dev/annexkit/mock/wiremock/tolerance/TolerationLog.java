package dev.annexkit.mock.wiremock.tolerance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The latest requests that had something tolerated, oldest first, bounded so a long run cannot fill the heap.
 * Requests sent in canonical form leave no entry, so an empty log proves a client clean.
 */
public final class TolerationLog {

    /** How many requests the log keeps (the oldest are dropped first). */
    public static final int MAX_REQUESTS = 500;
    /** How many tolerations one entry lists ({@link TolerationReport#total()} counts the rest). */
    public static final int MAX_PER_REQUEST = Canonicaliser.MAX_LISTED;

    private final Deque<TolerationReport> reports = new ArrayDeque<>();

    /** Records what one request had tolerated; nothing when nothing was. */
    public void record(String requestId, String operationId, String method, String path,
                       ToleranceStage.Outcome outcome) {
        if (!outcome.changed()) {
            return;
        }
        TolerationReport report = new TolerationReport(requestId, operationId, method, path, outcome.tolerated(),
                outcome.total());
        synchronized (reports) {
            if (reports.size() == MAX_REQUESTS) {
                reports.removeFirst();
            }
            reports.addLast(report);
        }
    }

    /** The recorded requests, oldest first; an immutable copy. */
    public List<TolerationReport> all() {
        synchronized (reports) {
            return List.copyOf(reports);
        }
    }

    /** Forgets them (on reset). */
    public void clear() {
        synchronized (reports) {
            reports.clear();
        }
    }
}
