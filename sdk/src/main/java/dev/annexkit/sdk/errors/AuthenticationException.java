package dev.annexkit.sdk.errors;

import java.util.List;
import java.util.Map;

/**
 * The request was not authorized: HTTP 401/403 or code {@code AC1002} (bad, missing or expired token, HMAC
 * mismatch, unknown site). Retrying the same request will not help; check the site id and secret, and the clock.
 */
public class AuthenticationException extends AnnexCloudException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; usually done by {@link AnnexErrors#fromResponse}.
     *
     * @param httpStatus   the HTTP status
     * @param errorCode    the Annex Cloud code, or null
     * @param errorMessage the Annex Cloud message, or null
     * @param rawBody      the response body text, or null
     * @param headers      the response headers, or null
     */
    public AuthenticationException(int httpStatus, String errorCode, String errorMessage, String rawBody,
            Map<String, List<String>> headers) {
        super(httpStatus, errorCode, errorMessage, rawBody, headers);
    }
}
