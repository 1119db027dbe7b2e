package dev.annexkit.mock.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.Json;
import dev.annexkit.mock.wiremock.route.Route;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Registers one stub per contract operation. WireMock treats priority 1 as the highest and unprioritised
 * stubs as 5, so a stub a test registers itself always wins over ours. Among our own stubs a more specific
 * template (more literal segments) gets a higher priority, so {@code /actions/ALL} beats {@code /actions/{id}}
 * whatever order the stubs were added in.
 */
public final class AnnexStubs {

    /** Priority of the most specific operation stubs; less specific ones rank below, never above 10 + depth. */
    public static final int OPERATION_PRIORITY = 10;
    /** Deeper templates than this share the lowest operation priority. */
    private static final int MAX_LITERAL_SEGMENTS = 20;
    /** Priority of the catch-all for unknown paths under the base path. */
    public static final int FALLBACK_PRIORITY = 100;

    private AnnexStubs() {
    }

    /** 10 for the most literal templates, rising (ranking lower) as templates get more general. */
    static int priorityOf(Route route) {
        return OPERATION_PRIORITY + Math.max(0, MAX_LITERAL_SEGMENTS - route.literalSegments());
    }

    /** The request pattern of a route's stub: its method and path template under the base path, nothing else. */
    static RequestPattern patternOf(String basePath, Route route) {
        return requestOf(basePath, route).build().getRequest();
    }

    private static MappingBuilder requestOf(String basePath, Route route) {
        return request(route.method(), urlPathTemplate(basePath + route.pathTemplate()));
    }

    /** The operation a stub serves through our transformer, or null when it is not one of ours. */
    static String operationOf(StubMapping stub) {
        ResponseDefinition response = stub.getResponse();
        if (response == null || response.getTransformers() == null
                || !response.getTransformers().contains(AnnexApiTransformer.NAME)
                || response.getTransformerParameters() == null) {
            return null;
        }
        Object operationId = response.getTransformerParameters().get(AnnexApiTransformer.OPERATION_ID);
        return operationId instanceof String ? (String) operationId : null;
    }

    /**
     * Adds the stubs of every route, plus a fallback answering unknown paths in the API's error format.
     *
     * @return the ids of the stubs added, so a reset can tell the mock's stubs from the user's
     */
    public static Set<UUID> register(WireMockServer server, String basePath, RouteTable routes) {
        Set<UUID> ids = new HashSet<>();
        for (Route route : routes.routes()) {
            ids.add(server.stubFor(requestOf(basePath, route)
                    .atPriority(priorityOf(route))
                    .withName(route.operationId())
                    .willReturn(aResponse()
                            .withTransformers(AnnexApiTransformer.NAME)
                            .withTransformerParameter(AnnexApiTransformer.OPERATION_ID, route.operationId())))
                    .getId());
        }
        ids.add(server.stubFor(any(urlPathMatching(Pattern.quote(basePath) + "(/.*)?"))
                .atPriority(FALLBACK_PRIORITY)
                .withName("annexkit-unknown-path")
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(Json.write(new AnnexError("AC1001", "No such operation in the Annex Cloud API")))))
                .getId());
        return Set.copyOf(ids);
    }
}
