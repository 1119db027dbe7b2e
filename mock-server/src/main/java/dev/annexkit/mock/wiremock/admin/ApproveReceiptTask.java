package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.handlers.ReceiptWire;
import dev.annexkit.mock.wiremock.http.ApiResponse;

/**
 * {@code POST /__admin/annexkit/receipts/{submissionId}/approve} with {@code {"points": 10}}: the site verifies
 * a Pending receipt and credits its points (once; a decided receipt answers 400 AC1040).
 */
final class ApproveReceiptTask extends AnnexAdminTask {

    private final MockRuntime runtime;

    ApproveReceiptTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        return ApiResponse.ok(ReceiptWire.receipt(runtime.program().receipts()
                .approve(request.pathParams().get("submissionId"), request.body().requiredNumber("points"))));
    }
}
