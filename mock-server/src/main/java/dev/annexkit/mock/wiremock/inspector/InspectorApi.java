package dev.annexkit.mock.wiremock.inspector;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.annexkit.mock.wiremock.MockControl;
import dev.annexkit.mock.wiremock.MockRuntime;

/**
 * The web inspector: a page at {@value #PAGE} (static files from the jar) and the read-only JSON it shows,
 * under the same admin prefix as the rest of AnnexKit's admin API and protected the same way. The page's
 * buttons use the existing admin routes (reset, seed, clock, receipt decisions).
 *
 * <ul>
 *   <li>{@code GET /__admin/annexkit/overview}: clock, site, totals</li>
 *   <li>{@code GET /__admin/annexkit/members?q=&page=&size=&sort=&dir=}: a page of members (at most 100)</li>
 *   <li>{@code GET /__admin/annexkit/member?id=}: one member in full</li>
 *   <li>{@code GET /__admin/annexkit/rewards}: the catalogue with coupon pool counts</li>
 *   <li>{@code GET /__admin/annexkit/requests?limit=}: the latest API requests</li>
 *   <li>{@code GET /__admin/annexkit/receipts/pending}: receipts awaiting a decision</li>
 * </ul>
 */
public final class InspectorApi implements AdminApiExtension {

    /** Where the page lives. */
    public static final String PAGE = "/__admin/annexkit/ui/";

    private static final String PREFIX = "/annexkit";

    private final MockRuntime runtime;
    private final MockControl control;
    private final RequestLog log;

    public InspectorApi(MockRuntime runtime, MockControl control, RequestLog log) {
        this.runtime = runtime;
        this.control = control;
        this.log = log;
    }

    @Override
    public String getName() {
        return "annexkit-inspector";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, PREFIX + "/ui", new InspectorRedirectTask());
        router.add(RequestMethod.GET, PREFIX + "/ui/", new InspectorPageTask());
        router.add(RequestMethod.GET, PREFIX + "/ui/{asset}", new InspectorAssetTask());
        router.add(RequestMethod.GET, PREFIX + "/overview", new OverviewTask(runtime, control));
        router.add(RequestMethod.GET, PREFIX + "/members", new MembersTask(runtime));
        router.add(RequestMethod.GET, PREFIX + "/member", new MemberTask(runtime));
        router.add(RequestMethod.GET, PREFIX + "/rewards", new RewardsTask(runtime));
        router.add(RequestMethod.GET, PREFIX + "/requests", new RequestsTask(log));
        router.add(RequestMethod.GET, PREFIX + "/receipts/pending", new PendingReceiptsTask(runtime));
    }
}
