package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.fault.FaultJson;
import dev.annexkit.mock.wiremock.http.ApiResponse;

/** {@code DELETE /__admin/annexkit/faults}: removes every fault. */
final class ClearFaultsTask extends AnnexAdminTask {

    private final MockRuntime runtime;

    ClearFaultsTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        runtime.faults().clear();
        return ApiResponse.ok(FaultJson.list(runtime.faults().list()));
    }
}
