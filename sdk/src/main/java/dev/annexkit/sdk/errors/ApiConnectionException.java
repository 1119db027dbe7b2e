package dev.annexkit.sdk.errors;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * No usable response arrived: connection refused or reset, DNS failure, TLS failure or timeout. The HTTP status is
 * {@code 0}, there is no error code, and {@link #getCause()} holds the underlying {@link IOException}.
 *
 * <p>Whether Annex Cloud received and applied the request is told by {@link #outcomeUnknown()}: when it is true, the
 * request was one the SDK does not repeat (it changes state and carries no key the API de-duplicates) and it failed
 * after it may have reached the server, so it may have been applied. Check the state (balance, activity, order)
 * before sending it again, or send it with a de-duplication key ({@code customId}) next time.
 */
public class ApiConnectionException extends AnnexCloudException {

    private static final long serialVersionUID = 1L;

    private final boolean outcomeUnknown;

    /**
     * Wraps an I/O failure; usually done by {@link AnnexErrors#connectionFailure}.
     *
     * @param cause the failure; not null
     */
    public ApiConnectionException(IOException cause) {
        this(cause, false);
    }

    /**
     * Wraps an I/O failure; usually done by {@link AnnexErrors#connectionFailure(IOException, boolean)}.
     *
     * @param cause          the failure; not null
     * @param outcomeUnknown true when the request was not safe to repeat and may have reached the server
     */
    public ApiConnectionException(IOException cause, boolean outcomeUnknown) {
        super(describe(cause, outcomeUnknown), 0, null, null, null, null, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * Tells whether the failure was a timeout (connect, read, write or whole-call).
     *
     * @return true if the cause is an {@link InterruptedIOException}, as OkHttp reports timeouts
     */
    public boolean isTimeout() {
        return getCause() instanceof InterruptedIOException;
    }

    /**
     * Tells whether the request may have been applied although no answer arrived. True when the request is not
     * safe to repeat (a POST or PATCH without a key the API de-duplicates, and without
     * {@code RequestOptions.idempotent(true)}) and it failed after a connection was open and the request was being
     * sent: a read timeout, a connection reset or closed before the answer, the whole-call deadline. Such a request
     * is never retried. False when the request never left (DNS failure, refused connection, connect timeout) or is
     * safe to send again (then the SDK has already retried it as far as its policy allows).
     *
     * @return true when only the server knows whether the request was applied
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    private static String describe(IOException cause, boolean outcomeUnknown) {
        String kind = cause instanceof InterruptedIOException ? "timed out" : "failed";
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String message = "Connection to Annex Cloud " + kind + ": " + detail;
        return outcomeUnknown ? message + " - the outcome is unknown: the request may have reached Annex Cloud and may"
                + " have been applied; it was not retried (not safe to repeat). Check the state before sending it again"
                : message;
    }
}
