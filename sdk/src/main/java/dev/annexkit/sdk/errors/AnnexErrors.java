package dev.annexkit.sdk.errors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one place that turns a failed Annex Cloud call into an {@link AnnexCloudException}.
 *
 * <p>The body is parsed leniently as {@code {"errorCode": "...", "errorMessage": "..."}}; anything else (HTML, plain
 * text, empty) keeps a null code and uses the start of the trimmed body as the message. The subclass is chosen by
 * status first and then, where the status is not specific (400, 422, other 4xx, unexpected statuses), by code:
 *
 * <table>
 *   <caption>status / code to exception</caption>
 *   <tr><th>status</th><th>code</th><th>exception</th></tr>
 *   <tr><td>401, 403</td><td>any</td><td>{@link AuthenticationException}</td></tr>
 *   <tr><td>404</td><td>any</td><td>{@link NotFoundException}</td></tr>
 *   <tr><td>409 to a retry ({@code X-AnnexKit-Attempt} 2 or more)</td><td>any</td><td>{@link AlreadyAppliedException}</td></tr>
 *   <tr><td>409</td><td>any</td><td>{@link ConflictException}</td></tr>
 *   <tr><td>429</td><td>any</td><td>{@link RateLimitException}</td></tr>
 *   <tr><td>5xx</td><td>any</td><td>{@link ServerException}</td></tr>
 *   <tr><td>other 4xx</td><td>AC1002 / AC1005 / AC1006</td><td>Authentication / NotFound / Conflict</td></tr>
 *   <tr><td>other 4xx</td><td>anything else</td><td>{@link InvalidRequestException}</td></tr>
 *   <tr><td>other</td><td>AC1002 / AC1005 / AC1006</td><td>Authentication / NotFound / Conflict</td></tr>
 *   <tr><td>other</td><td>anything else</td><td>{@link AnnexCloudException}</td></tr>
 * </table>
 *
 * <p>Credentials never leak into an exception: {@code Authorization} headers are redacted, and anything shaped like
 * a JWT in the body is replaced by {@code [REDACTED]}.
 */
public final class AnnexErrors {

    /** Longest non-JSON body prefix kept as the error message. */
    static final int MAX_MESSAGE_CHARS = 200;
    /** Set by {@code dev.annexkit.sdk.retry.RetryInterceptor} on the answer to a retry (the errors package keeps no
     *  dependency on the retry package). */
    static final String RETRY_ATTEMPT_HEADER = "X-AnnexKit-Attempt";
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private AnnexErrors() {
    }

    /**
     * Maps an error response, measuring {@code Retry-After} dates against the system clock.
     *
     * @param status  the HTTP status
     * @param headers the response headers, or null
     * @param body    the response body text, or null
     * @return the matching exception (to be thrown by the caller)
     */
    public static AnnexCloudException fromResponse(int status, Map<String, List<String>> headers, String body) {
        return fromResponse(status, headers, body, Clock.systemUTC());
    }

    /**
     * Maps an error response.
     *
     * @param status  the HTTP status
     * @param headers the response headers, or null
     * @param body    the response body text, or null
     * @param clock   the clock to turn a {@code Retry-After} date into a delay; not null
     * @return the matching exception (to be thrown by the caller)
     */
    public static AnnexCloudException fromResponse(int status, Map<String, List<String>> headers, String body,
                                                   Clock clock) {
        Objects.requireNonNull(clock, "clock");
        String rawBody = body == null ? null : redactTokens(body);
        String code = null;
        String message = null;
        JsonObject json = parseObject(rawBody);
        if (json != null) {
            code = text(json.get("errorCode"));
            message = text(json.get("errorMessage"));
        } else if (rawBody != null && !rawBody.trim().isEmpty()) {
            message = prefix(rawBody.trim());
        }

        if (status == 429) {
            Duration retryAfter = RetryAfter.parse(firstHeader(headers, "Retry-After"), clock.instant()).orElse(null);
            return new RateLimitException(status, code, message, rawBody, headers, retryAfter);
        }
        if (status >= 500 && status <= 599) {
            return new ServerException(status, code, message, rawBody, headers);
        }
        if (status == 401 || status == 403) {
            return new AuthenticationException(status, code, message, rawBody, headers);
        }
        if (status == 404) {
            return new NotFoundException(status, code, message, rawBody, headers);
        }
        int attempt = attempt(headers);
        if (attempt > 1 && (status == 409 || AnnexErrorCode.AC1006.matches(code))) {
            return new AlreadyAppliedException(attempt, status, code, message, rawBody, headers);
        }
        if (status == 409) {
            return new ConflictException(status, code, message, rawBody, headers);
        }
        if (AnnexErrorCode.AC1002.matches(code)) {
            return new AuthenticationException(status, code, message, rawBody, headers);
        }
        if (AnnexErrorCode.AC1005.matches(code)) {
            return new NotFoundException(status, code, message, rawBody, headers);
        }
        if (AnnexErrorCode.AC1006.matches(code)) {
            return new ConflictException(status, code, message, rawBody, headers);
        }
        if (status >= 400 && status <= 499) {
            return new InvalidRequestException(status, code, message, rawBody, headers);
        }
        return new AnnexCloudException(status, code, message, rawBody, headers);
    }

