package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.handlers.ReceiptWire;
import dev.annexkit.mock.wiremock.http.ApiResponse;

/**
 * {@code POST /__admin/annexkit/receipts/{submissionId}/reject} with {@code {"reason": "..."}}: the site refuses
 * a Pending receipt; nothing is credited.
 */
final class RejectReceiptTask extends AnnexAdminTask {

    private final MockRuntime runtime;

    RejectReceiptTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        return ApiResponse.ok(ReceiptWire.receipt(runtime.program().receipts()
                .reject(request.pathParams().get("submissionId"), request.body().requiredText("reason"))));
    }
}
