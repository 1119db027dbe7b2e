package dev.annexkit.sdk.observability;

/**
 * Hears about every attempt the client makes: a call that is retried reports each attempt. Register listeners with
 * {@link dev.annexkit.sdk.AnnexCloudClient.Builder#callListener(CallListener)}; metrics and tracing glue (such as the
 * AnnexKit Spring Boot starter's Micrometer Observations) are built on it, so the SDK itself needs neither.
 *
 * <p>The simple form only wants the outcome:
 * <pre>{@code
 * AnnexCloudClient.builder()...
 *     .callListener(event -> metrics.count(event.operationId(), event.outcome()))
 *     .build();
 * }</pre>
 * A listener that must keep something between the start and the end of an attempt (a timer, a span) overrides
 * {@link #attemptStarted(CallAttempt)} and returns a listener holding it.
 *
 * <p>Listeners run on the thread making the call, so they should be quick. What they throw is logged and
 * ignored: a listener never changes the outcome of a call. Events never contain the raw path, which holds member
 * ids and e-mail addresses, nor any header or body.
 */
@FunctionalInterface
public interface CallListener {

    /**
     * An attempt has ended: an answer arrived (whatever its status) or no answer could be had.
     *
     * @param event what happened
     */
    void attemptFinished(CallEvent event);

    /**
     * An attempt is about to be sent. The listener returned is the one whose {@link #attemptFinished(CallEvent)}
     * hears the end of this attempt; the default returns this listener.
     *
     * @param attempt which operation, and which attempt of the call
     * @return the listener to tell when the attempt ends, or null to hear nothing of it
     */
    default CallListener attemptStarted(CallAttempt attempt) {
        return this;
    }
}
