package dev.annexkit.mock.wiremock.inspector;

import dev.annexkit.mock.domain.ProgramOverview;
import dev.annexkit.mock.wiremock.MockControl;
import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.WireObject;

/** {@code GET /__admin/annexkit/overview}: the mock's clock, site and how much the program holds. */
final class OverviewTask extends InspectorTask {

    private final MockRuntime runtime;
    private final MockControl control;

    OverviewTask(MockRuntime runtime, MockControl control) {
        this.runtime = runtime;
        this.control = control;
    }

    @Override
    ApiResponse handle(InspectorQuery query) {
        ProgramOverview.Totals totals = runtime.program().overview().totals();
        return ApiResponse.ok(WireObject.create()
                .put("now", InspectorWire.iso(control.now()))
                .put("siteId", runtime.credentials().siteId())
                .put("siteName", runtime.credentials().siteName())
                .put("validation", runtime.validation().name())
                .put("members", totals.members())
                .put("rewards", totals.rewards())
                .put("pendingReceipts", totals.pendingReceipts())
                .put("orders", totals.orders()));
    }
}
