package dev.annexkit.mock.wiremock;

import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * WireMock's in-memory request journal, keeping count of its entries. WireMock trims a bounded journal after
 * every request by counting the keys ({@code getAllKeys().count()}); its own store answers that by walking every
 * entry, so with the default 1,000 entries each request paid for a thousand map lookups. Here the key stream
 * knows its size, so counting it walks nothing. Newest entries come first, as in WireMock's store.
 */
final class CountedJournalStore implements RequestJournalStore {

    private final Deque<UUID> order = new ConcurrentLinkedDeque<>();
    private final Map<UUID, ServeEvent> events = new ConcurrentHashMap<>();
    /** Entries in {@link #order}; changed together with it under this store's lock. */
    private int size;

    @Override
    public synchronized void add(ServeEvent event) {
        events.put(event.getId(), event);
        order.addFirst(event.getId());
        size++;
    }

    @Override
    public Stream<ServeEvent> getAll() {
        return order.stream().map(events::get).filter(Objects::nonNull);
    }

    /** The keys, newest first; the stream knows its size, so {@code count()} walks nothing. */
    @Override
    public synchronized Stream<UUID> getAllKeys() {
        return StreamSupport.stream(Spliterators.spliterator(order.iterator(), size,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public synchronized void removeLast() {
        UUID last = order.pollLast();
        if (last != null) {
            events.remove(last);
            size--;
        }
    }

    @Override
    public Optional<ServeEvent> get(UUID id) {
        return Optional.ofNullable(events.get(id));
    }

    /** Updates an entry still in the journal (WireMock calls this when an answer is complete). */
    @Override
    public void put(UUID id, ServeEvent event) {
        events.replace(id, event);
    }

    @Override
    public synchronized void remove(UUID id) {
        if (order.remove(id)) {
            size--;
        }
        events.remove(id);
    }

    @Override
    public synchronized void clear() {
        order.clear();
        events.clear();
        size = 0;
    }
}
