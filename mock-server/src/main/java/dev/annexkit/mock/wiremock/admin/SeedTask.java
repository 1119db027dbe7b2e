package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockControl;
import dev.annexkit.mock.wiremock.http.ApiResponse;

/**
 * {@code POST /__admin/annexkit/seed} with a JSON seed as the body: replaces the program with a fresh one
 * holding the seed. A seed that breaks a rule answers 400 and leaves the program as it was.
 */
final class SeedTask extends AnnexAdminTask {

    private final MockControl control;

    SeedTask(MockControl control) {
        this.control = control;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        control.loadSeed(request.text().isEmpty() ? request.body().root().toString() : request.text());
        return AdminAnswers.ok("seed", control.now());
    }
}
