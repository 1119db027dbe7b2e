package dev.annexkit.mock.wiremock;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.store.InMemoryStubMappingStore;
import com.github.tomakehurst.wiremock.store.StubMappingStore;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import dev.annexkit.mock.wiremock.route.Route;
import dev.annexkit.mock.wiremock.route.RouteIndex;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * WireMock's in-memory stub store, except that a request is not tried against the operation stubs its path
 * cannot reach. WireMock tries stubs one by one in priority order; with one stub per contract operation a request
 * for the last operation paid for some 75 template matches first. Here the {@link RouteIndex} names the operations
 * a request may be for, and only those of the mock's stubs are tried, with WireMock's own matcher, in WireMock's
 * own order. Every other stub (a user's, the unknown-path fallback, one of ours somebody replaced) is tried as
 * before, so priorities, user stubs that take over an operation, scenarios and {@code verify} behave exactly as
 * with the plain store.
 */
final class RoutedStubStore implements StubMappingStore {

    private final StubMappingStore stubs = new InMemoryStubMappingStore();
    private final RouteTable routes;
    private final String basePath;
    private final RouteIndex index;
    /** The request pattern of each operation's stub, built once: registering a stub compares against it. */
    private final Map<String, RequestPattern> patterns = new ConcurrentHashMap<>();
    /** The mock's own operation stubs, exactly as {@link AnnexStubs} registers them: stub id → operationId. */
    private final Map<UUID, String> operationStubs = new ConcurrentHashMap<>();

    RoutedStubStore(RouteTable routes, String basePath) {
        this.routes = routes;
        this.basePath = basePath;
        this.index = new RouteIndex(routes, basePath);
    }

    @Override
    public Stream<StubMapping> findAllMatchingRequest(Request request, Map<String, RequestMatcherExtension> customMatchers,
                                                      Consumer<SubEvent> subEvents) {
        Set<String> candidates = index.candidates(request.getMethod().getName(), request.getUrl());
        return stubs.getAll()
                .filter(stub -> {
                    String operationId = operationStubs.get(stub.getId());
                    return operationId == null || candidates.contains(operationId);
                })
                .filter(stub -> {
                    MatchResult result = stub.getRequest().match(request, customMatchers);
                    result.getSubEvents().forEach(subEvents);
                    return result.isExactMatch();
                });
    }

    @Override
    public Stream<StubMapping> getAll() {
        return stubs.getAll();
    }

    @Override
    public Optional<StubMapping> get(UUID id) {
        return stubs.get(id);
    }

    @Override
    public void add(StubMapping stub) {
        stubs.add(stub);
        remember(stub);
    }

    @Override
    public void replace(StubMapping existing, StubMapping updated) {
        operationStubs.remove(existing.getId());
        stubs.replace(existing, updated);
        remember(updated);
    }

    @Override
    public void remove(StubMapping stub) {
        operationStubs.remove(stub.getId());
        stubs.remove(stub);
    }

    @Override
    public void remove(UUID id) {
        operationStubs.remove(id);
        stubs.remove(id);
    }

    @Override
    public void clear() {
        operationStubs.clear();
        stubs.clear();
    }

    /** Indexes a stub only if it is one of ours unchanged: our transformer, our operation, our request pattern. */
    private void remember(StubMapping stub) {
        String operationId = AnnexStubs.operationOf(stub);
        if (operationId == null) {
            return;
        }
        Optional<Route> route = routes.byOperationId(operationId);
        if (route.isEmpty()) {
            return;
        }
        RequestPattern ours = patterns.computeIfAbsent(operationId, id -> AnnexStubs.patternOf(basePath, route.get()));
        if (ours.equals(stub.getRequest())) {
            operationStubs.put(stub.getId(), operationId);
        }
    }
}
