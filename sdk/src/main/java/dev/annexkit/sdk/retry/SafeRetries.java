package dev.annexkit.sdk.retry;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether sending a request twice is harmless. GET, HEAD, PUT, DELETE and OPTIONS are. A POST or PATCH
 * is only when the API itself de-duplicates it:
 * <ul>
 *   <li>{@code POST /points} with {@code customId} and {@code actionId} (a repeat answers 409 AC1006 and books
 *       nothing), or with an {@code orderId} and no {@code retry: YES} ({@code YES} asks the API to accept an
 *       order id again, so a resend could book twice);</li>
 *   <li>{@code POST /orders} with the order's {@code id}, and {@code POST /issuance} with its {@code orderId}:
 *       both are unique per site, so a repeat is rejected as a duplicate.</li>
 * </ul>
 */
final class SafeRetries {

    private static final Set<String> IDEMPOTENT_METHODS =
            new HashSet<>(Arrays.asList("GET", "HEAD", "PUT", "DELETE", "OPTIONS"));

    private SafeRetries() {
    }

    static boolean isIdempotentMethod(String method) {
        return IDEMPOTENT_METHODS.contains(method);
    }

    /**
     * Tells whether a POST/PATCH body carries the API's own de-duplication key.
     *
     * @param method the HTTP method
     * @param path   the encoded URL path
     * @param body   the JSON body bytes, or null
     * @return true when a resend cannot book twice
     */
    static boolean isDeduplicated(String method, String path, byte[] body) {
        if (!"POST".equals(method) || body == null) {
            return false;
        }
        JsonObject json = parse(body);
        if (json == null) {
            return false;
        }
        if (path.endsWith("/points")) {
            boolean byCustomId = hasText(json, "customId") && json.has("actionId") && !json.get("actionId").isJsonNull();
            boolean byOrderId = hasText(json, "orderId") && !"YES".equalsIgnoreCase(text(json, "retry"));
            return byCustomId || byOrderId;
        }
        if (path.endsWith("/orders")) {
            return hasText(json, "id");
        }
        if (path.endsWith("/issuance")) {
            return hasText(json, "orderId");
        }
        return false;
    }

    private static JsonObject parse(byte[] body) {
        try {
            JsonElement element = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            return element.isJsonObject() ? element.getAsJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean hasText(JsonObject json, String name) {
        String value = text(json, name);
        return value != null && !value.trim().isEmpty();
    }

    private static String text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
