package dev.annexkit.mock.wiremock.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The fault rules of one server, like WireMock's stubs for failure: added, listed, removed one by one or all
 * at once, and cleared by a reset. Thread-safe: requests consume counted faults concurrently.
 *
 * <p>Rules are tried in the order added; the first one that hits a request decides it. A counted rule is used
 * up after its last hit and disappears. Probabilities are drawn from an injected {@link Random}, so a seeded
 * run hits the same requests every time.
 */
public final class Faults {

    private final Random random;
    private final List<Fault> rules = new ArrayList<>();
    private long lastId;

    /** Faults drawing their probabilities from {@code random}. */
    public Faults(Random random) {
        this.random = random;
    }

    /** Starts a fault on one operation (its spec {@code operationId}, e.g. {@code postPoints}). */
    public FaultPlan on(String operationId) {
        return new FaultPlan(this, operationId);
    }

    /** Adds a rule; returns it with its id. */
    public synchronized Fault add(Fault fault) {
        Fault stored = fault.withId("fault-" + (++lastId));
        rules.add(stored);
        return stored;
    }

    /** The active rules in the order they are tried, with the hits they have left. */
    public synchronized List<Fault> list() {
        return List.copyOf(rules);
    }

    /** Removes one rule; false when there is none with this id. */
    public synchronized boolean remove(String id) {
        return rules.removeIf(f -> f.id().equals(id));
    }

    /** Removes every rule. */
    public synchronized void clear() {
        rules.clear();
    }

    /** The fault that hits this request of the operation, if any, counting it. */
    synchronized Optional<Fault> hit(String operationId) {
        for (int i = 0; i < rules.size(); i++) {
            Fault rule = rules.get(i);
            if (!rule.operationId().equals(operationId)) {
                continue;
            }
            if (rule.times() != null) {
                if (rule.times() == 1) {
                    rules.remove(i);
                } else {
                    rules.set(i, rule.withTimes(rule.times() - 1));
                }
                return Optional.of(rule);
            }
            if (random.nextDouble() < rule.probability()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
