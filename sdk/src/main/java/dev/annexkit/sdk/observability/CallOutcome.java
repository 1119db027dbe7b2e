package dev.annexkit.sdk.observability;

/** How an attempt ended, in the coarse terms metrics group by. */
public enum CallOutcome {
    /** A 2xx answer. */
    SUCCESS,
    /** A 4xx answer: the request was refused (invalid, unauthorised, not found, a loyalty rule, rate limited). */
    CLIENT_ERROR,
    /** A 5xx answer. */
    SERVER_ERROR,
    /** No answer: the connection failed, timed out or was cancelled. */
    IO_ERROR,
    /** An answer with any other status (1xx, 3xx). */
    UNKNOWN;

    /**
     * The outcome of an answer.
     *
     * @param status the HTTP status
     * @return the outcome
     */
    public static CallOutcome ofStatus(int status) {
        if (status >= 200 && status <= 299) {
            return SUCCESS;
        }
        if (status >= 400 && status <= 499) {
            return CLIENT_ERROR;
        }
        if (status >= 500 && status <= 599) {
            return SERVER_ERROR;
        }
        return UNKNOWN;
    }
}
