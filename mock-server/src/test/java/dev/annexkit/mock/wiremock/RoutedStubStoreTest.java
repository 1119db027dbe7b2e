package dev.annexkit.mock.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.store.InMemoryStubMappingStore;
import com.github.tomakehurst.wiremock.store.StubMappingStore;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.wiremock.route.Route;
import dev.annexkit.mock.wiremock.route.RouteIndex;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The routed store picks, for every request, the very stub WireMock's own store picks: it only skips trying
 * operation stubs whose path cannot match.
 */
class RoutedStubStoreTest {

    private static final String BASE = AnnexCloudMockServer.BASE_PATH;
    private static final RouteTable ROUTES = RouteTable.fromSpec();
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    /** The same stubs (same ids, same order) in WireMock's store and in ours. */
    private static final class Pair {
        final StubMappingStore plain = new InMemoryStubMappingStore();
        final StubMappingStore routed = new RoutedStubStore(ROUTES, BASE);

        void add(Supplier<StubMapping> stub) {
            plain.add(stub.get());
            routed.add(stub.get());
        }

        void addOperationStubs() {
            for (Route route : ROUTES.routes()) {
                UUID id = UUID.nameUUIDFromBytes(route.operationId().getBytes());
                add(() -> operationStub(route).withId(id).build());
            }
            UUID fallback = UUID.nameUUIDFromBytes("fallback".getBytes());
            add(() -> any(urlPathMatching(java.util.regex.Pattern.quote(BASE) + "(/.*)?"))
                    .atPriority(AnnexStubs.FALLBACK_PRIORITY).withId(fallback).withName("annexkit-unknown-path")
                    .willReturn(aResponse().withStatus(404)).build());
        }

        Optional<String> servedByPlain(Request request) {
            return plain.findAllMatchingRequest(request, Map.of(), e -> { }).findFirst().map(StubMapping::getName);
        }

        Optional<String> servedByRouted(Request request) {
            return routed.findAllMatchingRequest(request, Map.of(), e -> { }).findFirst().map(StubMapping::getName);
        }
    }

    private static MappingBuilder operationStub(Route route) {
        return com.github.tomakehurst.wiremock.client.WireMock.request(route.method(),
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate(BASE + route.pathTemplate()))
                .atPriority(AnnexStubs.priorityOf(route))
                .withName(route.operationId())
                .willReturn(aResponse().withTransformers(AnnexApiTransformer.NAME)
                        .withTransformerParameter(AnnexApiTransformer.OPERATION_ID, route.operationId()));
    }

    private static Request request(String method, String url) {
        return ImmutableRequest.create().withMethod(RequestMethod.fromString(method))
                .withAbsoluteUrl("http://localhost:8080" + url).build();
    }

    /** Every operation's path, filled in several ways, and paths that are near but not quite any operation's. */
    private static List<String> urls() {
        List<String> urls = new ArrayList<>();
        for (Route route : ROUTES.routes()) {
            String template = BASE + route.pathTemplate();
            for (String value : List.of("x1", "ALL", "jack%40example.com", "a%2Fb", "user")) {
                String url = template.replaceAll("\\{[^}]+}", value);
                urls.add(url);
                urls.add(url + "/");
                urls.add(url + "?page=2&limit=5");
                urls.add(url.replace(BASE + "/", BASE + "//"));
                urls.add(url + "/extra");
            }
            // a literal segment percent-encoded, and one in another case
            String filled = template.replaceAll("\\{[^}]+}", "x1");
            char first = filled.charAt(BASE.length() + 1);
            urls.add(BASE + "/%" + Integer.toHexString(first) + filled.substring(BASE.length() + 2));
            urls.add(template.replaceAll("\\{[^}]+}", "x1").toUpperCase());
        }
        urls.addAll(List.of(BASE, BASE + "/", BASE + "/no/such/thing", "/api/3.01/points", "/api", "/", "/mine",
                "/api/3.0points/x"));
        return urls;
    }

