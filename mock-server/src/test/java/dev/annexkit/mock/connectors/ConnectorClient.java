package dev.annexkit.mock.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.MockCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plain HTTP the way Annex Cloud's integrations put it on the wire: the three headers they all send and a JWT
 * they sign themselves (HS256 over {@code sub}, {@code exp}, {@code site_id} and the body {@code hmac}). The
 * signer is this class's own, written from the documented algorithm, so the replay depends on neither the SDK
 * nor the mock's code; only the {@code exp} claim differs between clients (see the factory methods).
 */
final class ConnectorClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final String baseUrl;
    private final MockCredentials site;
    private final long exp;

    private ConnectorClient(String baseUrl, MockCredentials site, long exp) {
        this.baseUrl = baseUrl;
        this.site = site;
        this.exp = exp;
    }

    /** The SAP Commerce connector: {@code exp} is now + 3 minutes in MILLISECONDS (its known quirk). */
    static ConnectorClient sapCommerce(String baseUrl, MockCredentials site, long nowEpochSecond) {
        return new ConnectorClient(baseUrl, site, nowEpochSecond * 1000 + 180_000);
    }

    /** The NetSuite scripts: {@code exp} in seconds, an hour ahead. */
    static ConnectorClient netSuite(String baseUrl, MockCredentials site, long nowEpochSecond) {
        return new ConnectorClient(baseUrl, site, nowEpochSecond + 3600);
    }

    /** The Flutter sample: {@code exp} in MICROSECONDS plus 3,600,000 (its quirk). */
    static ConnectorClient flutter(String baseUrl, MockCredentials site, long nowEpochSecond) {
        return new ConnectorClient(baseUrl, site, nowEpochSecond * 1_000_000 + 3_600_000);
    }

    /** One answer: status, body and the tolerance header (null when nothing was tolerated). */
    record Reply(int status, String body, String tolerated) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    /** A body request (POST, PATCH, PUT); the hmac covers the body text exactly as sent. */
    Reply send(String method, String path, String body) {
        return exchange(method, path, body, hmac(body));
    }

    /** A GET whose hmac covers the path identifier as a JSON string literal. */
    Reply get(String path, String pathId) {
        return exchange("GET", path, null, hmac("\"" + pathId + "\""));
    }

    private Reply exchange(String method, String path, String body, String hmac) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + token(hmac))
                .header("X-AnnexCloud-Site", site.siteId())
                .header("Content-Type", "application/json")
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("X-AnnexKit-Tolerated").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String hmac) {
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        String claims = "{\"sub\":\"" + site.siteName() + "\",\"exp\":" + exp + ",\"site_id\":\"" + site.siteId()
                + "\",\"hmac\":\"" + hmac + "\"}";
        String signingInput = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + URL.encodeToString(mac(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** {@code Base64(HMAC-SHA256(secret, Base64(payload)))}, standard alphabet with padding. */
    private String hmac(String payload) {
        byte[] step1 = Base64.getEncoder().encode(payload.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac(step1));
    }

    private byte[] mac(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(site.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
