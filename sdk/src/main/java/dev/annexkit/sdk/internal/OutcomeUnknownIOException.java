package dev.annexkit.sdk.internal;

import java.io.IOException;

/**
 * Marks an I/O failure of a request that is not safe to repeat and may have reached the server: the retry
 * interceptor throws it around the original failure, and {@link ApiCalls} turns it into an
 * {@link dev.annexkit.sdk.errors.ApiConnectionException} whose {@code outcomeUnknown()} is true. Internal.
 */
public final class OutcomeUnknownIOException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Wraps the failure.
     *
     * @param cause the original failure; not null
     */
    public OutcomeUnknownIOException(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
