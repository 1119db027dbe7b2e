package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.fault.FaultJson;
import dev.annexkit.mock.wiremock.http.ApiResponse;

/** {@code POST /__admin/annexkit/faults} with a fault (see {@link FaultJson}): adds it; answers it with its id. */
final class AddFaultTask extends AnnexAdminTask {

    private final MockRuntime runtime;

    AddFaultTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        return ApiResponse.created(FaultJson.write(runtime.faults().add(
                FaultJson.read(request.body().root(), runtime.routes()))));
    }
}
