package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.time.Instant;

/** The small answers of admin routes. */
final class AdminAnswers {

    private AdminAnswers() {
    }

    static ApiResponse ok(String what, Instant now) {
        return ApiResponse.ok(WireObject.create().put("status", "ok").put("action", what).put("now", now));
    }
}
