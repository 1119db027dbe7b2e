package dev.annexkit.mock.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.annexkit.mock.wiremock.route.Route;
import dev.annexkit.mock.wiremock.route.SpecResource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Generates hostile requests for one operation from its definition in the spec: what a correct client would
 * send (the operation's request example), bent one way at a time.
 */
final class HostileCases {

    /** What a case may legitimately get: a rejection only, or (valid but odd input) also a 2xx or 404. */
    enum Expect { REJECTED, MAY_PASS }

    /**
     * One request: {@code rawPath} is relative to the API base path and sent as is; {@code pathId} decoded;
     * {@code names} the field a rejection's message must name (null: any clear message).
     */
    record Case(String category, String name, String method, String rawPath, String pathId, String body,
                String contentType, Expect expect, String names) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POINT_AMOUNT = Pattern.compile("(?i).*(points|credit|debit|amount).*");
    private static final Pattern DATE = Pattern.compile("(?i).*date|.*expir.*|from|to");
    private static final String DEFAULT_ID = "demo@annexkit.dev";
    /** Ids the demo program knows, so that a bent body reaches the handler instead of a 404. */
    private static final Map<String, String> DEMO_IDS = Map.of("reward_id", "FREE-SHIPPING", "campaignId", "2051",
            "actionId", "1234", "status", "ACTIVE");
    private static final String LONG = "x".repeat(100_000);
    private static final int HUGE = 5 * 1024 * 1024;
    private static final OpenAPI SPEC = parse();

    private final Route route;
    private final Operation operation;
    private final List<Case> cases = new ArrayList<>();

    private HostileCases(Route route) {
        this.route = route;
        PathItem item = SPEC.getPaths().get(route.pathTemplate());
        this.operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(route.method()));
    }

    static List<Case> of(Route route) {
        HostileCases generator = new HostileCases(route);
        generator.pathIds();
        generator.queryParameters();
        generator.bodies();
        return generator.cases;
    }

    /**
     * The operation's documented request example as a correct client sends it (path and query as for every case),
     * with its body schema; null when the operation documents no JSON request example.
     */
    static Documented documented(Route route) {
        HostileCases generator = new HostileCases(route);
        MediaType json = generator.jsonMedia();
        if (json == null || (json.getExample() == null && (json.getExamples() == null || json.getExamples().isEmpty())
                && (json.getSchema() == null || json.getSchema().getExample() == null))) {
            return null;
        }
        Case request = new Case("documented", "example", route.method(),
                generator.path(generator.defaultIdRaw(), generator.requiredQuery()), generator.firstId(),
                example(json).toString(), "application/json", Expect.MAY_PASS, null);
        return new Documented(request, json.getSchema());
    }

    /** A documented request and its body schema. */
    record Documented(Case request, Schema<?> schema) {
    }

    /**
     * Bodies the default mode tolerates and strict mode must refuse naming the field: the documented example with
     * an unknown field, a null member, and each integer property as a numeric string / string property as a
     * number. Empty when the operation documents no JSON object example.
     */
    @SuppressWarnings("rawtypes")
    static List<Case> strictCases(Route route) {
        HostileCases generator = new HostileCases(route);
        MediaType json = generator.jsonMedia();
        if (json == null) {
            return List.of();
        }
        JsonNode example = example(json);
        if (!example.isObject()) {
            return List.of();
        }
        generator.naming("zzUnknownField", "unknown field", "unknown field",
                with(example, "zzUnknownField", TextNode.valueOf("?")));
        for (Map.Entry<String, Schema> property : properties(json.getSchema()).entrySet()) {
            String name = property.getKey();
            String type = property.getValue().getType();
            generator.naming(name, "null member", name + " null", with(example, name, JSON.nullNode()));
            if ("integer".equals(type)) {
                generator.naming(name, "number form", name + " as \"7\"", with(example, name, TextNode.valueOf("7")));
            } else if ("string".equals(type) && property.getValue().getEnum() == null) {
                generator.naming(name, "number form", name + " as 7", with(example, name,
                        JSON.getNodeFactory().numberNode(7)));
            }
        }
        return generator.cases;
    }

    // ---- path ids

    private void pathIds() {
        if (route.parameterNames().isEmpty()) {
            return;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("unicode", "Zoë-用户-😀");
        ids.put("url-encoded", "ada@example.com");
        ids.put("encoded slash", "a/b");
        ids.put("dot-dot", "..");
        ids.put("NUL", "a\u0000b");
        ids.put("quotes", "\"quoted'");
        ids.put("SQL", "1' OR '1'='1; DROP TABLE members; --");
        ids.put("HTML", "<script>alert(1)</script>");
        ids.forEach((name, id) -> add("path id", name + " id", path(encode(id), null), id, baseBody(),
                "application/json", Expect.MAY_PASS));
        add("path id", "raw dot-dot segment", path("..", null), "..", baseBody(), "application/json", Expect.MAY_PASS);
    }

    // ---- query parameters

    private void queryParameters() {
        for (Parameter p : parameters()) {
            if (!"query".equals(p.getIn()) || p.getSchema() == null) {
                continue;
            }
            Schema<?> s = p.getSchema();
            String type = s.getType();
            if (s.getEnum() != null && !s.getEnum().isEmpty()) {
                query(p, "invalid enum value", "NOT_A_VALUE", Expect.REJECTED);
            }
            if ("integer".equals(type) || "number".equals(type)) {
                query(p, "non-numeric", "abc", Expect.REJECTED);
                query(p, "below range", "-1", s.getMinimum() != null ? Expect.REJECTED : Expect.MAY_PASS);
                query(p, "zero", "0", below(s, 0) ? Expect.REJECTED : Expect.MAY_PASS);
                query(p, "above range", "1000000", s.getMaximum() != null ? Expect.REJECTED : Expect.MAY_PASS);
                query(p, "overflowing", "9223372036854775808", Expect.REJECTED);
            } else if ("boolean".equals(type)) {
                query(p, "not a boolean", "maybe", Expect.REJECTED);
            } else if (s.getEnum() == null) {
                query(p, "hostile text", "' OR 1=1 -- <b>Zoë</b>", Expect.MAY_PASS);
            }
        }
    }

    private void query(Parameter p, String name, String value, Expect expect) {
        Map<String, String> query = requiredQuery();
        query.put(p.getName(), value);
        add("query", p.getName() + " " + name, path(defaultIdRaw(), query), firstId(), baseBody(), "application/json",
                expect);
    }

    // ---- bodies

    private void bodies() {
        MediaType json = jsonMedia();
        if (json == null) {
            return;
        }
        Schema<?> schema = json.getSchema();
        boolean required = Boolean.TRUE.equals(operation.getRequestBody().getRequired());
        boolean arrayRoot = schema != null && "array".equals(schema.getType());
        JsonNode example = example(json);

        body("malformed JSON", "malformed", "{\"id\": \"unterminated", Expect.REJECTED);
        body("root type", "array at the root", "[]", arrayRoot ? Expect.MAY_PASS : Expect.REJECTED);
        body("root type", "string at the root", "\"text\"", Expect.REJECTED);
        body("root type", "number at the root", "42", Expect.REJECTED);
        body("root type", "boolean at the root", "true", Expect.REJECTED);
        body("root type", "null at the root", "null", Expect.REJECTED);
        body("empty body", "empty body", "", required ? Expect.REJECTED : Expect.MAY_PASS);
        boolean hasRequired = schema != null && schema.getRequired() != null && !schema.getRequired().isEmpty();
        body("missing required", "{}", "{}", hasRequired ? Expect.REJECTED : Expect.MAY_PASS);
        if (example.isObject()) {
            // The real service ignores fields it does not know (issue 11): tolerated by default, refused in strict
            // mode (see strictCases).
            body("unknown field", "unknown field", with(example, "zzUnknownField", TextNode.valueOf("?")),
                    Expect.MAY_PASS);
            // Its padding is an unknown field, dropped by the tolerance stage: a body-size limit refuses it.
            body("huge body", "5 MB body", with(example, "zzPadding", TextNode.valueOf("a".repeat(HUGE))),
                    Expect.MAY_PASS);
        } else {
            body("huge body", "5 MB body", "[\"" + "a".repeat(HUGE) + "\"]", Expect.REJECTED);
        }
        // Deep nesting is refused at depth 1,001 by the parser: 200k brackets prove it without another 5 MB.
        body("huge body", "200k-deep nesting", "[".repeat(200_000), Expect.REJECTED);
        body("over-long strings", "100k chars in every string", strings(example, s -> LONG), Expect.MAY_PASS);
        body("hostile text", "unicode in every string", strings(example, s -> "Zoë 用户 😀 \u202Etxt"), Expect.MAY_PASS);
        body("hostile text", "SQL and HTML in every string",
                strings(example, s -> "x' OR '1'='1; -- <script>alert(1)</script>"), Expect.MAY_PASS);
        for (Map.Entry<String, Schema> property : properties(schema).entrySet()) {
            propertyCases(example, property.getKey(), property.getValue());
        }
        if ("addRewardCoupons".equals(route.operationId())) {
            ArrayNode codes = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < 2_001; i++) {
                codes.add(String.format("CODE%06d", i));
            }
            body("coupon count", "2,001 coupon codes", with(example, "coupons", codes), Expect.REJECTED);
        }
        String valid = example.toString();
        add("content type", "text/plain", path(defaultIdRaw(), requiredQuery()), firstId(), valid, "text/plain",
                Expect.REJECTED);
        add("content type", "application/xml", path(defaultIdRaw(), requiredQuery()), firstId(),
                "<user><id>x</id></user>", "application/xml", Expect.REJECTED);
    }

    private void propertyCases(JsonNode example, String name, Schema<?> property) {
        JsonNode wrong = wrongType(property);
        if (wrong != null) {
            naming(name, "wrong property type", name + " of the wrong type", with(example, name, wrong));
        }
        boolean numeric = "integer".equals(property.getType()) || "number".equals(property.getType());
        if (numeric && POINT_AMOUNT.matcher(name).matches()) {
            naming(name, "point amount", name + " negative", with(example, name, JSON.getNodeFactory().numberNode(-100)));
            body("point amount", name + " zero", with(example, name, JSON.getNodeFactory().numberNode(0)),
                    Expect.MAY_PASS);
            naming(name, "point amount", name + " 9223372036854775808", replace(example, name, "9223372036854775808"));
            naming(name, "point amount", name + " 1e400", replace(example, name, "1e400"));
        }
        if ("string".equals(property.getType()) && DATE.matcher(name).matches()) {
            naming(name, "invalid date", name + " 2025-02-30", with(example, name, TextNode.valueOf("2025-02-30T25:61:00Z")));
            naming(name, "invalid date", name + " not a date", with(example, name, TextNode.valueOf("next tuesday")));
        }
    }

    /** A value of a type the property can never take (null when the property has no single type). */
    private static JsonNode wrongType(Schema<?> property) {
        String type = property.getType();
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "string" -> JSON.createArrayNode().add(1);
            case "integer", "number" -> TextNode.valueOf("not-a-number");
            case "boolean" -> TextNode.valueOf("maybe");
            // An object for an array of objects is tolerated (wrapped), so a string stands for the wrong type there.
            case "array" -> property.getItems() != null && property.getItems().getProperties() != null
                    ? TextNode.valueOf("not-an-array") : JSON.createObjectNode().put("not", "an array");
            default -> TextNode.valueOf("not-an-object");
        };
    }

    private void body(String category, String name, String body, Expect expect) {
        add(category, name, path(defaultIdRaw(), requiredQuery()), firstId(), body, "application/json", expect);
    }

    /** A body the operation must reject with a message naming {@code field}. */
    private void naming(String field, String category, String name, String body) {
        cases.add(new Case(category, name, route.method(), path(defaultIdRaw(), requiredQuery()), firstId(), body,
                "application/json", Expect.REJECTED, field));
    }

    private void add(String category, String name, String rawPath, String pathId, String body, String contentType,
                     Expect expect) {
        cases.add(new Case(category, name, route.method(), rawPath, pathId == null ? "" : pathId, body, contentType,
                expect, null));
    }

    // ---- spec reading

    private static OpenAPI parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(SpecResource.text(), null, options).getOpenAPI();
    }

    private List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        PathItem item = SPEC.getPaths().get(route.pathTemplate());
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private MediaType jsonMedia() {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        return operation.getRequestBody().getContent().get("application/json");
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> properties(Schema<?> schema) {
        return schema == null || schema.getProperties() == null ? Map.of() : schema.getProperties();
    }

    private static JsonNode example(MediaType media) {
        Object example = media.getExample();
        if (example == null && media.getExamples() != null && !media.getExamples().isEmpty()) {
            example = media.getExamples().values().iterator().next().getValue();
        }
        if (example == null && media.getSchema() != null) {
            example = media.getSchema().getExample();
        }
        if (example == null) {
            return JSON.createObjectNode();
        }
        // The spec's examples name user@domain.com; the demo program's member lets a bent body reach the rules.
        try {
            return JSON.readTree(JSON.writeValueAsString(example).replace("user@domain.com", DEFAULT_ID));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String baseBody() {
        MediaType json = jsonMedia();
        return json == null ? null : example(json).toString();
    }

    /** Required query parameters with a valid value, so that each case bends exactly one thing. */
    private Map<String, String> requiredQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter p : parameters()) {
            if ("query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())) {
                Object value = p.getExample() != null ? p.getExample()
                        : p.getSchema().getExample() != null ? p.getSchema().getExample()
                        : p.getSchema().getEnum() != null ? p.getSchema().getEnum().get(0) : "1";
                query.put(p.getName(), String.valueOf(value));
            }
        }
        return query;
    }

    private String firstId() {
        return route.parameterNames().isEmpty() ? "" : demoId(route.parameterNames().get(0));
    }

    private String defaultIdRaw() {
        return encode(firstId());
    }

    private static String demoId(String parameter) {
        return DEMO_IDS.getOrDefault(parameter, DEFAULT_ID);
    }

    /** The route's path with the first parameter as given (raw) and the others a demo id. */
    private String path(String firstRaw, Map<String, String> query) {
        String path = route.pathTemplate();
        boolean first = true;
        for (String name : route.parameterNames()) {
            path = path.replace("{" + name + "}", first ? firstRaw : encode(demoId(name)));
            first = false;
        }
        if (query != null && !query.isEmpty()) {
            StringBuilder q = new StringBuilder();
            query.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(encode(v)));
            path += q;
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean below(Schema<?> s, int value) {
        BigDecimal min = s.getMinimum();
        return min != null && min.compareTo(BigDecimal.valueOf(value)) > 0;
    }

    private static String with(JsonNode example, String name, JsonNode value) {
        ObjectNode copy = example.isObject() ? ((ObjectNode) example).deepCopy() : JSON.createObjectNode();
        copy.set(name, value);
        return copy.toString();
    }

    /** The example with the property set to a raw JSON number text Jackson would not write itself. */
    private static String replace(JsonNode example, String name, String rawNumber) {
        String marker = "\"@@NUMBER@@\"";
        return with(example, name, TextNode.valueOf("@@NUMBER@@")).replace(marker, rawNumber);
    }

    private static String strings(JsonNode example, UnaryOperator<String> change) {
        return rewrite(example.deepCopy(), change).toString();
    }

    private static JsonNode rewrite(JsonNode node, UnaryOperator<String> change) {
        if (node.isTextual()) {
            return TextNode.valueOf(change.apply(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Iterator<String> names = object.fieldNames();
            List<String> keys = new ArrayList<>();
            names.forEachRemaining(keys::add);
            for (String key : keys) {
                object.set(key, rewrite(object.get(key), change));
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, rewrite(array.get(i), change));
            }
        }
        return node;
    }
}
