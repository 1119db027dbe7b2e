package dev.annexkit.spring.boot.autoconfigure;

import dev.annexkit.sdk.observability.CallAttempt;
import dev.annexkit.sdk.observability.CallEvent;
import dev.annexkit.sdk.observability.CallListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Records every attempt of the client's calls as a Micrometer {@link Observation} named
 * {@value #NAME}, so it becomes a timer (and a span, with tracing) without the SDK knowing Micrometer.
 *
 * <p>Low-cardinality key values: {@code operation} (the spec's operationId), {@code method}, {@code uri} (the
 * path template, never the raw path with its member ids), {@code status} (or {@code NONE} without an answer),
 * {@code error.code} (the Annex Cloud errorCode, or {@code NONE}) and {@code outcome} (SUCCESS, CLIENT_ERROR,
 * SERVER_ERROR, IO_ERROR, UNKNOWN). High-cardinality: {@code attempt} (1 for the first attempt).
 */
public class AnnexCloudObservationListener implements CallListener {

    /** The Observation name. */
    public static final String NAME = "annexkit.client.requests";
    private static final String NONE = "NONE";

    private final ObservationRegistry registry;

    /**
     * Creates the listener.
     *
     * @param registry where Observations go
     */
    public AnnexCloudObservationListener(ObservationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public CallListener attemptStarted(CallAttempt attempt) {
        Observation observation = Observation.createNotStarted(NAME, registry)
                .contextualName("annexkit " + attempt.operationId())
                .lowCardinalityKeyValue("operation", attempt.operationId())
                .lowCardinalityKeyValue("method", attempt.method())
                .lowCardinalityKeyValue("uri", attempt.pathTemplate())
                .highCardinalityKeyValue("attempt", Integer.toString(attempt.attempt()))
                .start();
        return event -> finish(observation, event);
    }

    @Override
    public void attemptFinished(CallEvent event) {
        // never reached: every attempt gets the listener returned by attemptStarted
    }

    private static void finish(Observation observation, CallEvent event) {
        observation.lowCardinalityKeyValue("status", event.status() == 0 ? NONE : Integer.toString(event.status()))
                .lowCardinalityKeyValue("error.code", event.errorCode().orElse(NONE))
                .lowCardinalityKeyValue("outcome", event.outcome().name());
        event.failure().ifPresent(observation::error);
        observation.stop();
    }
}
