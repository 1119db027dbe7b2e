package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.fault.FaultJson;
import dev.annexkit.mock.wiremock.http.ApiResponse;

/** {@code GET /__admin/annexkit/faults}: the active faults in the order they are tried. */
final class ListFaultsTask extends AnnexAdminTask {

    private final MockRuntime runtime;

    ListFaultsTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        return ApiResponse.ok(FaultJson.list(runtime.faults().list()));
    }
}
