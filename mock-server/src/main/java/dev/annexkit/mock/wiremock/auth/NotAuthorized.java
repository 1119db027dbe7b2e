package dev.annexkit.mock.wiremock.auth;

/**
 * A request failed Annex Cloud authentication. The {@linkplain #getMessage() reason} is for logs only; clients
 * always get the same answer, {@value #HTTP_STATUS} with {@link #RESPONSE_BODY}, as upstream documents one AC1002
 * response for every cause.
 */
public final class NotAuthorized extends RuntimeException {

    /** HTTP status of the answer to an unauthenticated request. */
    public static final int HTTP_STATUS = 401;
    /** Annex Cloud error code of the answer. */
    public static final String ERROR_CODE = "AC1002";
    /** Annex Cloud error message of the answer. */
    public static final String ERROR_MESSAGE = "Request not authorized";
    /** The full JSON body of the answer ({@code application/json}). */
    public static final String RESPONSE_BODY =
            "{\"errorCode\":\"" + ERROR_CODE + "\",\"errorMessage\":\"" + ERROR_MESSAGE + "\"}";

    private static final long serialVersionUID = 1L;

    /**
     * @param reason why the request was rejected, for server logs; must not contain secrets
     */
    public NotAuthorized(String reason) {
        super(reason, null, false, false); // no stack trace: this is an expected outcome, not a bug
    }

    /**
     * @return the reason, same as {@link #getMessage()}
     */
    public String reason() {
        return getMessage();
    }
}
