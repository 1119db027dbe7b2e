package dev.annexkit.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnexAuthInterceptorTest {

    static final String SECRET = "mock-shared-secret-2024";
    static final AnnexCredentials CREDENTIALS = AnnexCredentials.of("12345678", "mocksite", SECRET);
    static final MediaType JSON = MediaType.get("application/json");
    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    MockWebServer server;
    OkHttpClient client;
    AnnexAuthInterceptor interceptor;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        interceptor = AnnexAuthInterceptor.builder(CREDENTIALS)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .pathIdentifierResolver(PathTemplates.of("/api/3.0",
                        Arrays.asList("/users/{memberId}/rewards", "/rewards/{reward_id}/users/{memberId}/assign")))
                .build();
        client = new OkHttpClient.Builder().addInterceptor(interceptor).build();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void postSignsTheExactBytesTheServerReceives() throws Exception {
        String body = "{\"reward_id\":\"Reward1\",\"user_id\":\"XYZ@annexcloud.com\","
                + "\"issuance_details\":{\"source_type\":\"manual\"}}";
        RecordedRequest recorded = send(new Request.Builder()
                .url(server.url("/api/3.0/rewards/Reward1/users/XYZ@annexcloud.com/assign"))
                .post(RequestBody.create(body, JSON)));

        byte[] received = recorded.getBody().readByteArray();
        JsonObject claims = claims(recorded);
        assertThat(claims.get("hmac").getAsString())
                .isEqualTo(RequestSigner.hmac(new String(received, StandardCharsets.UTF_8), SECRET))
                .isEqualTo("GWAs/FVdsLTbWLJdSsV+U2y6sPYYTtjVoABrXaqWclw=");
        assertThat(recorded.getHeader("X-AnnexCloud-Site")).isEqualTo("12345678");
    }

    @Test
    void oneShotUnicodeBodyIsBufferedSoSignedAndSentBytesAgree() throws Exception {
        String body = "{\"name\":\"Zoë 東京 🎉\"}";
        RecordedRequest recorded = send(new Request.Builder()
                .url(server.url("/api/3.0/users"))
                .post(new RequestBody() {
                    @Override
                    public MediaType contentType() {
                        return JSON;
                    }

                    @Override
                    public boolean isOneShot() {
                        return true;
                    }

                    @Override
                    public void writeTo(BufferedSink sink) throws IOException {
                        sink.writeUtf8(body);
                    }
                }));
        assertThat(recorded.getBody().readUtf8()).isEqualTo(body);
        assertThat(claims(recorded).get("hmac").getAsString()).isEqualTo(RequestSigner.hmac(body, SECRET));
    }

    @Test
    void getSignsTheFirstPathIdAndProducesTheDocumentedToken() throws Exception {
        AnnexAuthInterceptor at1900000000 = AnnexAuthInterceptor.builder(CREDENTIALS)
                .clock(Clock.fixed(Instant.ofEpochSecond(1_900_000_000L - 180), ZoneOffset.UTC))
                .pathIdentifierResolver(PathTemplates.of("/api/3.0", Arrays.asList("/users/{memberId}/rewards")))
                .build();
        client = new OkHttpClient.Builder().addInterceptor(at1900000000).build();
        RecordedRequest recorded = send(new Request.Builder()
                .url(server.url("/api/3.0/users/XYZ@annexcloud.com/rewards?page=2")));
        assertThat(recorded.getHeader("Authorization")).isEqualTo("Bearer "
                + "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtb2Nrc2l0ZSIsImV4cCI6MTkwMDAwMDAwMCwic2l0ZV9pZCI6"
                + "IjEyMzQ1Njc4IiwiaG1hYyI6Ii9DdGlXdkErNXc4RHl3L2RQOU9FWmZWa3gzeTVpeXc0RWVnTXBHdVVxVlk9In0"
                + ".P2mPpmIH8YuGF-1PLAqFfTSCsjX9nyh-9WXrMMaR12w");
    }

    @Test
    void pathIdentifierTagTakesPrecedenceOverTheResolver() throws Exception {
        RecordedRequest recorded = send(new Request.Builder()
                .url(server.url("/api/3.0/users/ignored/rewards"))
                .tag(PathIdentifier.class, PathIdentifier.of("tagged@x.com")));
        assertThat(claims(recorded).get("hmac").getAsString())
                .isEqualTo(RequestSigner.hmac("\"tagged@x.com\"", SECRET));
    }

    @Test
    void deleteAndUnknownPathsSignTheirIdentifier() throws Exception {
        RecordedRequest unknown = send(new Request.Builder().url(server.url("/api/3.0/tierlist/all")));
        assertThat(claims(unknown).get("hmac").getAsString()).isEqualTo(RequestSigner.hmac("\"\"", SECRET));
        RecordedRequest delete = send(new Request.Builder()
                .url(server.url("/api/3.0/users/m%2F1/rewards")).delete());
        assertThat(claims(delete).get("hmac").getAsString()).isEqualTo(RequestSigner.hmac("\"m/1\"", SECRET));
    }

    @Test
    void expiryIsNowPlusLifetimeInSeconds() throws Exception {
        RecordedRequest recorded = send(new Request.Builder().url(server.url("/api/3.0/users/m/rewards")));
        JsonObject claims = claims(recorded);
        assertThat(claims.get("exp").getAsLong()).isEqualTo(NOW.getEpochSecond() + 180);
        assertThat(claims.get("sub").getAsString()).isEqualTo("mocksite");
        assertThat(claims.get("site_id").getAsString()).isEqualTo("12345678");

        client = new OkHttpClient.Builder().addInterceptor(AnnexAuthInterceptor.builder(CREDENTIALS)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).tokenLifetime(Duration.ofSeconds(30)).build()).build();
        assertThat(claims(send(new Request.Builder().url(server.url("/x")))).get("exp").getAsLong())
                .isEqualTo(NOW.getEpochSecond() + 30);
    }

    @Test
    void multipartSignsTheUserIdFieldAndLeavesTheBodyAlone() throws Exception {
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("userId", "XYZ@annexcloud.com")
                .addFormDataPart("file", "r.png", RequestBody.create(new byte[] {1, 2, 3}, MediaType.get("image/png")))
                .build();
        RecordedRequest recorded = send(new Request.Builder().url(server.url("/api/3.0/receipts")).post(body));
        assertThat(claims(recorded).get("hmac").getAsString())
                .isEqualTo(RequestSigner.hmac("\"XYZ@annexcloud.com\"", SECRET));
        assertThat(recorded.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    }

    @Test
    void otherMultipartBodiesSignTheEmptyPayloadAndAreSentUntouched() throws Exception {
        String form = "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n";
        RecordedRequest recorded = send(new Request.Builder().url(server.url("/api/3.0/receipts"))
                .post(RequestBody.create(form, MediaType.get("multipart/form-data; boundary=b"))));
        assertThat(claims(recorded).get("hmac").getAsString()).isEqualTo(RequestSigner.hmac("", SECRET));
        assertThat(recorded.getBody().readUtf8()).isEqualTo(form);
    }

    @Test
    void secretNeverAppearsInHeadersOrToString() throws Exception {
        RecordedRequest recorded = send(new Request.Builder().url(server.url("/api/3.0/users/m/rewards"))
                .post(RequestBody.create("{\"a\":1}", JSON)));
        assertThat(recorded.getHeaders().toString()).doesNotContain(SECRET);
        assertThat(recorded.getHeaders().toString())
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)));
        assertThat(interceptor.toString()).doesNotContain(SECRET).contains("12345678");
    }

    @Test
    void existingAuthorizationHeaderIsReplaced() throws Exception {
        RecordedRequest recorded = send(new Request.Builder().url(server.url("/api/3.0/users/m/rewards"))
                .header("Authorization", "Bearer stale").header("X-AnnexCloud-Site", "999"));
        assertThat(recorded.getHeaders().values("Authorization")).hasSize(1).first().asString()
                .startsWith("Bearer eyJ");
        assertThat(recorded.getHeaders().values("X-AnnexCloud-Site")).containsExactly("12345678");
    }

    private RecordedRequest send(Request.Builder request) throws Exception {
        server.enqueue(new MockResponse().setBody("{}"));
        try (Response response = client.newCall(request.build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
        return server.takeRequest();
    }

    private static JsonObject claims(RecordedRequest recorded) {
        String authorization = recorded.getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        assertThat(parts).hasSize(3);
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return JsonParser.parseString(json).getAsJsonObject();
    }
}
