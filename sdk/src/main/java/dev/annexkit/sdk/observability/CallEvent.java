package dev.annexkit.sdk.observability;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The end of one attempt, as a {@link CallListener} hears it: the operation (never the raw path), the HTTP
 * status and Annex Cloud {@code errorCode} of the answer, or the I/O failure when there was none, and how long it
 * took. Immutable.
 */
public final class CallEvent {

    private final CallAttempt attempt;
    private final int status;
    private final String errorCode;
    private final IOException failure;
    private final Duration duration;

    private CallEvent(CallAttempt attempt, int status, String errorCode, IOException failure, Duration duration) {
        this.attempt = Objects.requireNonNull(attempt, "attempt");
        this.status = status;
        this.errorCode = errorCode;
        this.failure = failure;
        this.duration = Objects.requireNonNull(duration, "duration");
    }

    /**
     * An attempt that got an answer.
     *
     * @param attempt   the attempt
     * @param status    the HTTP status
     * @param errorCode the answer's {@code errorCode}, or null
     * @param duration  from sending to the answer
     * @return the event
     */
    public static CallEvent answered(CallAttempt attempt, int status, String errorCode, Duration duration) {
        return new CallEvent(attempt, status, errorCode, null, duration);
    }

    /**
     * An attempt that got no answer.
     *
     * @param attempt  the attempt
     * @param failure  why; not null
     * @param duration from sending to the failure
     * @return the event
     */
    public static CallEvent failed(CallAttempt attempt, IOException failure, Duration duration) {
        return new CallEvent(attempt, 0, null, Objects.requireNonNull(failure, "failure"), duration);
    }

    /**
     * The attempt this event ends.
     *
     * @return the attempt
     */
    public CallAttempt attempt() {
        return attempt;
    }

    /**
     * The operation, as the spec names it.
     *
     * @return e.g. {@code createMember}, or {@link CallAttempt#UNKNOWN_OPERATION}
     */
    public String operationId() {
        return attempt.operationId();
    }

    /**
     * The HTTP method.
     *
     * @return e.g. {@code POST}
     */
    public String method() {
        return attempt.method();
    }

    /**
     * The operation's path template.
     *
     * @return e.g. {@code /users/{memberId}}, or {@link CallAttempt#UNKNOWN_OPERATION}
     */
    public String pathTemplate() {
        return attempt.pathTemplate();
    }

    /**
     * Which attempt of the call this was.
     *
     * @return 1 for the first attempt, 2 for the first retry, ...
     */
    public int attemptNumber() {
        return attempt.attempt();
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status, or 0 when there was no answer
     */
    public int status() {
        return status;
    }

    /**
     * The Annex Cloud error code of an error answer.
     *
     * @return e.g. {@code AC1005}; empty for a success, an error without a JSON body, or no answer
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * Why there was no answer.
     *
     * @return the I/O failure or timeout; empty when an answer arrived
     */
    public Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * How the attempt ended.
     *
     * @return the outcome
     */
    public CallOutcome outcome() {
        return failure != null ? CallOutcome.IO_ERROR : CallOutcome.ofStatus(status);
    }

    /**
     * How long the attempt took: from handing the request on until the answer's headers arrived (for an error
     * answer, until its body was read) or the attempt failed.
     *
     * @return the duration
     */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return attempt + " -> " + (failure != null ? failure.getClass().getSimpleName() : String.valueOf(status))
                + (errorCode != null ? " " + errorCode : "") + " in " + duration.toMillis() + " ms";
    }
}
