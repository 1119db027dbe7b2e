package dev.annexkit.mock.wiremock.auth;

import dev.annexkit.mock.MockCredentials;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Annex Cloud signing primitives on the server side, plus a token minter so mock tests (which must not depend on
 * the SDK) can produce valid requests. Mirrors Annex Cloud's own connector: GET ids are serialised with Jackson's
 * {@code writeValueAsString(String)}.
 */
public final class AnnexSignatures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private AnnexSignatures() {
    }

    /**
     * {@code Base64(HMAC-SHA256(key = UTF-8(secret), message = ASCII(Base64(UTF-8(payload)))))}.
     *
     * @param payload the payload text
     * @param secret  the shared secret, used raw
     * @return standard Base64 with padding (44 characters)
     */
    public static String hmac(String payload, String secret) {
        String step1 = Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(hmacSha256(secret, step1.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Serialises a string as a JSON string literal, non-ASCII written raw (Jackson's default).
     *
     * @param value the text; null is treated as empty
     * @return the literal including its quotes
     */
    public static String jsonStringLiteral(String value) {
        try {
            return JSON.writeValueAsString(value == null ? "" : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // cannot happen for a String
        }
    }

    /**
     * Tells whether the scheme hashes the body for this method.
     *
     * @param method the HTTP method
     * @return true for POST, PATCH and PUT
     */
    public static boolean hashesBody(String method) {
        String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
        return m.equals("POST") || m.equals("PATCH") || m.equals("PUT");
    }

    /**
     * Mints a valid token for a request, the way a correct client would.
     *
     * @param site           the tenant
     * @param method         the HTTP method
     * @param pathIdentifier the decoded first path parameter, or "" (used for non-body methods)
     * @param body           the exact body bytes (used for POST/PATCH/PUT), may be null
     * @param exp            the {@code exp} claim, Unix seconds
     * @return the compact JWT
     */
    public static String mintToken(MockCredentials site, String method, String pathIdentifier, byte[] body, long exp) {
        String payload = hashesBody(method)
                ? (body == null ? "" : new String(body, StandardCharsets.UTF_8))
                : jsonStringLiteral(pathIdentifier);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", site.siteName());
        claims.put("exp", exp);
        claims.put("site_id", site.siteId());
        claims.put("hmac", hmac(payload, site.secret()));
        return jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", toJson(claims), site.secret());
    }

    /**
     * Signs arbitrary header and claims JSON with HMAC-SHA256; lets tests build malformed or hostile tokens.
     *
     * @param headerJson the JOSE header JSON text
     * @param claimsJson the claims JSON text
     * @param secret     the signing secret
     * @return {@code base64url(header).base64url(claims).base64url(signature)}
     */
    public static String jwt(String headerJson, String claimsJson, String secret) {
        String input = BASE64URL.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64URL.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        return input + "." + BASE64URL.encodeToString(hmacSha256(secret, input.getBytes(StandardCharsets.US_ASCII)));
    }

    /** One Mac per thread: the provider look-up of {@code Mac.getInstance} is the costly part, not the key. */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    });

    static byte[] hmacSha256(String secret, byte[] message) {
        try {
            Mac mac = MAC.get();
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
