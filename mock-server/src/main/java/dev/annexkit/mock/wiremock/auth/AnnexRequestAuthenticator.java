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
 * The receipt upload ({@code multipart/form-data}) is checked by {@link #authenticateFormUpload}: upstream does not
 * document what it hashes, and multipart bytes (random boundary, file content) are not something clients can be
 * expected to agree on, so its hmac is over the {@code userId} form field, as the SDK signs it. A multipart
 * {@code Content-Type} on any other request changes nothing: it is checked like every request.
 * {@code exp} is bounded before any arithmetic: at most {@value #MAX_EXP_CHARS} characters and an exponent of at
 * most {@value #MAX_EXP_SCALE} (a claim like {@code "-1e1000000000"} would otherwise cost seconds and gigabytes).
 * JSON with duplicate keys is rejected, so a token cannot carry two different {@code site_id}s.
 */
public final class AnnexRequestAuthenticator {

    /** base64url of {@code {"alg":"HS256","typ":"JWT"}}, the header Annex Cloud's clients send. */
    private static final String CANONICAL_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";


    /** Longest {@code exp} claim text: milliseconds with decimals fit easily. */
    static final int MAX_EXP_CHARS = 40;
    /** Largest exponent (either sign) of an {@code exp} claim. */
    static final int MAX_EXP_SCALE = 30;

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
        String hmac = verifiedHmacClaim(authorizationHeader, siteHeader);
        if (!hmacMatches(hmac, method, pathIdentifier, rawBody)) {
            throw new NotAuthorized("hmac claim does not match the request "
                    + (AnnexSignatures.hashesBody(method) ? "body" : "path identifier"));
        }
    }

    /**
     * Authenticates a receipt upload ({@code multipart/form-data}): the token as for every request, the hmac over
     * the {@code userId} form field as a JSON string literal (no such field: the empty payload), which is what
     * the SDK signs.
     *
     * @param authorizationHeader the {@code Authorization} header value, or null
     * @param siteHeader          the {@code X-AnnexCloud-Site} header value, or null
     * @param userIdField         the text of the {@code userId} form field, or null when the form has none
     * @throws NotAuthorized if any check fails
     */
    public void authenticateFormUpload(String authorizationHeader, String siteHeader, String userIdField) {
        String hmac = verifiedHmacClaim(authorizationHeader, siteHeader);
        String payload = userIdField == null ? "" : AnnexSignatures.jsonStringLiteral(userIdField);
        if (!sameText(hmac, AnnexSignatures.hmac(payload, site.secret()))) {
            throw new NotAuthorized("hmac claim does not match the upload's userId field");
        }
    }

    /** Every check but the hmac; returns the hmac claim. */
    private String verifiedHmacClaim(String authorizationHeader, String siteHeader) {
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
            throw new NotAuthorized("JWT expired: exp " + exp + " <= now " + now);
        }

        if (siteHeader == null || !siteHeader.trim().equals(siteId)) {
            throw new NotAuthorized("site_id claim does not match X-AnnexCloud-Site header");
        }
        if (!siteId.equals(site.siteId())) {
            throw new NotAuthorized("unknown site id " + siteId);
        }
        return hmac;
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
            return bounded(exp.isFloatingPointNumber() ? BigDecimal.valueOf(exp.doubleValue()) : exp.decimalValue());
        }
        if (exp != null && exp.isTextual()) {
            String text = exp.textValue().trim();
            if (text.length() > MAX_EXP_CHARS) {
                throw new NotAuthorized("claim exp is longer than " + MAX_EXP_CHARS + " characters");
            }
            try {
                return bounded(new BigDecimal(text));
            } catch (NumberFormatException e) {
                throw new NotAuthorized("claim exp is not numeric");
            }
        }
        throw new NotAuthorized("claim exp missing or not a number");
    }

    /** Refuses a number whose size would make comparing or printing it expensive (checked before any arithmetic). */
    private static BigDecimal bounded(BigDecimal exp) {
        if (Math.abs((long) exp.scale()) > MAX_EXP_SCALE || exp.precision() > MAX_EXP_CHARS) {
            throw new NotAuthorized("claim exp is out of range");
        }
        return exp;
    }

    private static boolean sameText(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
