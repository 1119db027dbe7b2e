package dev.annexkit.mock.wiremock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The mock's own stubs on one server, told apart from the user's by id, so that a reset can drop the user's stubs
 * while the mock's stay registered throughout. Removing and re-adding them (WireMock's {@code resetAll()}) left
 * concurrent requests a moment with no stub: WireMock's HTML near-miss page or "No response could be served".
 */
public final class OwnStubs {

    private final WireMockServer server;
    private final String basePath;
    private final RouteTable routes;
    private volatile Set<UUID> ids = Set.of();

    public OwnStubs(WireMockServer server, String basePath, RouteTable routes) {
        this.server = server;
        this.basePath = basePath;
        this.routes = routes;
    }

    /** Registers the mock's stubs (once the server has started). */
    public void register() {
        ids = AnnexStubs.register(server, basePath, routes);
    }

    /** Removes every stub that is not the mock's; registers the mock's afresh only if one of them went missing. */
    public void dropUserStubs() {
        Set<UUID> own = ids;
        List<UUID> present = new ArrayList<>();
        for (StubMapping stub : server.getStubMappings()) {
            if (own.contains(stub.getId())) {
                present.add(stub.getId());
            } else {
                server.removeStubMapping(stub);
            }
        }
        if (present.size() != own.size()) { // one was removed through WireMock's own API: start over
            present.forEach(server::removeStubMapping);
            register();
        }
    }
}
