package dev.annexkit.mock.wiremock.inspector;

import java.time.Instant;

/**
 * One API request as the inspector lists it.
 *
 * @param at           wall-clock time the request arrived
 * @param mockTime     the mock's clock when it was answered (it may have been moved by the admin API)
 * @param path         path and query as sent, cut to a readable length
 * @param errorCode    {@code errorCode} of an error answer, else null
 * @param errorMessage {@code errorMessage} of an error answer, cut to a readable length, else null
 * @param tolerated    the answer's {@code X-AnnexKit-Tolerated} header (what the mock normalised), else null
 * @param authFailed   refused by authentication (401)
 * @param refused      refused as invalid input (400 AC1004): the contract check or a field rule
 */
public record LoggedCall(long sequence, Instant at, Instant mockTime, String method, String path, int status,
                         String errorCode, String errorMessage, String tolerated, boolean authFailed,
                         boolean refused) {
}
