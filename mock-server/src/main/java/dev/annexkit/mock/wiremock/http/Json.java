package dev.annexkit.mock.wiremock.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The one JSON configuration of the adapter: strict on input, no nulls on output. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {
    }

    /**
     * Parses request text; throws {@link JsonProcessingException} for anything that is not one JSON value, and
     * for a number no double can hold ({@code 1e400}): Jackson would read it as Infinity, which the contract
     * validator then chokes on without naming the field.
     */
    public static JsonNode parse(String text) throws JsonProcessingException {
        JsonNode root = MAPPER.readTree(text);
        requireFinite(root, "");
        return root;
    }

    private static void requireFinite(JsonNode node, String pointer) throws JsonProcessingException {
        if (node == null) {
            return;
        }
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            throw new JsonParseException(null, "number at '" + (pointer.isEmpty() ? "/" : pointer)
                    + "' is out of range (larger than any double)");
        }
        if (node.isObject()) {
            for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) node::fields) {
                requireFinite(field.getValue(), pointer + "/" + field.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireFinite(node.get(i), pointer + "/" + i);
            }
        }
    }

    /** An answer body that is already JSON text, sent as it is (the admin API's state export). */
    public record Text(String json) {
    }

    /** Serialises an answer body. */
    public static String write(Object body) {
        if (body instanceof Text text) {
            return text.json();
        }
        try {
            return MAPPER.writeValueAsString(body instanceof WireObject wire ? wire.json() : body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty, insertion-ordered object node for building answers. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
