package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockControl;
import dev.annexkit.mock.wiremock.http.ApiResponse;

/** {@code GET /__admin/annexkit/clock}: the mock's current time. */
final class ClockTask extends AnnexAdminTask {

    private final MockControl control;

    ClockTask(MockControl control) {
        this.control = control;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        return AdminAnswers.ok("clock", control.now());
    }
}
