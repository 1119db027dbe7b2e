package dev.annexkit.mock.wiremock.inspector;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The latest API requests, newest first, for the inspector. Bounded: the oldest call is dropped once
 * {@code capacity} are held, so a long-running mock keeps a constant footprint. Cleared when the mock is reset.
 * Thread-safe: Jetty answers requests on many threads.
 */
public final class RequestLog {

    /** How many calls the standalone and embedded mock keep. */
    public static final int DEFAULT_CAPACITY = 500;

    private final int capacity;
    private final Deque<LoggedCall> calls = new ArrayDeque<>();
    private long sequence;

    public RequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** The next number to give a call, so the page can tell new calls from ones it has shown. */
    synchronized long nextSequence() {
        return ++sequence;
    }

    synchronized void add(LoggedCall call) {
        if (calls.size() == capacity) {
            calls.removeLast();
        }
        calls.addFirst(call);
    }

    /** Up to {@code limit} calls, newest first. */
    public synchronized List<LoggedCall> latest(int limit) {
        List<LoggedCall> latest = new ArrayList<>(Math.min(limit, calls.size()));
        Iterator<LoggedCall> it = calls.iterator();
        while (it.hasNext() && latest.size() < limit) {
            latest.add(it.next());
        }
        return latest;
    }

    /** How many calls are held. */
    public synchronized int size() {
        return calls.size();
    }

    public int capacity() {
        return capacity;
    }

    /** Forgets every call (the mock was reset). */
    public synchronized void clear() {
        calls.clear();
    }
}
