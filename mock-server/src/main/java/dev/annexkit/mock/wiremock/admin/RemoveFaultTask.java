package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.fault.FaultJson;
import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.ApiResponse;

/** {@code DELETE /__admin/annexkit/faults/{id}}: removes one fault; 404 when there is none with that id. */
final class RemoveFaultTask extends AnnexAdminTask {

    private final MockRuntime runtime;

    RemoveFaultTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        String id = request.pathParams().get("id");
        if (!runtime.faults().remove(id)) {
            return new ApiResponse(404, new AnnexError("AC1005", "No fault " + id));
        }
        return ApiResponse.ok(FaultJson.list(runtime.faults().list()));
    }
}
