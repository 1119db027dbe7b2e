package dev.annexkit.sdk.observability;

import java.util.Objects;

/**
 * One attempt of a call, as a {@link CallListener} sees it when it starts: the operation, never the raw path.
 * Immutable.
 */
public final class CallAttempt {

    /** The operation id reported for a request that matches no operation of the spec. */
    public static final String UNKNOWN_OPERATION = "unknown";

    private final String operationId;
    private final String method;
    private final String pathTemplate;
    private final int attempt;

    /**
     * Creates an attempt.
     *
     * @param operationId  the spec's operationId, e.g. {@code getPointBalance}, or {@link #UNKNOWN_OPERATION}
     * @param method       the HTTP method, e.g. {@code GET}
     * @param pathTemplate the operation's path template below the base path, e.g. {@code /points/{memberId}}, or
     *                     {@link #UNKNOWN_OPERATION}
     * @param attempt      1 for the first attempt, 2 for the first retry, ...
     */
    public CallAttempt(String operationId, String method, String pathTemplate, int attempt) {
        this.operationId = Objects.requireNonNull(operationId, "operationId");
        this.method = Objects.requireNonNull(method, "method");
        this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more: " + attempt);
        }
        this.attempt = attempt;
    }

    /**
     * The operation, as the spec names it.
     *
     * @return e.g. {@code createMember}; {@link #UNKNOWN_OPERATION} when the path matches no operation
     */
    public String operationId() {
        return operationId;
    }

    /**
     * The HTTP method.
     *
     * @return e.g. {@code POST}
     */
    public String method() {
        return method;
    }

    /**
     * The operation's path template, which names the path without its values.
     *
     * @return e.g. {@code /users/{memberId}}; {@link #UNKNOWN_OPERATION} when the path matches no operation
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * Which attempt of the call this is.
     *
     * @return 1 for the first attempt, 2 for the first retry, ...
     */
    public int attempt() {
        return attempt;
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate + " (" + operationId + ", attempt " + attempt + ")";
    }
}
