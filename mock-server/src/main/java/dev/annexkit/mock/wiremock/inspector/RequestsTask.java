package dev.annexkit.mock.wiremock.inspector;

import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.WireObject;

/** {@code GET /__admin/annexkit/requests?limit=}: the latest API requests, newest first (default 100). */
final class RequestsTask extends InspectorTask {

    static final int DEFAULT_LIMIT = 100;

    private final RequestLog log;

    RequestsTask(RequestLog log) {
        this.log = log;
    }

    @Override
    ApiResponse handle(InspectorQuery query) {
        int limit = query.number("limit", Math.min(DEFAULT_LIMIT, log.capacity()), 1, log.capacity());
        return ApiResponse.ok(WireObject.create()
                .put("capacity", log.capacity())
                .put("held", log.size())
                .putObjects("requests", log.latest(limit).stream().map(InspectorWire::call).toList()));
    }
}