    @Test
    void everyRequestIsServedByTheStubWireMocksOwnStoreWouldServeItWith() {
        Pair stores = new Pair();
        stores.addOperationStubs();

        assertSameChoiceEverywhere(stores);
    }

    @Test
    void userStubsKeepTheirPlaceAmongTheOperationStubsWhateverTheirPriority() {
        Pair stores = new Pair();
        stores.addOperationStubs();
        UUID first = UUID.randomUUID();
        UUID between = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        UUID catchAll = UUID.randomUUID();
        stores.add(() -> get(urlPathEqualTo(BASE + "/points/stubbed")).atPriority(1).withId(first)
                .withName("user-first").willReturn(aResponse().withStatus(200)).build());
        stores.add(() -> get(urlPathMatching(BASE + "/points/.*")).atPriority(25).withId(between)
                .withName("user-between").willReturn(aResponse().withStatus(200)).build());
        stores.add(() -> post(urlPathEqualTo(BASE + "/points")).atPriority(500).withId(last)
                .withName("user-last").willReturn(aResponse().withStatus(200)).build());
        stores.add(() -> any(urlPathMatching("/.*")).withId(catchAll)
                .withName("user-catch-all").willReturn(aResponse().withStatus(200)).build());

        assertSameChoiceEverywhere(stores);
        assertThat(stores.servedByRouted(request("GET", BASE + "/points/stubbed"))).contains("user-first");
    }

    @Test
    void anOperationStubSomebodyEditedIsTriedAsItIsNow() {
        Pair stores = new Pair();
        stores.addOperationStubs();
        Route balance = ROUTES.byOperationId("getPointBalance").orElseThrow();
        UUID id = UUID.nameUUIDFromBytes(balance.operationId().getBytes());
        StubMapping edited = operationStub(balance).withId(id).build();
        edited.setRequest(get(urlPathEqualTo("/elsewhere")).build().getRequest());
        StubMapping editedToo = operationStub(balance).withId(id).build();
        editedToo.setRequest(get(urlPathEqualTo("/elsewhere")).build().getRequest());
        stores.plain.replace(stores.plain.get(id).orElseThrow(), edited);
        stores.routed.replace(stores.routed.get(id).orElseThrow(), editedToo);

        assertThat(stores.servedByRouted(request("GET", "/elsewhere"))).contains("getPointBalance");
        assertSameChoiceEverywhere(stores);
    }

    @Test
    void removedAndClearedStubsAreForgotten() {
        Pair stores = new Pair();
        stores.addOperationStubs();
        UUID id = UUID.nameUUIDFromBytes("getPointBalance".getBytes());
        stores.plain.remove(id);
        stores.routed.remove(id);
        assertSameChoiceEverywhere(stores);

        stores.plain.clear();
        stores.routed.clear();
        assertThat(stores.routed.getAll()).isEmpty();
        assertSameChoiceEverywhere(stores);
    }

    @Nested
    class Index {
        private final RouteIndex index = new RouteIndex(ROUTES, BASE);

        @Test
        void namesOnlyTheOperationsAPathCanReach() {
            assertThat(index.candidates("GET", BASE + "/points/jack%40example.com?x=1")).containsExactly("getPointBalance");
            assertThat(index.candidates("GET", BASE + "/actions/ALL")).contains("listActions");
        }

        @Test
        void namesNothingOutsideTheBasePathOrForAMethodNoOperationHas() {
            assertThat(index.candidates("GET", "/api/3.01/points/jack")).isEmpty();
            assertThat(index.candidates("GET", "/points/jack")).isEmpty();
            assertThat(index.candidates("TRACE", BASE + "/points/jack")).isEmpty();
        }
    }

    private static void assertSameChoiceEverywhere(Pair stores) {
        int checked = 0;
        for (String url : urls()) {
            for (String method : METHODS) {
                Request request = request(method, url);
                assertThat(stores.servedByRouted(request)).as("%s %s", method, url)
                        .isEqualTo(stores.servedByPlain(request));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3_000);
    }
}
