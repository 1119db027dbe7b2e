package dev.annexkit.mock.wiremock.tolerance;

import java.util.List;
import java.util.Objects;

/**
 * What the mock tolerated in one request.
 *
 * @param requestId WireMock's id of the request (as in its request journal)
 * @param operationId the operation the request was served as
 * @param method the HTTP method
 * @param path the request path (with its query)
 * @param tolerated every deviation tolerated, in body order (at most {@link TolerationLog#MAX_PER_REQUEST})
 * @param total how many deviations there were (more than {@code tolerated.size()} only when that was cut)
 */
public record TolerationReport(String requestId, String operationId, String method, String path,
                               List<Toleration> tolerated, int total) {

    /** Copies the list, so a report never changes. */
    public TolerationReport {
        Objects.requireNonNull(operationId, "operationId");
        tolerated = List.copyOf(tolerated);
    }
}
