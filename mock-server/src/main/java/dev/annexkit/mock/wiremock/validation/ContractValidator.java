package dev.annexkit.mock.wiremock.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.request.RequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiPath;
import com.atlassian.oai.validator.model.ApiPathImpl;
import com.atlassian.oai.validator.model.NormalisedPathImpl;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import dev.annexkit.mock.wiremock.route.InBackground;
import dev.annexkit.mock.wiremock.route.OnFirstUse;
import dev.annexkit.mock.wiremock.route.SpecModel;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks requests and answers against the AnnexKit spec with Atlassian's swagger-request-validator.
 *
 * <p>Authentication is not checked here: the authenticator does it first, exactly as the SDK signs. What real
 * clients send off the canonical shape (numbers as strings and the like) never reaches this check: the tolerance
 * stage before it rewrites or, in strict mode, refuses it (see {@code wiremock.tolerance}).
 *
 * <p>A request whose operation is already known (the mock routed it) is checked by the library's request
 * validator against that operation directly: finding the operation again by trying every path of the spec
 * (with a regular expression compiled per path part) cost more than the check itself. The spec is loaded once,
 * with the library's own loader and options, and shared by both ways in.
 *
 * <p>Before the library, a compiled per-operation {@link RequestProof} may prove the request keeps the contract,
 * and then the library (whose schema engine is the most expensive step of serving a request) is not asked. The
 * proof only ever says "valid" or "don't know"; whatever it does not prove is checked by the library as before.
 */
public final class ContractValidator {

    private final Supplier<Loaded> loaded;

    private ContractValidator(Supplier<Loaded> loaded) {
        this.loaded = loaded;
    }

    /**
     * The spec compiled for checking: every operation with its proof, and the library's validators, each built on
     * first use. Building one converts every schema of the spec for the library's schema engine (about a sixth of
     * a first start each), and most requests never need them: the request validator only checks what the proofs
     * do not prove, the whole-interaction validator only answers (full validation) and requests the mock did not
     * route. So the first request that needs the library waits for it instead of every start.
     */
    private static final class Loaded {
        private final OnFirstUse<OpenApiInteractionValidator> validator;
        private final OnFirstUse<RequestValidator> requests;
        private final String basePath;
        /** "METHOD /template" → the operation, prepared once. */
        private final Map<String, PreparedOperation> operations = new HashMap<>();
        /**
         * Whether a request the proofs accept gets no error from the library: not so if the level configuration
         * (system properties, a {@code .swagger-validator} file) turned the security check, which every request
         * here fails (auth is checked before), into errors.
         */
        private final boolean proving;
        private final boolean closeObjects;

