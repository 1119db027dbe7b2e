package dev.annexkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.wiremock.auth.AnnexSignatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Raw HTTP against a mock server, signed like a correct client would (without the SDK, which the mock must not
 * depend on). Paths are relative to the API base path and sent exactly as given, so tests control the encoding.
 */
public final class MockHttp {

    /** Where test servers' clocks stand; tokens expire an hour later. */
    public static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final long EXP = NOW.getEpochSecond() + 3600;

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final MockCredentials credentials;
    private final long exp;

    public MockHttp(String baseUrl, MockCredentials credentials) {
        this(baseUrl, credentials, EXP);
    }

    /** Signs with a given {@code exp}, for servers whose clock is not {@link #CLOCK}. */
    public MockHttp(String baseUrl, MockCredentials credentials, long exp) {
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.exp = exp;
    }

    public MockHttp(AnnexCloudMockServer mock) {
        this(mock.baseUrl(), mock.credentials());
    }

    /** A mock server on port 0 whose clock stands at {@link #NOW}. */
    public static AnnexCloudMockServer.Builder server() {
        return AnnexCloudMockServer.builder().port(0).clock(CLOCK);
    }

    /** One HTTP answer. */
    public record Answer(int status, String body, String contentType) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The field names of a JSON object body, in order. */
        public List<String> fieldNames() {
            List<String> names = new ArrayList<>();
            json().fieldNames().forEachRemaining(names::add);
            return names;
        }
    }

    /** A signed GET; {@code pathId} is the decoded first path parameter ("" if none). */
    public Answer get(String path, String pathId) {
        return send("GET", path, null, Map.of(
                "Authorization", "Bearer " + AnnexSignatures.mintToken(credentials, "GET", pathId, null, exp),
                "X-AnnexCloud-Site", credentials.siteId()));
    }

    /** A signed POST (or PATCH/PUT) of a JSON body. */
    public Answer post(String path, String body) {
        return send("POST", path, body, signedBodyHeaders("POST", body));
    }

    public Map<String, String> signedBodyHeaders(String method, String body) {
        return Map.of(
                "Authorization", "Bearer " + AnnexSignatures.mintToken(credentials, method, "",
                        body.getBytes(StandardCharsets.UTF_8), exp),
                "X-AnnexCloud-Site", credentials.siteId(),
                "Content-Type", "application/json");
    }

    /** Any request with exactly the given headers. */
    public Answer send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
