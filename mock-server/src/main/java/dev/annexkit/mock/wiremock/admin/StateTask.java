package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockControl;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.Json;

/** {@code GET /__admin/annexkit/state}: the whole program as deterministic JSON text. */
final class StateTask extends AnnexAdminTask {

    private final MockControl control;

    StateTask(MockControl control) {
        this.control = control;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        return ApiResponse.ok(new Json.Text(control.exportState()));
    }
}
