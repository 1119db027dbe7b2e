package dev.annexkit.mock.wiremock.admin;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.annexkit.mock.wiremock.MockControl;
import dev.annexkit.mock.wiremock.MockRuntime;

/**
 * Test control over HTTP, under WireMock's admin prefix: {@code /__admin/annexkit/...}. Like the rest of
 * WireMock's admin API it is unauthenticated; it is meant for test harnesses on loopback.
 *
 * <ul>
 *   <li>{@code POST /__admin/annexkit/reset}: forget all state (seed reloaded)</li>
 *   <li>{@code GET /__admin/annexkit/clock}: the mock's time</li>
 *   <li>{@code POST /__admin/annexkit/clock/advance} with {@code {"by":"P30D"}} (ISO-8601 duration)</li>
 *   <li>{@code GET /__admin/annexkit/state}: the whole program as deterministic JSON</li>
 *   <li>{@code POST /__admin/annexkit/seed} with a JSON seed: replace the program with the seeded one</li>
 *   <li>{@code POST /__admin/annexkit/deletions/cancel} with {@code {"id":"…"}}: withdraw a queued member
 *       deletion, as Annex Cloud's admin console does</li>
 *   <li>{@code POST /__admin/annexkit/receipts/{submissionId}/approve} with {@code {"points": 10}}</li>
 *   <li>{@code POST /__admin/annexkit/receipts/{submissionId}/reject} with {@code {"reason": "..."}}</li>
 *   <li>{@code GET /__admin/annexkit/tolerations}: the latest requests in which real clients' deviations were
 *       tolerated, with the rules and fields</li>
 * </ul>
 */
public final class AnnexAdminApi implements AdminApiExtension {

    /** The admin routes' prefix, below WireMock's {@code /__admin}. */
    public static final String PREFIX = "/annexkit";

    private final MockControl control;
    private final MockRuntime runtime;

    /** Creates the admin API over the server's control and runtime. */
    public AnnexAdminApi(MockControl control, MockRuntime runtime) {
        this.control = control;
        this.runtime = runtime;
    }

    @Override
    public String getName() {
        return "annexkit-admin";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        // One task class per route: see AnnexAdminTask.
        router.add(RequestMethod.POST, PREFIX + "/reset", new ResetTask(control));
        router.add(RequestMethod.GET, PREFIX + "/clock", new ClockTask(control));
        router.add(RequestMethod.POST, PREFIX + "/clock/advance", new AdvanceClockTask(control));
        router.add(RequestMethod.GET, PREFIX + "/state", new StateTask(control));
        router.add(RequestMethod.POST, PREFIX + "/seed", new SeedTask(control));
        router.add(RequestMethod.POST, PREFIX + "/deletions/cancel", new CancelDeletionTask(runtime));
        router.add(RequestMethod.POST, PREFIX + "/receipts/{submissionId}/approve", new ApproveReceiptTask(runtime));
        router.add(RequestMethod.POST, PREFIX + "/receipts/{submissionId}/reject", new RejectReceiptTask(runtime));
        router.add(RequestMethod.GET, PREFIX + "/tolerations", new TolerationsTask(runtime));
    }

    /** The runtime, for routes that act on the loyalty program. */
    MockRuntime runtime() {
        return runtime;
    }
}
