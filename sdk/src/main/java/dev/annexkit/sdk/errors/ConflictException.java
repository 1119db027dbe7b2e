package dev.annexkit.sdk.errors;

import java.util.List;
import java.util.Map;

/**
 * The record already exists: HTTP 409 or code {@code AC1006} "Data already exists" (duplicate order id,
 * coupon, member…).
 */
public class ConflictException extends AnnexCloudException {

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
    public ConflictException(int httpStatus, String errorCode, String errorMessage, String rawBody,
            Map<String, List<String>> headers) {
        super(httpStatus, errorCode, errorMessage, rawBody, headers);
    }

    /**
     * Creates the exception with its own message; for {@link AlreadyAppliedException}.
     *
     * @param message      the exception message
     * @param httpStatus   the HTTP status
     * @param errorCode    the Annex Cloud code, or null
     * @param errorMessage the Annex Cloud message, or null
     * @param rawBody      the response body text, or null
     * @param headers      the response headers, or null
     */
    protected ConflictException(String message, int httpStatus, String errorCode, String errorMessage, String rawBody,
            Map<String, List<String>> headers) {
        super(message, httpStatus, errorCode, errorMessage, rawBody, headers, null);
    }
}
