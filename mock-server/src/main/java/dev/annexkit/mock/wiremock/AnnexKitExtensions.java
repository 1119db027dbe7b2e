package dev.annexkit.mock.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import dev.annexkit.mock.wiremock.admin.AnnexAdminApi;
import dev.annexkit.mock.wiremock.inspector.InspectorApi;
import dev.annexkit.mock.wiremock.inspector.RequestLog;
import dev.annexkit.mock.wiremock.inspector.RequestLogListener;
import java.util.List;

/** The one factory that wires AnnexKit into WireMock. */
public final class AnnexKitExtensions implements ExtensionFactory {

    private final MockRuntime runtime;
    private final MockControl control;
    private final RequestLog requestLog;

    /** Creates the factory over the server's shared runtime, without the admin API. */
    public AnnexKitExtensions(MockRuntime runtime) {
        this(runtime, null);
    }

    /** Creates the factory over the server's shared runtime and control (for the admin API). */
    public AnnexKitExtensions(MockRuntime runtime, MockControl control) {
        this(runtime, control, null);
    }

    /** As above, and the inspector (page, read routes) over a request log the listener fills. */
    public AnnexKitExtensions(MockRuntime runtime, MockControl control, RequestLog requestLog) {
        this.runtime = runtime;
        this.control = control;
        this.requestLog = requestLog;
    }

    @Override
    public List<Extension> create(WireMockServices services) {
        if (control == null) {
            return List.of(new AnnexApiTransformer(runtime));
        }
        if (requestLog == null) {
            return List.of(new AnnexApiTransformer(runtime), new AnnexAdminApi(control, runtime));
        }
        return List.of(new AnnexApiTransformer(runtime), new AnnexAdminApi(control, runtime),
                new InspectorApi(runtime, control, requestLog),
                new RequestLogListener(requestLog, runtime.basePath(), control::now));
    }
}
