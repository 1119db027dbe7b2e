package dev.annexkit.mock.wiremock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.wiremock.auth.NotAuthorized;
import dev.annexkit.mock.wiremock.fault.FaultStage;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.ErrorResponses;
import dev.annexkit.mock.wiremock.http.FormPart;
import dev.annexkit.mock.wiremock.http.FormUploads;
import dev.annexkit.mock.wiremock.http.Json;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.QueryString;
import dev.annexkit.mock.wiremock.http.WireResponses;
import dev.annexkit.mock.wiremock.route.Route;
import dev.annexkit.mock.wiremock.route.RouteTable;
import dev.annexkit.mock.wiremock.tolerance.ToleranceNote;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Serves every AnnexKit stub: authenticates the request exactly as the SDK signs it, parses it, tolerates what
 * real clients send (or refuses it in strict mode), validates it, hands it to the operation's handler and writes
 * the answer. Registered stubs name their operation with the
 * {@code operationId} transformer parameter; stubs of the user's own do not use this transformer.
 */
public final class AnnexApiTransformer implements ResponseDefinitionTransformerV2 {

    /** The name our stubs refer to. */
    public static final String NAME = "annexkit-api";
    /** The transformer parameter that names the operation of a stub. */
    public static final String OPERATION_ID = "operationId";

    private static final Set<String> BODY_METHODS = Set.of("POST", "PATCH", "PUT");

    private final MockRuntime runtime;

    AnnexApiTransformer(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String operationId = event.getTransformerParameters().getString(OPERATION_ID);
        return FaultStage.around(runtime.faults(), operationId, () -> {
            ToleranceNote tolerance = new ToleranceNote();
            return tolerance.onto(WireResponses.of(serve(event, tolerance)));
        });
    }

    private ApiResponse serve(ServeEvent event, ToleranceNote tolerance) {
        Request http = event.getRequest();
        String operationId = event.getTransformerParameters().getString(OPERATION_ID);
        RouteTable routes = runtime.routes();
        Route route = routes.byOperationId(operationId)
                .orElseThrow(() -> new IllegalStateException("stub names an unknown operation " + operationId));
        String method = http.getMethod().getName();
        String rawPath = QueryString.rawPath(http.getUrl()).substring(runtime.basePath().length());
        Map<String, String> pathParams = route.match(rawPath).orElse(Map.of());
        boolean multipart = isMultipart(method, http);
        try {
            if (multipart && FormUploads.isUpload(operationId)) {
                runtime.authenticator().authenticateFormUpload(http.getHeader("Authorization"),
                        http.getHeader("X-AnnexCloud-Site"), FormUploads.signedField(http));
            } else {
                runtime.authenticator().authenticate(method, http.getHeader("Authorization"),
                        http.getHeader("X-AnnexCloud-Site"), firstPathParameter(route, pathParams), http.getBody(),
                        http.getHeader("Content-Type"));
            }
        } catch (NotAuthorized e) {
            return ErrorResponses.NOT_AUTHORIZED;
        }
        JsonBody body;
        try {
            body = multipart ? JsonBody.empty() : parseBody(method, http.getBody());
        } catch (JsonProcessingException e) {
            return ErrorResponses.malformedJson(e.getOriginalMessage());
        }
        if (!tolerance.apply(runtime, event, operationId, body)) {
            return ErrorResponses.contractViolation(tolerance.refusals());
        }
        body = tolerance.body(body);
        if (runtime.validation().checksRequests() && !multipart) {
            List<String> problems = runtime.contract().checkRequest(route.pathTemplate(), method, http.getUrl(),
                    http.getHeader("Content-Type"), tolerance.bodyText(bodyText(http)), body.root());
            if (!problems.isEmpty()) {
                return ErrorResponses.contractViolation(problems);
            }
        }
        OperationHandler handler = runtime.handlers().get(operationId);
        if (handler == null) {
            return ErrorResponses.notImplemented(operationId);
        }
        ApiRequest request = new ApiRequest(operationId, pathParams, QueryString.parameters(http.getUrl()), body,
                multipart ? formParts(http) : List.of());
        ApiResponse response;
        try {
            response = handler.handle(request, runtime.program(), runtime.credentials().siteId());
        } catch (DomainException e) {
            response = ErrorResponses.of(e);
        } catch (RuntimeException e) {
            return ErrorResponses.internalError(e);
        }
        return runtime.validation().checksResponses() ? checked(operationId, method, http.getUrl(), response) : response;
    }

    /** Full validation: an answer that breaks the contract is never sent; it is recorded and replaced by a 500. */
    private ApiResponse checked(String operationId, String method, String url, ApiResponse response) {
        List<String> problems = runtime.contract().checkResponse(method, url, response.status(), Json.write(response.body()));
        if (problems.isEmpty()) {
            return response;
        }
        runtime.violations().record(operationId, response.status(), problems);
        return ErrorResponses.brokenAnswer(operationId, problems);
    }

    private static String bodyText(Request http) {
        byte[] raw = http.getBody();
        return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
    }

    private static String firstPathParameter(Route route, Map<String, String> pathParams) {
        List<String> names = route.parameterNames();
        return names.isEmpty() ? "" : pathParams.getOrDefault(names.get(0), "");
    }

    /** A form upload: its parts reach the handler as they are; only JSON bodies are parsed (and may be malformed). */
    private static boolean isMultipart(String method, Request http) {
        String mime = http.contentTypeHeader().mimeTypePart();
        return BODY_METHODS.contains(method) && mime != null
                && mime.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static List<FormPart> formParts(Request http) {
        Collection<Request.Part> parts = http.getParts();
        if (parts == null) {
            return List.of();
        }
        List<FormPart> result = new ArrayList<>(parts.size());
        for (Request.Part part : parts) {
            HttpHeader type = part.getHeader("Content-Type");
            result.add(new FormPart(part.getName(), part.getFileName(),
                    type != null && type.isPresent() ? type.firstValue() : null, part.getBody().asBytes()));
        }
        return result;
    }

    private static JsonBody parseBody(String method, byte[] raw) throws JsonProcessingException {
        if (!BODY_METHODS.contains(method) || raw == null || raw.length == 0) {
            return JsonBody.empty();
        }
        return new JsonBody(Json.parse(new String(raw, StandardCharsets.UTF_8)));
    }
}
