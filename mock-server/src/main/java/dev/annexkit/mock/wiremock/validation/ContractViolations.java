package dev.annexkit.mock.wiremock.validation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The answers the mock refused to send because they broke the contract (only in full validation mode). */
public final class ContractViolations {

    /** One refused answer. */
    public record Violation(String operationId, int status, List<String> problems) {
    }

    private final List<Violation> violations = new CopyOnWriteArrayList<>();

    /** Records a refused answer. */
    public void record(String operationId, int status, List<String> problems) {
        violations.add(new Violation(operationId, status, List.copyOf(problems)));
    }

    /** Every refused answer since start or the last reset, oldest first. */
    public List<Violation> all() {
        return List.copyOf(violations);
    }

    /** Forgets them. */
    public void clear() {
        violations.clear();
    }
}
