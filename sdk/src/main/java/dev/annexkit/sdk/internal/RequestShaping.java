package dev.annexkit.sdk.internal;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Applies per-client request options before signing: extra headers, and JSON body fields that must be sent as an
 * explicit {@code null}. Runs before the signer (which hashes the body), so the signature covers the final bytes.
 * Internal.
 */
public final class RequestShaping implements Interceptor {

    private final Map<String, String> headers;
    private final Set<String> nullFields;

    /**
     * Creates the interceptor.
     *
     * @param headers    headers to set on every request
     * @param nullFields JSON fields (or dotted paths) to send as {@code null}
     */
    public RequestShaping(Map<String, String> headers, Set<String> nullFields) {
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.nullFields = Collections.unmodifiableSet(new LinkedHashSet<>(nullFields));
    }

    /**
     * Tells whether the interceptor would change anything.
     *
     * @return false when there are neither headers nor null fields
     */
    public boolean isEmpty() {
        return headers.isEmpty() && nullFields.isEmpty();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder shaped = request.newBuilder();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            shaped.header(header.getKey(), header.getValue());
        }
        RequestBody body = request.body();
        if (!nullFields.isEmpty() && isJson(body)) {
            shaped.method(request.method(), RequestBody.create(withNulls(read(body)), body.contentType()));
        }
        return chain.proceed(shaped.build());
    }

    private byte[] withNulls(byte[] json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(new String(json, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return json; // not JSON after all: send untouched
        }
        if (!root.isJsonObject()) {
            return json;
        }
        for (String path : nullFields) {
            JsonObject target = root.getAsJsonObject();
            String[] names = path.split("\\.");
            for (int i = 0; i < names.length - 1 && target != null; i++) {
                JsonElement next = target.get(names[i]);
                target = next != null && next.isJsonObject() ? next.getAsJsonObject() : null;
            }
            if (target != null) {
                target.add(names[names.length - 1], JsonNull.INSTANCE);
            }
        }
        return new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(root)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isJson(RequestBody body) {
        MediaType type = body == null ? null : body.contentType();
        return type != null && type.subtype().toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    private static byte[] read(RequestBody body) throws IOException {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readByteArray();
    }
}
