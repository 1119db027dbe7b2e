package dev.annexkit.mock.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import dev.annexkit.mock.wiremock.admin.AnnexAdminApi;
import java.util.List;

/** The one factory that wires AnnexKit into WireMock. */
public final class AnnexKitExtensions implements ExtensionFactory {

    private final MockRuntime runtime;
    private final MockControl control;

    /** Creates the factory over the server's shared runtime, without the admin API. */
    public AnnexKitExtensions(MockRuntime runtime) {
        this(runtime, null);
    }

    /** Creates the factory over the server's shared runtime and control (for the admin API). */
    public AnnexKitExtensions(MockRuntime runtime, MockControl control) {
        this.runtime = runtime;
        this.control = control;
    }

    @Override
    public List<Extension> create(WireMockServices services) {
        if (control == null) {
            return List.of(new AnnexApiTransformer(runtime));
        }
        return List.of(new AnnexApiTransformer(runtime), new AnnexAdminApi(control, runtime));
    }
}
