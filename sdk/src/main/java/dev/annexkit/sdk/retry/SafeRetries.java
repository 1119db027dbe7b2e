package dev.annexkit.sdk.retry;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether sending a request twice is harmless. GET, HEAD, PUT, DELETE and OPTIONS are. A POST is only when
 * its body carries a key the API de-duplicates for that exact variant ({@link DeduplicationKeys}); a PATCH never is.
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
     * Tells whether a POST/PATCH body carries the API's own de-duplication key for its variant.
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
        return json != null && DeduplicationKeys.of(path, json).isPresent();
    }

    private static JsonObject parse(byte[] body) {
        try {
            JsonElement element = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            return element.isJsonObject() ? element.getAsJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
