package dev.annexkit.sdk.errors;

import java.util.List;
import java.util.Map;

/**
 * A retried request was answered {@code 409} ("Data already exists"): an earlier attempt of the same call got no
 * usable answer (a lost connection, a timeout, a gateway error), the SDK sent it again because the API de-duplicates
 * it, and the API recognised the key as already used. The operation <em>was applied</em>, exactly once — by the
 * earlier attempt (or, if the caller reused the key, by an earlier call with the same key). It is not a failure of
 * the operation.
 *
 * <p>What is lost is the earlier attempt's answer (for {@code POST /points}: the booked entry, the new balance, a
 * coupon code). Read the state back when you need it, e.g. the member's balance or activity, the order, the
 * issuance. A {@code catch (ConflictException e)} also catches this exception; catch it first to tell the two apart.
 *
 * <pre>{@code
 * try {
 *     client.points().postPoints(PointsRequests.manualCredit(id, 250, "Welcome bonus").customId("welcome-" + id));
 * } catch (AlreadyAppliedException e) {
 *     // booked once; the answer was lost on the way: re-read what you need
 * }
 * }</pre>
 */
public class AlreadyAppliedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final int attempt;

    /**
     * Creates the exception; done by {@link AnnexErrors#fromResponse} for a 409 to a retry.
     *
     * @param attempt      the attempt that got the 409, 2 or more
     * @param httpStatus   the HTTP status (409)
     * @param errorCode    the Annex Cloud code (usually {@code AC1006}), or null
     * @param errorMessage the Annex Cloud message, or null
     * @param rawBody      the response body text, or null
     * @param headers      the response headers, or null
     */
    public AlreadyAppliedException(int attempt, int httpStatus, String errorCode, String errorMessage, String rawBody,
                                   Map<String, List<String>> headers) {
        super(describe(httpStatus, errorCode, errorMessage) + " - attempt " + attempt + " was a retry after an attempt"
                + " without usable answer; the API already holds this request's key, so the request was applied once"
                + " (by the earlier attempt, unless the key was used before) and its answer is lost: read the state"
                + " back if you need it",
                httpStatus, errorCode, errorMessage, rawBody, headers);
        this.attempt = attempt;
    }

    /**
     * Returns the attempt that was answered with the conflict.
     *
     * @return 2 for the first retry, 3 for the second, …
     */
    public int attempt() {
        return attempt;
    }
}
