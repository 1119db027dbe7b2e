package dev.annexkit.sdk.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Root of the AnnexKit SDK's single, unchecked exception family: every failed Annex Cloud call ends in one of its
 * subclasses, chosen by {@link AnnexErrors}.
 *
 * <p>Carries the HTTP status ({@code 0} when no response arrived), the Annex Cloud {@code errorCode} (e.g.
 * {@code "AC1005"}) and {@code errorMessage} from the error body, the raw body and the response headers. Headers
 * that carry credentials ({@code Authorization}, {@code Proxy-Authorization}) are always redacted, so an exception
 * can be logged safely. The message reads like {@code HTTP 404 AC1005: No data found}.
 */
public class AnnexCloudException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    static final String REDACTED = "[REDACTED]";

    /** HTTP status, 0 without response. */
    private final int httpStatus;
    /** Annex Cloud error code, or null. */
    private final String errorCode;
    /** Annex Cloud error message, or null. */
    private final String errorMessage;
    /** Response body text with tokens redacted, or null. */
    private final String rawBody;
    private final transient Map<String, List<String>> headers;

    /**
     * Creates an exception for an error response.
     *
     * @param httpStatus   the HTTP status, or 0 when there was no response
     * @param errorCode    the Annex Cloud code, e.g. {@code "AC1005"}, or null
     * @param errorMessage the Annex Cloud message, or null
     * @param rawBody      the response body text, or null
     * @param headers      the response headers, or null; credential headers are redacted in the copy kept
     */
    public AnnexCloudException(int httpStatus, String errorCode, String errorMessage, String rawBody,
                               Map<String, List<String>> headers) {
        this(describe(httpStatus, errorCode, errorMessage), httpStatus, errorCode, errorMessage, rawBody, headers,
                null);
    }

    /**
     * Creates an exception with an explicit message and cause; for subclasses such as
     * {@link ApiConnectionException}.
     *
     * @param message      the exception message
     * @param httpStatus   the HTTP status, or 0 when there was no response
     * @param errorCode    the Annex Cloud code, or null
     * @param errorMessage the Annex Cloud message, or null
     * @param rawBody      the response body text, or null
     * @param headers      the response headers, or null
     * @param cause        the cause, or null
     */
    protected AnnexCloudException(String message, int httpStatus, String errorCode, String errorMessage,
                                  String rawBody, Map<String, List<String>> headers, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.rawBody = rawBody;
        this.headers = safeCopy(headers);
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status code, or {@code 0} when no response was received
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Returns the Annex Cloud error code.
     *
     * @return e.g. {@code "AC1005"}, or null when the body carried none
     */
    public String errorCode() {
        return errorCode;
    }

    /**
     * Returns the known code, if the error code is one AnnexKit knows.
     *
     * @return the code, or empty
     */
    public Optional<AnnexErrorCode> knownErrorCode() {
        return AnnexErrorCode.fromCode(errorCode);
    }

    /**
     * Returns the Annex Cloud error message.
     *
     * @return the {@code errorMessage} of the body, the start of a non-JSON body, or null
     */
    public String errorMessage() {
        return errorMessage;
    }

    /**
     * Returns the response body text.
     *
     * @return the body as received (tokens redacted), or null
     */
    public String rawBody() {
        return rawBody;
    }

    /**
     * Returns the response headers.
     *
     * @return an unmodifiable, case-insensitive map; credential headers redacted; empty when there was no response
     */
    public Map<String, List<String>> headers() {
        return headers == null ? Collections.<String, List<String>>emptyMap() : headers;
    }

    /**
     * Returns the first value of a response header.
     *
     * @param name the header name, case-insensitive
     * @return the first value, or empty
     */
    public Optional<String> header(String name) {
        List<String> values = headers().get(name);
        return values == null || values.isEmpty() ? Optional.<String>empty() : Optional.ofNullable(values.get(0));
    }

    /**
     * Tells whether the loyalty rule "action limit reached" rejected the call.
     *
     * @return true if the error code is {@link AnnexErrorCode#AC1026}
     */
    public boolean isLimitReached() {
        return AnnexErrorCode.AC1026.matches(errorCode);
    }

    /**
     * Tells whether the loyalty rule "earn next in" (action earnable again only later) rejected the call.
     *
     * @return true if the error code is {@link AnnexErrorCode#AC1028}
     */
    public boolean isEarnNextIn() {
        return AnnexErrorCode.AC1028.matches(errorCode);
    }

    /**
     * Tells whether the member lacked the available points for a debit or redemption (AnnexKit-assigned code).
     *
     * @return true if the error code is {@link AnnexErrorCode#AC1010}
     */
    public boolean isInsufficientPoints() {
        return AnnexErrorCode.AC1010.matches(errorCode);
    }

    /**
     * Tells whether the reward's coupon pool was empty (AnnexKit-assigned code).
     *
     * @return true if the error code is {@link AnnexErrorCode#AC1011}
     */
    public boolean isRewardOutOfStock() {
        return AnnexErrorCode.AC1011.matches(errorCode);
    }

    /**
     * Tells whether the reward was not Live (AnnexKit-assigned code).
     *
     * @return true if the error code is {@link AnnexErrorCode#AC1012}
     */
    public boolean isRewardNotLive() {
        return AnnexErrorCode.AC1012.matches(errorCode);
    }

    /**
     * Tells whether the member was not eligible for the reward (AnnexKit-assigned code).
     *
     * @return true if the error code is {@link AnnexErrorCode#AC1013}
     */
    public boolean isNotEligible() {
        return AnnexErrorCode.AC1013.matches(errorCode);
    }

    /**
     * Tells whether a reward assignment could not move to the requested status (AnnexKit-assigned code).
     *
     * @return true if the error code is {@link AnnexErrorCode#AC1014}
     */
    public boolean isIllegalAssignmentTransition() {
        return AnnexErrorCode.AC1014.matches(errorCode);
    }

    static String describe(int httpStatus, String errorCode, String errorMessage) {
        StringBuilder message = new StringBuilder("HTTP ").append(httpStatus);
        if (errorCode != null && !errorCode.isEmpty()) {
            message.append(' ').append(errorCode);
        }
        if (errorMessage != null && !errorMessage.isEmpty()) {
            message.append(": ").append(errorMessage);
        }
        return message.toString();
    }

    private static Map<String, List<String>> safeCopy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey() == null) {
                    continue; // HttpURLConnection reports the status line under a null key
                }
                List<String> values = entry.getValue() == null ? new ArrayList<String>() : entry.getValue();
                if (isCredential(entry.getKey())) {
                    values = values.isEmpty() ? values : Collections.nCopies(values.size(), REDACTED);
                }
                List<String> merged = copy.computeIfAbsent(entry.getKey(), k -> new ArrayList<>());
                merged.addAll(values);
            }
        }
        for (Map.Entry<String, List<String>> entry : copy.entrySet()) {
            entry.setValue(Collections.unmodifiableList(entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    static boolean isCredential(String headerName) {
        return headerName.equalsIgnoreCase("Authorization") || headerName.equalsIgnoreCase("Proxy-Authorization");
    }
}