    /**
     * Wraps an I/O failure or timeout that prevented a response.
     *
     * @param cause the failure; not null
     * @return an {@link ApiConnectionException} with status 0
     */
    public static ApiConnectionException connectionFailure(IOException cause) {
        return connectionFailure(cause, false);
    }

    /**
     * Wraps an I/O failure or timeout that prevented a response, saying whether the request may have been applied.
     *
     * @param cause          the failure; not null
     * @param outcomeUnknown true when the request was not safe to repeat and may have reached the server
     * @return an {@link ApiConnectionException} with status 0
     */
    public static ApiConnectionException connectionFailure(IOException cause, boolean outcomeUnknown) {
        return new ApiConnectionException(Objects.requireNonNull(cause, "cause"), outcomeUnknown);
    }

    /**
     * Wraps a successful answer whose body could not be decoded into the expected model: the server broke
     * the contract (for instance a wrong JSON type), which no retry or change of request will fix.
     *
     * @param cause the decoding failure
     * @return an {@link AnnexCloudException} with status 0 and no error code
     */
    public static AnnexCloudException undecodableResponse(RuntimeException cause) {
        return undecodableResponse(cause, null);
    }

    /**
     * Wraps a successful answer whose body could not be decoded into the expected model: the server broke
     * the contract (for instance a wrong JSON type), which no retry or change of request will fix.
     *
     * @param cause   the decoding failure; not null
     * @param rawBody the answer's text (tokens are redacted from the copy kept), or null when unknown
     * @return an {@link AnnexCloudException} with status 0, no error code, the raw body and the failure as cause
     */
    public static AnnexCloudException undecodableResponse(RuntimeException cause, String rawBody) {
        Objects.requireNonNull(cause, "cause");
        String message = "The response does not match the API contract: " + cause.getMessage();
        String body = rawBody == null ? null : redactTokens(rawBody);
        return new AnnexCloudException(AnnexCloudException.describe(0, null, message), 0, null, message, body,
                java.util.Collections.<String, List<String>>emptyMap(), cause);
    }

    private static JsonObject parseObject(String body) {
        if (body == null || body.trim().isEmpty()) {
            return null;
        }
        try {
            JsonElement element = JsonParser.parseString(body); // lenient
            return element.isJsonObject() ? element.getAsJsonObject() : null;
        } catch (RuntimeException | StackOverflowError e) {
            return null; // not JSON: fall back to the text itself
        }
    }

    private static String text(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        return element.isJsonPrimitive() ? element.getAsString() : element.toString();
    }

    private static String prefix(String text) {
        if (text.length() <= MAX_MESSAGE_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_MESSAGE_CHARS - 1)) ? MAX_MESSAGE_CHARS - 1 : MAX_MESSAGE_CHARS;
        return text.substring(0, end) + "…";
    }

    private static String redactTokens(String text) {
        return text.contains("eyJ") ? JWT.matcher(text).replaceAll(AnnexCloudException.REDACTED) : text;
    }

    /** The attempt the retry interceptor numbered this answer with; 1 when it was the first. */
    private static int attempt(Map<String, List<String>> headers) {
        String value = firstHeader(headers, RETRY_ATTEMPT_HEADER);
        try {
            return value == null ? 1 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String firstHeader(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (name.equalsIgnoreCase(entry.getKey()) && entry.getValue() != null && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
