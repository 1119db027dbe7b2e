package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockControl;
import dev.annexkit.mock.wiremock.http.ApiResponse;

/** {@code POST /__admin/annexkit/clock/advance} with {@code {"by":"P30D"}}: move the mock's clock forward. */
final class AdvanceClockTask extends AnnexAdminTask {

    private final MockControl control;

    AdvanceClockTask(MockControl control) {
        this.control = control;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        control.advanceClock(request.duration("by"));
        return AdminAnswers.ok("clock", control.now());
    }
}
