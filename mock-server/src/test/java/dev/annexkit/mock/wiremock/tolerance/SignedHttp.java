package dev.annexkit.mock.wiremock.tolerance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.wiremock.auth.AnnexSignatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Signed JSON requests to a mock (as a client of its own, not the SDK), keeping the answer's tolerance header. */
final class SignedHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnnexCloudMockServer mock;

    SignedHttp(AnnexCloudMockServer mock) {
        this.mock = mock;
    }

    /** One answer: status, JSON body and the {@code X-AnnexKit-Tolerated} header (null when absent). */
    record Answer(int status, String body, String tolerated) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String errorMessage() {
            return json().path("errorMessage").asText();
        }

        @Override
        public String toString() {
            return status + " " + body + (tolerated == null ? "" : " [tolerated: " + tolerated + "]");
        }
    }

    /** A signed POST, PATCH or PUT of a JSON body; {@code path} is relative to the API base path. */
    Answer send(String method, String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String token = AnnexSignatures.mintToken(mock.credentials(), method, "", bytes, MockHttp.EXP);
        return exchange(HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("X-AnnexCloud-Site", mock.credentials().siteId())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    Answer post(String path, String body) {
        return send("POST", path, body);
    }

    /** A GET of an AnnexKit admin route ({@code /__admin/annexkit/...}). */
    Answer admin(String route) {
        return exchange(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mock.port() + "/__admin/annexkit"
                + route)).GET());
    }

    private static Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue(ToleratedHeader.NAME).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
