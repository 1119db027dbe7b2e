package dev.annexkit.sdk.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * OkHttp <em>application</em> interceptor that signs every request the Annex Cloud way: it computes the request HMAC,
 * wraps it in a fresh short-lived HS256 JWT and sets {@code Authorization: Bearer <jwt>} and
 * {@code X-AnnexCloud-Site: <siteId>}.
 *
 * <p>What gets hashed:
 * <ul>
 *   <li>POST/PATCH/PUT: the body bytes. The body is buffered once and the request is rebuilt with exactly those
 *       bytes, so what is hashed is what goes on the wire even for one-shot bodies or serialisers that are not
 *       deterministic. A missing body hashes {@code ""}.</li>
 *   <li>GET/DELETE (and any other method): the first path parameter as a JSON string literal. It comes from a
 *       {@link PathIdentifier} request tag if present, else from the configured {@link PathIdentifierResolver}
 *       (typically {@link PathTemplates}); no parameter gives the literal {@code ""}.</li>
 *   <li>{@code multipart/*} bodies (receipt upload): upstream does not document this case, and multipart bytes
 *       (boundary, file content) are not a useful thing to hash, so the interceptor hashes the JSON string literal
 *       of the {@code userId} form field when the body is an OkHttp {@link MultipartBody} that has one, else (no
 *       such field, or another {@code RequestBody} with a {@code multipart/*} type) the empty payload. The body is sent untouched. The AnnexKit mock checks the receipt
 *       upload's HMAC over exactly this {@code userId} payload.</li>
 * </ul>
 *
 * <p>Register it with {@code OkHttpClient.Builder#addInterceptor} (not as a network interceptor) so retries and
 * redirects get a fresh token. Immutable and thread-safe; the secret is never put in a header, a log or
 * {@link #toString()}.
 */
public final class AnnexAuthInterceptor implements Interceptor {

    /** The header carrying the tenant's site id. */
    public static final String SITE_HEADER = "X-AnnexCloud-Site";
    /** Default token lifetime; matches the 3 minutes Annex Cloud's own connector intends. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(3);

    private final AnnexCredentials credentials;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final PathIdentifierResolver resolver;

    private AnnexAuthInterceptor(Builder builder) {
        this.credentials = builder.credentials;
        this.clock = builder.clock;
        this.tokenLifetime = builder.tokenLifetime;
        this.resolver = builder.resolver;
    }

    /**
     * Starts a builder.
     *
     * @param credentials the tenant credentials; not null
     * @return a builder with the system UTC clock, a 3-minute lifetime and {@link PathIdentifierResolver#NONE}
     */
    public static Builder builder(AnnexCredentials credentials) {
        return new Builder(credentials);
    }

    /**
     * Signs the request and proceeds.
     *
     * @param chain the OkHttp chain
     * @return the response
     * @throws IOException if the request body cannot be read, or from the rest of the chain
     */
    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder signed = request.newBuilder();
        RequestBody body = request.body();
        String payload;
        if (isMultipart(body)) {
            String userId = body instanceof MultipartBody ? multipartField((MultipartBody) body, "userId") : null;
            payload = userId == null ? "" : JsonStrings.literal(userId);
        } else if (RequestSigner.hasBody(request.method())) {
            byte[] bytes = body == null ? new byte[0] : read(body);
            if (body != null) {
                signed.method(request.method(), RequestBody.create(bytes, body.contentType()));
            }
            payload = new String(bytes, StandardCharsets.UTF_8);
        } else {
            payload = JsonStrings.literal(identifierFor(request));
        }
        long exp = clock.instant().getEpochSecond() + tokenLifetime.getSeconds();
        String token = RequestSigner.token(credentials, RequestSigner.hmac(payload, credentials.secret()), exp);
        signed.header("Authorization", "Bearer " + token);
        signed.header(SITE_HEADER, credentials.siteId());
        return chain.proceed(signed.build());
    }

    private String identifierFor(Request request) {
        PathIdentifier tag = request.tag(PathIdentifier.class);
        if (tag != null) {
            return tag.value();
        }
        String resolved = resolver.identifierFor(request);
        return resolved == null ? "" : resolved;
    }

    private static boolean isMultipart(RequestBody body) {
        if (body instanceof MultipartBody) {
            return true;
        }
        MediaType type = body == null ? null : body.contentType();
        return type != null && type.type().equalsIgnoreCase("multipart");
    }

    private static byte[] read(RequestBody body) throws IOException {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readByteArray();
    }

    /** Returns the text of a non-file form field, or null. */
    private static String multipartField(MultipartBody body, String name) throws IOException {
        for (MultipartBody.Part part : body.parts()) {
            Headers headers = part.headers();
            String disposition = headers == null ? null : headers.get("Content-Disposition");
            if (disposition != null && !disposition.contains("filename=")
                    && disposition.contains("name=\"" + name + "\"")) {
                return new String(read(part.body()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /**
     * Describes the configuration without the secret.
     *
     * @return e.g. {@code AnnexAuthInterceptor{siteId=12345678, tokenLifetime=PT3M}}
     */
    @Override
    public String toString() {
        return "AnnexAuthInterceptor{siteId=" + credentials.siteId() + ", tokenLifetime=" + tokenLifetime + "}";
    }

    /** Builder for {@link AnnexAuthInterceptor}. Not thread-safe. */
    public static final class Builder {
        private final AnnexCredentials credentials;
        private Clock clock = Clock.systemUTC();
        private Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;
        private PathIdentifierResolver resolver = PathIdentifierResolver.NONE;

        private Builder(AnnexCredentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
        }

        /**
         * Sets the clock that determines the token expiry (inject a fixed clock in tests).
         *
         * @param clock the clock; not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how long each token stays valid; {@code exp = now + lifetime}, in whole seconds.
         *
         * @param tokenLifetime at least one second
         * @return this builder
         * @throws IllegalArgumentException if shorter than one second
         */
        public Builder tokenLifetime(Duration tokenLifetime) {
            if (Objects.requireNonNull(tokenLifetime, "tokenLifetime").getSeconds() < 1) {
                throw new IllegalArgumentException("tokenLifetime must be at least one second");
            }
            this.tokenLifetime = tokenLifetime;
            return this;
        }

        /**
         * Sets how GET/DELETE requests find their path identifier when they carry no {@link PathIdentifier} tag.
         *
         * @param resolver the resolver, e.g. {@link PathTemplates#of}; not null
         * @return this builder
         */
        public Builder pathIdentifierResolver(PathIdentifierResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Builds the interceptor.
         *
         * @return the interceptor
         */
        public AnnexAuthInterceptor build() {
            return new AnnexAuthInterceptor(this);
        }
    }
}