        Loaded(OpenAPI api, String basePath) {
            LevelResolver levels = LevelResolver.create()
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    .build();
            MessageResolver messages = new MessageResolver(levels);
            this.proving = messages.getLevel("validation.request.security.missing") != ValidationReport.Level.ERROR
                    && messages.getLevel("validation.request.security.invalid") != ValidationReport.Level.ERROR;
            this.closeObjects = !messages.isIgnored(SchemaValidator.ADDITIONAL_PROPERTIES_KEY);
            this.requests = new OnFirstUse<>(() -> new RequestValidator(new SchemaValidator(api, messages), messages,
                    api, List.of()));
            this.validator = new OnFirstUse<>(() -> OpenApiInteractionValidator.createFor(api)
                    .withBasePathOverride(basePath)
                    .withLevelResolver(levels)
                    .build());
            this.basePath = basePath;
            for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
                ApiPath apiPath = new ApiPathImpl(path.getKey(), basePath, false);
                for (Map.Entry<PathItem.HttpMethod, Operation> op
                        : path.getValue().readOperationsMap().entrySet()) {
                    operations.put(op.getKey().name() + ' ' + path.getKey(),
                            new PreparedOperation(apiPath, op.getKey(), op.getValue(), path.getKey(), basePath,
                                    proving, closeObjects));
                }
            }
        }
    }

    private static final InBackground<Loaded> PACKAGED = new InBackground<>("contract",
            () -> new Loaded(SpecModel.packaged(), "/api/3.0"));
    private static final ContractValidator PACKAGED_VALIDATOR = new ContractValidator(PACKAGED::get);

    /**
     * The validator of the spec packaged by {@code annexkit-spec} under {@code /api/3.0}, built once per JVM:
     * building it parses the whole spec, so it is built in the background from the first call on (the first
     * check waits for it); it is immutable and thread-safe.
     */
    public static ContractValidator packaged() {
        SpecModel.prepare();
        PACKAGED.start();
        return PACKAGED_VALIDATOR;
    }

    /** A validator for the given spec text, serving under {@code basePath}. */
    public static ContractValidator forSpec(String specYaml, String basePath) {
        Loaded loaded = load(specYaml, basePath);
        return new ContractValidator(() -> loaded);
    }

    private static Loaded load(String specYaml, String basePath) {
        return new Loaded(SpecModel.parse(specYaml), basePath);
    }

    /**
     * The problems of a request to a known operation, each naming the field or parameter; empty when it keeps the
     * contract. Same answer as {@link #checkRequest(String, String, String, String)}, without searching the spec
     * for the operation.
     *
     * @param pathTemplate the operation's path template as the spec writes it (relative to the base path)
     * @param method the HTTP method
     * @param url the raw request URL (path under the server root, with its query)
     * @param contentType the request's content type, or null
     * @param body the request's body text, or null
     */
    public List<String> checkRequest(String pathTemplate, String method, String url, String contentType,
                                     String body) {
        return checkRequest(pathTemplate, method, url, contentType, body, null);
    }

    /**
     * As {@link #checkRequest(String, String, String, String, String)}, with the body already parsed: a request
     * that provably keeps the contract (see {@link RequestProof}) is then answered without the library, whose
     * schema engine costs as much as the rest of serving the request; any other goes to the library as before,
     * so every problem reported is still the library's.
     *
     * @param parsedBody {@code body} parsed as JSON (the same tree the library would parse from it), or null
     *     when it was not parsed
     */
    public List<String> checkRequest(String pathTemplate, String method, String url, String contentType,
                                     String body, com.fasterxml.jackson.databind.JsonNode parsedBody) {
        return proves(pathTemplate, method, url, contentType, body, parsedBody) ? List.of()
                : libraryCheck(pathTemplate, method, url, contentType, body);
    }

    /** Whether the fast check proves the request keeps the contract (false: the library has to tell). */
    boolean proves(String pathTemplate, String method, String url, String contentType, String body,
                   com.fasterxml.jackson.databind.JsonNode parsedBody) {
        PreparedOperation operation = loaded.get().operations.get(method + ' ' + pathTemplate);
        return operation != null && operation.proof().proves(url, contentType, body, parsedBody);
    }

    /** The library's problems with the request, without the fast check. */
    List<String> libraryCheck(String pathTemplate, String method, String url, String contentType, String body) {
        Loaded spec = loaded.get();
        PreparedOperation operation = spec.operations.get(method + ' ' + pathTemplate);
        if (operation == null) {
            return checkRequest(method, url, contentType, body);
        }
        Request request = request(method, url, contentType, body);
        return errors(spec.requests.get().validateRequest(request, new ApiOperation(operation.path(),
                new NormalisedPathImpl(request.getPath(), spec.basePath), operation.method(),
                operation.operation())));
    }

    /**
     * The problems of a request, each naming the field or parameter; empty when it keeps the contract.
     *
     * @param method the HTTP method
     * @param url the raw request URL (path under the server root, with its query)
     * @param contentType the request's content type, or null
     * @param body the request's body text, or null
     */
    public List<String> checkRequest(String method, String url, String contentType, String body) {
        return errors(loaded.get().validator.get().validateRequest(request(method, url, contentType, body)));
    }

    private static Request request(String method, String url, String contentType, String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, dev.annexkit.mock.wiremock.http.QueryString.rawPath(url));
        queryOf(url).forEach((name, values) -> request.withQueryParam(name, values));
        if (contentType != null) {
            request.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        return request.build();
    }

    /** One operation of the spec, ready to check requests against; its proof is compiled on first use. */
    private static final class PreparedOperation {
        private final ApiPath path;
        private final PathItem.HttpMethod method;
        private final Operation operation;
        private final String template;
        private final String basePath;
        private final boolean proving;
        private final boolean closeObjects;
        /** Compiled on first use, off the start-up path; a race only compiles it twice. */
        private volatile RequestProof proof;

        PreparedOperation(ApiPath path, PathItem.HttpMethod method, Operation operation, String template,
                          String basePath, boolean proving, boolean closeObjects) {
            this.path = path;
            this.method = method;
            this.operation = operation;
            this.template = template;
            this.basePath = basePath;
            this.proving = proving;
            this.closeObjects = closeObjects;
        }

        ApiPath path() {
            return path;
        }

        PathItem.HttpMethod method() {
            return method;
        }

        Operation operation() {
            return operation;
        }

        RequestProof proof() {
            RequestProof compiled = proof;
            if (compiled == null) {
                compiled = proving ? OperationProofs.compile(template, operation, basePath, closeObjects)
                        : RequestProof.NEVER;
                proof = compiled;
            }
            return compiled;
        }
    }

    /** The problems of an answer; empty when it keeps the contract. */
    public List<String> checkResponse(String method, String url, int status, String body) {
        ValidationReport report = loaded.get().validator.get().validateResponse(dev.annexkit.mock.wiremock.http.QueryString.rawPath(url), Request.Method.valueOf(method),
                SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build());
        return errors(report);
    }

    private static List<String> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ContractValidator::describe)
                .distinct()
                .collect(Collectors.toList());
    }

    private static String describe(ValidationReport.Message message) {
        java.util.Optional<io.swagger.v3.oas.models.parameters.Parameter> parameter = message.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter);
        if (parameter.isPresent()) {
            String text = abridged(message.getMessage()).replaceFirst("^\\[Path '/'\\] ", "");
            return parameter.get().getIn() + " parameter '" + parameter.get().getName() + "': " + text;
        }
        String pointer = message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance)
                .filter(p -> !p.isEmpty() && !message.getMessage().contains("[Path '" + p + "']"))
                .map(p -> "[Path '" + p + "'] ")
                .orElse("");
        return pointer + abridged(message.getMessage());
    }

    /** A quoted value this long is shortened in a message: an over-long input must not come back whole. */
    private static final java.util.regex.Pattern LONG_QUOTE =
            java.util.regex.Pattern.compile("\"([^\"]{80})[^\"]{20,}\"");

    private static String abridged(String message) {
        return LONG_QUOTE.matcher(message).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "\"" + m.group(1) + "…\""));
    }

    private static Map<String, List<String>> queryOf(String url) {
        return dev.annexkit.mock.wiremock.http.QueryString.parameters(url);
    }
}
