package dev.annexkit.mock.wiremock.http;

import dev.annexkit.mock.domain.LoyaltyProgram;

/** Serves one operation: maps the request onto the domain and the outcome back onto the wire. */
@FunctionalInterface
public interface OperationHandler {

    /**
     * Handles one request.
     *
     * @param request the authenticated request
     * @param program the loyalty program of this mock server
     * @param site the site the request is for, for the {@code siteId} fields of answers
     * @return the answer; domain exceptions propagate and {@link ErrorResponses} maps them
     */
    ApiResponse handle(ApiRequest request, LoyaltyProgram program, String site);
}
