package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockControl;
import dev.annexkit.mock.wiremock.http.ApiResponse;

/** {@code POST /__admin/annexkit/reset}: forget all state; the seed is loaded again. */
final class ResetTask extends AnnexAdminTask {

    private final MockControl control;

    ResetTask(MockControl control) {
        this.control = control;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        control.reset();
        return AdminAnswers.ok("reset", control.now());
    }
}
