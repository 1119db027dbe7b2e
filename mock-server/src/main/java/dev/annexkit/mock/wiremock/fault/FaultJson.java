package dev.annexkit.mock.wiremock.fault;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.wiremock.http.WireObject;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Faults on the admin API, as JSON: {@code {"operationId":"postPoints","kind":"apply-then-drop","times":1}}, or
 * with {@code "probability":0.25} instead of {@code times}; {@code fail} takes {@code status} (429, 500, 503;
 * default 503) and {@code retryAfter}, {@code delay} takes {@code delay} (ISO-8601 durations: {@code PT2S}).
 */
public final class FaultJson {

    private static final Set<String> KEYS = Set.of("operationId", "kind", "times", "probability", "status",
            "retryAfter", "delay");

    private FaultJson() {
    }

    /** Reads a fault; every problem is an {@link InvalidField} naming the key. */
    public static Fault read(JsonNode body, RouteTable routes) {
        if (body == null || !body.isObject()) {
            throw new InvalidField("fault", "must be a JSON object");
        }
        body.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw new InvalidField(key, "is not a key of a fault; known keys: " + KEYS.stream().sorted().toList());
            }
        });
        String operationId = text(body, "operationId");
        if (routes.byOperationId(operationId).isEmpty()) {
            throw new InvalidField("operationId", "no operation " + operationId + " in the API");
        }
        FaultKind kind;
        try {
            kind = FaultKind.parse(text(body, "kind"));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("kind", e.getMessage());
        }
        Integer times = body.has("times") ? whole(body, "times") : null;
        Double probability = body.has("probability") ? probability(body) : null;
        if (times == null && probability == null) {
            times = 1;
        }
        int status = body.has("status") ? whole(body, "status") : 503;
        try {
            return new Fault(null, operationId, kind, status, duration(body, "retryAfter"), duration(body, "delay"),
                    times, probability);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("fault", e.getMessage());
        }
    }

    /** A fault as the admin API shows it. */
    public static WireObject write(Fault f) {
        WireObject o = WireObject.create().put("id", f.id()).put("operationId", f.operationId())
                .put("kind", f.kind().wireName());
        if (f.kind() == FaultKind.FAIL || f.kind() == FaultKind.APPLY_THEN_FAIL) {
            o.put("status", f.status()).put("retryAfter", f.retryAfter().toString());
        }
        if (f.kind() == FaultKind.DELAY) {
            o.put("delay", f.delay().toString());
        }
        if (f.times() != null) {
            o.put("times", f.times());
        } else {
            o.put("probability", java.math.BigDecimal.valueOf(f.probability()));
        }
        return o;
    }

    /** The listing: {@code {"faults":[...]}}. */
    public static WireObject list(List<Fault> faults) {
        return WireObject.create().putObjects("faults", faults.stream().map(FaultJson::write).toList());
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            throw new MissingField(field);
        }
        if (!node.isTextual()) {
            throw new InvalidField(field, "must be a string");
        }
        return node.asText();
    }

    private static int whole(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new InvalidField(field, "must be a whole number");
        }
        return node.intValue();
    }

    private static double probability(JsonNode body) {
        JsonNode node = body.get("probability");
        if (!node.isNumber()) {
            throw new InvalidField("probability", "must be a number between 0 and 1");
        }
        return node.doubleValue();
    }

    private static Duration duration(JsonNode body, String field) {
        if (!body.has(field)) {
            return null;
        }
        String text = text(body, field);
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "must be an ISO-8601 duration such as PT2S, got \"" + text + "\"");
        }
    }
}
