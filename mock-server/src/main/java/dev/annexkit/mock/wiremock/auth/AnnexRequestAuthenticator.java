package dev.annexkit.mock.wiremock.auth;

import dev.annexkit.mock.MockCredentials;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Verifies Annex Cloud request authentication (JWT + request HMAC) for one configured tenant. Pure: no WireMock
 * types, inputs are the raw header strings, the decoded first path parameter and the body bytes. Thread-safe.
 *
 * <p>Checks, in order; the first failure throws {@link NotAuthorized}:
 * <ol>
 *   <li>{@code Authorization: Bearer <header>.<claims>.<signature>}, three non-empty base64url parts;</li>
 *   <li>the JOSE header is a JSON object whose {@code alg} is exactly {@code HS256} ({@code none}, {@code HS512},
 *       {@code RS256}… are refused, so no algorithm-confusion tricks);</li>
 *   <li>the signature is HMAC-SHA256 of {@code header.claims} with the tenant secret (constant-time compare);</li>
 *   <li>the claims are a JSON object with string {@code sub}, {@code site_id} and {@code hmac}, and {@code exp} as a
 *       number or numeric string;</li>
 *   <li>{@code exp} is after now. No upper bound: real clients (Annex Cloud's SAP connector) send milliseconds;</li>
 *   <li>{@code site_id} equals both the {@code X-AnnexCloud-Site} header and the configured site id;</li>
 *   <li>{@code hmac} equals the value recomputed from this request: over the raw body decoded as UTF-8 for
 *       POST/PATCH/PUT (empty body: {@code ""}), else over the path identifier as a JSON string literal. For an
 *       empty identifier (GET without path parameter, undocumented upstream) both the literal {@code ""} and the
 *       empty payload are accepted.</li>
 * </ol>
 * {@code multipart/form-data} requests skip the hmac check: upstream does not document what receipt uploads hash,
 * and hashing multipart bytes (random boundary, file content) is not something clients can be expected to agree on.
 * JSON with duplicate keys is rejected, so a token cannot carry two different {@code site_id}s.
 */
public final class AnnexRequestAuthenticator {

    /** base64url of {@code {"alg":"HS256","typ":"JWT"}}, the header Annex Cloud's clients send. */
    private static final String CANONICAL_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";


    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final MockCredentials site;
    private final Clock clock;

    /**
     * @param site  the tenant whose requests are accepted
     * @param clock the clock {@code exp} is compared with
     */
    public AnnexRequestAuthenticator(MockCredentials site, Clock clock) {
        this.site = Objects.requireNonNull(site, "site");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @return the configured tenant
     */
    public MockCredentials site() {
        return site;
    }

    /**
     * Authenticates one request or throws.
     *
     * @param method              the HTTP method
     * @param authorizationHeader the {@code Authorization} header value, or null
     * @param siteHeader          the {@code X-AnnexCloud-Site} header value, or null
     * @param pathIdentifier      the decoded first path parameter, or "" (null is treated as "")
     * @param rawBody             the request body bytes as received, or null
     * @param contentType         the {@code Content-Type} header value, or null
     * @throws NotAuthorized if any check fails; its message says which, for logs
     */
    public void authenticate(String method, String authorizationHeader, String siteHeader, String pathIdentifier,
                             byte[] rawBody, String contentType) {
        String[] parts = bearerParts(authorizationHeader);
        if (!parts[0].equals(CANONICAL_HEADER)) { // every known client sends exactly this header: skip the parse
            JsonNode header = jsonObject(parts[0], "JWT header");
            JsonNode alg = header.get("alg");
            if (alg == null || !alg.isTextual() || !alg.textValue().equals("HS256")) {
                throw new NotAuthorized("JWT alg is not HS256: " + (alg == null ? "missing" : alg));
            }
        }
        byte[] expected = AnnexSignatures.hmacSha256(site.secret(),
                (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!MessageDigest.isEqual(expected, decode(parts[2], "JWT signature"))) {
            throw new NotAuthorized("JWT signature invalid");
        }

        JsonNode claims = jsonObject(parts[1], "JWT claims");
        textClaim(claims, "sub");
        String siteId = textClaim(claims, "site_id");
        String hmac = textClaim(claims, "hmac");
        BigDecimal exp = expClaim(claims);
        long now = clock.instant().getEpochSecond();
        if (exp.compareTo(BigDecimal.valueOf(now)) <= 0) {
            throw new NotAuthorized("JWT expired: exp " + exp.toPlainString() + " <= now " + now);
        }

        if (siteHeader == null || !siteHeader.trim().equals(siteId)) {
            throw new NotAuthorized("site_id claim does not match X-AnnexCloud-Site header");
        }
        if (!siteId.equals(site.siteId())) {
            throw new NotAuthorized("unknown site id " + siteId);
        }

        if (isMultipart(contentType)) {
            return;
        }
        if (!hmacMatches(hmac, method, pathIdentifier, rawBody)) {
            throw new NotAuthorized("hmac claim does not match the request "
                    + (AnnexSignatures.hashesBody(method) ? "body" : "path identifier"));
        }
    }

    private boolean hmacMatches(String claimed, String method, String pathIdentifier, byte[] rawBody) {
        if (AnnexSignatures.hashesBody(method)) {
            return sameText(claimed, AnnexSignatures.hmac(
                    rawBody == null ? "" : new String(rawBody, StandardCharsets.UTF_8), site.secret()));
        }
        String id = pathIdentifier == null ? "" : pathIdentifier;
        if (sameText(claimed, AnnexSignatures.hmac(AnnexSignatures.jsonStringLiteral(id), site.secret()))) {
            return true;
        }
        return id.isEmpty() && sameText(claimed, AnnexSignatures.hmac("", site.secret()));
    }

    private static String[] bearerParts(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw new NotAuthorized("Authorization header missing");
        }
        String value = authorizationHeader.trim();
        if (value.length() < 7 || !value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            throw new NotAuthorized("Authorization is not a Bearer token");
        }
        String[] parts = value.substring(7).trim().split("\\.", -1);
        if (parts.length != 3) {
            throw new NotAuthorized("Bearer token is not a 3-part JWT (" + parts.length + " parts)");
        }
        for (String part : parts) {
            if (!BASE64URL.matcher(part).matches()) {
                throw new NotAuthorized("Bearer token part is empty or not base64url");
            }
        }
        return parts;
    }

    private static byte[] decode(String part, String what) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new NotAuthorized(what + " is not valid base64url");
        }
    }

    private static JsonNode jsonObject(String part, String what) {
        try {
            JsonNode node = JSON.readTree(decode(part, what));
            if (node == null || !node.isObject()) {
                throw new NotAuthorized(what + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new NotAuthorized(what + " is not valid JSON (or has duplicate keys)");
        }
    }

    private static String textClaim(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        if (value == null || !value.isTextual()) {
            throw new NotAuthorized("claim " + name + " missing or not a string");
        }
        return value.textValue();
    }

    private static BigDecimal expClaim(JsonNode claims) {
        JsonNode exp = claims.get("exp");
        if (exp != null && exp.isNumber()) {
            if (exp.isFloatingPointNumber() && !Double.isFinite(exp.doubleValue())) {
                throw new NotAuthorized("claim exp is not finite");
            }
            return exp.decimalValue();
        }
        if (exp != null && exp.isTextual()) {
            try {
                return new BigDecimal(exp.textValue().trim());
            } catch (NumberFormatException e) {
                throw new NotAuthorized("claim exp is not numeric");
            }
        }
        throw new NotAuthorized("claim exp missing or not a number");
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static boolean sameText(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
