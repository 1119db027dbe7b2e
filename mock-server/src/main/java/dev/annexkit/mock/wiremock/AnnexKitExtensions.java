package dev.annexkit.mock.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import java.util.List;

/** The one factory that wires AnnexKit into WireMock. */
public final class AnnexKitExtensions implements ExtensionFactory {

    private final MockRuntime runtime;

    /** Creates the factory over the server's shared runtime. */
    public AnnexKitExtensions(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public List<Extension> create(WireMockServices services) {
        return List.of(new AnnexApiTransformer(runtime));
    }
}
