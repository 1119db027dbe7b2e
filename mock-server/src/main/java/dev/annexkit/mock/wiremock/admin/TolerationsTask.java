package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.WireObject;
import dev.annexkit.mock.wiremock.tolerance.ToleratedHeader;
import dev.annexkit.mock.wiremock.tolerance.Toleration;
import dev.annexkit.mock.wiremock.tolerance.TolerationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /__admin/annexkit/tolerations}: the latest requests in which something was tolerated, oldest first,
 * each with WireMock's request id, the operation, method, path and every {@code rule} applied at which
 * {@code path}; {@code total} counts them all when a request had more than are listed.
 */
final class TolerationsTask extends AnnexAdminTask {

    private final MockRuntime runtime;

    TolerationsTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        List<WireObject> reports = new ArrayList<>();
        for (TolerationReport report : runtime.tolerations().all()) {
            List<WireObject> rules = new ArrayList<>();
            for (Toleration t : report.tolerated()) {
                rules.add(WireObject.create().put("rule", t.rule().wireName()).put("path", t.path()));
            }
            reports.add(WireObject.create()
                    .put("requestId", report.requestId())
                    .put("operationId", report.operationId())
                    .put("method", report.method())
                    .put("path", report.path())
                    .putObjects("tolerated", rules)
                    .put("total", report.total()));
        }
        return ApiResponse.ok(WireObject.create().put("header", ToleratedHeader.NAME).putObjects("tolerations", reports));
    }
}
