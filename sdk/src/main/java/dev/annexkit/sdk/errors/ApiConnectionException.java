package dev.annexkit.sdk.errors;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * No usable response arrived: connection refused or reset, DNS failure, TLS failure or timeout. The HTTP status is
 * {@code 0}, there is no error code, and {@link #getCause()} holds the underlying {@link IOException}. The request
 * may or may not have reached Annex Cloud.
 */
public class ApiConnectionException extends AnnexCloudException {

    private static final long serialVersionUID = 1L;

    /**
     * Wraps an I/O failure; usually done by {@link AnnexErrors#connectionFailure}.
     *
     * @param cause the failure; not null
     */
    public ApiConnectionException(IOException cause) {
        super(describe(cause), 0, null, null, null, null, cause);
    }

    /**
     * Tells whether the failure was a timeout (connect, read, write or whole-call).
     *
     * @return true if the cause is an {@link InterruptedIOException}, as OkHttp reports timeouts
     */
    public boolean isTimeout() {
        return getCause() instanceof InterruptedIOException;
    }

    private static String describe(IOException cause) {
        String kind = cause instanceof InterruptedIOException ? "timed out" : "failed";
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "Connection to Annex Cloud " + kind + ": " + detail;
    }
}
