package dev.annexkit.sdk.errors;

import java.util.List;
import java.util.Map;

/**
 * The request was rejected as invalid: HTTP 400 (e.g. {@code AC1004} "Missing parameters"), 422 and other
 * 4xx statuses without a more specific subclass, including the loyalty rule codes {@code AC1026} and
 * {@code AC1028} (see {@link AnnexCloudException#isLimitReached()}, {@link AnnexCloudException#isEarnNextIn()}).
 */
public class InvalidRequestException extends AnnexCloudException {

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
    public InvalidRequestException(int httpStatus, String errorCode, String errorMessage, String rawBody,
            Map<String, List<String>> headers) {
        super(httpStatus, errorCode, errorMessage, rawBody, headers);
    }
}
