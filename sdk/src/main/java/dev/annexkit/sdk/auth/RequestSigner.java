package dev.annexkit.sdk.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Annex Cloud request-signing scheme as pure functions (no I/O, no clock), so every step can be checked against
 * the worked examples in the API reference.
 *
 * <ol>
 *   <li>{@link #payloadFor}: the request body text for POST/PATCH/PUT, else the first path id as a JSON string
 *       literal;</li>
 *   <li>{@link #hmac}: {@code Base64(HMAC-SHA256(key = secret, message = Base64(payload)))};</li>
 *   <li>{@link #token}: an HS256 JWT with the claims {@code sub, exp, site_id, hmac}, signed with the same
 *       secret.</li>
 * </ol>
 */
public final class RequestSigner {

    /** The fixed JOSE header; its exact bytes matter because the signature covers its base64url form. */
    public static final String JWT_HEADER_JSON = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private RequestSigner() {
    }

    /**
     * Computes the request HMAC: {@code Base64(HMAC-SHA256(key = UTF-8(secret), message = ASCII(Base64(UTF-8(payload)))))}.
     *
     * @param payload the payload text from {@link #payloadFor}; not null
     * @param secret  the shared secret, used raw; not null
     * @return standard Base64 with padding, always 44 characters
     */
    public static String hmac(String payload, String secret) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(secret, "secret");
        String step1 = BASE64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return BASE64.encodeToString(hmacSha256(secret, step1.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Chooses the HMAC payload text for a request.
     *
     * <p>POST, PATCH and PUT hash the body exactly as sent, decoded as UTF-8 ({@code null} or empty body gives
     * {@code ""}). Every other method (GET, DELETE, HEAD) hashes the first path parameter as a JSON string literal,
     * e.g. {@code "XYZ@annexcloud.com"} including the quotes; an operation without path parameters uses the empty
     * identifier, i.e. the two-character payload {@code ""} (undocumented upstream; the AnnexKit mock accepts it).
     *
     * @param method         the HTTP method, case-insensitive; not null
     * @param pathIdentifier the decoded first path parameter, or {@code null}/empty when there is none
     * @param body           the exact body bytes that will be sent, or {@code null}
     * @return the payload text to pass to {@link #hmac}
     */
    public static String payloadFor(String method, String pathIdentifier, byte[] body) {
        if (hasBody(method)) {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }
        return JsonStrings.literal(pathIdentifier);
    }

    /**
     * Tells whether the scheme hashes the body (rather than the path id) for a method.
     *
     * @param method the HTTP method, case-insensitive; not null
     * @return true for POST, PATCH and PUT
     */
    public static boolean hasBody(String method) {
        String m = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        return m.equals("POST") || m.equals("PATCH") || m.equals("PUT");
    }

    /**
     * Builds the compact JWT for one request.
     *
     * <p>Claims are written compactly in the order {@code sub, exp, site_id, hmac}, with {@code exp} as a JSON number
     * and no escaping of {@code /}, {@code +} or {@code =}, so the output matches the documented examples byte for
     * byte.
     *
     * @param credentials   the tenant credentials; not null
     * @param hmac          the request HMAC from {@link #hmac}; not null
     * @param expEpochSeconds the expiry as Unix time in seconds
     * @return {@code base64url(header).base64url(claims).base64url(signature)}, without padding
     */
    public static String token(AnnexCredentials credentials, String hmac, long expEpochSeconds) {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(hmac, "hmac");
        String claims = "{\"sub\":" + JsonStrings.literal(credentials.siteName())
                + ",\"exp\":" + expEpochSeconds
                + ",\"site_id\":" + JsonStrings.literal(credentials.siteId())
                + ",\"hmac\":" + JsonStrings.literal(hmac) + "}";
        String signingInput = base64Url(JWT_HEADER_JSON) + "." + base64Url(claims);
        byte[] signature = hmacSha256(credentials.secret(), signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + BASE64URL.encodeToString(signature);
    }

    /**
     * Signs one request end to end: payload, HMAC and JWT.
     *
     * @param credentials     the tenant credentials; not null
     * @param method          the HTTP method; not null
     * @param pathIdentifier  the decoded first path parameter, or {@code null}/empty when there is none
     * @param body            the exact body bytes that will be sent, or {@code null}
     * @param expEpochSeconds the expiry as Unix time in seconds
     * @return the compact JWT to send as {@code Authorization: Bearer <token>}
     */
    public static String sign(AnnexCredentials credentials, String method, String pathIdentifier, byte[] body,
                              long expEpochSeconds) {
        String hmac = hmac(payloadFor(method, pathIdentifier, body), credentials.secret());
        return token(credentials, hmac, expEpochSeconds);
    }

    private static String base64Url(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmacSha256(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory on every Java platform; reaching this is a broken JRE.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
