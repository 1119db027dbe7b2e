package dev.annexkit.mock.wiremock.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One authenticated request to an operation, as the handlers see it: decoded path parameters, query
 * parameters and the parsed JSON body, or the parts of a {@code multipart/form-data} body (then the JSON body
 * is empty).
 */
public record ApiRequest(
        String operationId,
        Map<String, String> pathParams,
        Map<String, List<String>> query,
        JsonBody body,
        List<FormPart> parts) {

    public ApiRequest {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A request with a JSON body (or none). */
    public ApiRequest(String operationId, Map<String, String> pathParams, Map<String, List<String>> query,
                      JsonBody body) {
        this(operationId, pathParams, query, body, List.of());
    }

    /** Whether the body was {@code multipart/form-data}. */
    public boolean isMultipart() {
        return !parts.isEmpty();
    }

    /** The first form part of that name, if sent. */
    public Optional<FormPart> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** A path parameter; the route table guarantees it is present. */
    public String path(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    /** The first value of a query parameter, if sent. */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The JSON body's root node; an empty object when no body was sent. */
    public JsonNode json() {
        return body.root();
    }
}
