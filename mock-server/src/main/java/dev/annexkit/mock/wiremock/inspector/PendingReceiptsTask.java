package dev.annexkit.mock.wiremock.inspector;

import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.WireObject;

/**
 * {@code GET /__admin/annexkit/receipts/pending}: receipts waiting for approval or rejection, oldest first
 * (the decisions themselves are the existing {@code receipts/{submissionId}/approve|reject} routes).
 */
final class PendingReceiptsTask extends InspectorTask {

    private final MockRuntime runtime;

    PendingReceiptsTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(InspectorQuery query) {
        return ApiResponse.ok(WireObject.create().putObjects("receipts",
                runtime.program().overview().pendingReceipts().stream().map(InspectorWire::receipt).toList()));
    }
}
