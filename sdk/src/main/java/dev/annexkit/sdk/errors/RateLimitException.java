package dev.annexkit.sdk.errors;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Too many requests: HTTP 429. {@link #retryAfter()} tells how long the server asked the client to wait, parsed from
 * the {@code Retry-After} header (delay in seconds or an HTTP date).
 */
public class RateLimitException extends AnnexCloudException {

    private static final long serialVersionUID = 1L;

    /** Requested delay, or null. */
    private final Duration retryAfter;

    /**
     * Creates the exception; usually done by {@link AnnexErrors#fromResponse}.
     *
     * @param httpStatus   the HTTP status
     * @param errorCode    the Annex Cloud code, or null
     * @param errorMessage the Annex Cloud message, or null
     * @param rawBody      the response body text, or null
     * @param headers      the response headers, or null
     * @param retryAfter   the delay the server asked for, or null when absent or unparseable
     */
    public RateLimitException(int httpStatus, String errorCode, String errorMessage, String rawBody,
                              Map<String, List<String>> headers, Duration retryAfter) {
        super(httpStatus, errorCode, errorMessage, rawBody, headers);
        this.retryAfter = retryAfter;
    }

    /**
     * Returns the wait the server asked for.
     *
     * @return the non-negative delay from {@code Retry-After}, or empty when absent or unparseable
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
