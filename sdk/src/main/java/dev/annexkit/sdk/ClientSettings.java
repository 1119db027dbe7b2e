package dev.annexkit.sdk;

import dev.annexkit.sdk.auth.AnnexAuthInterceptor;
import dev.annexkit.sdk.auth.AnnexCredentials;
import dev.annexkit.sdk.auth.PathIdentifierResolver;
import dev.annexkit.sdk.internal.AnswerCapture;
import dev.annexkit.sdk.internal.CallObservation;
import dev.annexkit.sdk.internal.OperationTable;
import dev.annexkit.sdk.internal.RequestShaping;
import dev.annexkit.sdk.logging.HttpLogging;
import dev.annexkit.sdk.observability.CallListener;
import dev.annexkit.sdk.retry.RetryInterceptor;
import dev.annexkit.sdk.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;

/**
 * Everything an {@link AnnexCloudClient} is configured with, and how that becomes an {@link OkHttpClient}.
 * Immutable; {@link #with(RequestOptions)} derives the settings of {@link AnnexCloudClient#withOptions}.
 *
 * <p>Interceptor order matters: retry first (outermost, so each attempt passes the rest again; call listeners
 * wrap it to count attempts and sit right inside it to hear each one), then the answer capture (the text of a 2xx
 * answer, for decoding errors; its peek reads the body inside the retry), then the
 * request options (headers, explicit nulls: they change the bytes to sign), then the signer (a fresh token per
 * attempt), then logging (what is sent, as sent, with the token redacted).
 */
final class ClientSettings {

    String baseUrl;
    String siteId;
    String siteName;
    String secret;
    Clock clock;
    Duration tokenLifetime;
    Duration connectTimeout;
    Duration readTimeout;
    Duration writeTimeout;
    Duration callTimeout;
    RetryPolicy retryPolicy;
    boolean retryAnyMethod;
    HttpLogging logging;
    PathIdentifierResolver pathIdentifiers;
    Map<String, String> headers = Collections.emptyMap();
    Set<String> nullFields = Collections.emptySet();
    List<CallListener> callListeners = Collections.emptyList();
    OperationTable operations;
    /** The client whose connection pool and dispatcher every derived client shares; has no SDK interceptor. */
    OkHttpClient base;

    ClientSettings copy() {
        ClientSettings c = new ClientSettings();
        c.baseUrl = baseUrl;
        c.siteId = siteId;
        c.siteName = siteName;
        c.secret = secret;
        c.clock = clock;
        c.tokenLifetime = tokenLifetime;
        c.connectTimeout = connectTimeout;
        c.readTimeout = readTimeout;
        c.writeTimeout = writeTimeout;
        c.callTimeout = callTimeout;
        c.retryPolicy = retryPolicy;
        c.retryAnyMethod = retryAnyMethod;
        c.logging = logging;
        c.pathIdentifiers = pathIdentifiers;
        c.headers = headers;
        c.nullFields = nullFields;
        c.callListeners = callListeners;
        c.operations = operations;
        c.base = base;
        return c;
    }

    ClientSettings with(RequestOptions options) {
        ClientSettings c = copy();
        c.connectTimeout = or(options.connectTimeout, connectTimeout);
        c.readTimeout = or(options.readTimeout, readTimeout);
        c.writeTimeout = or(options.writeTimeout, writeTimeout);
        c.callTimeout = or(options.callTimeout, callTimeout);
        if (options.maxRetries != null) {
            c.retryPolicy = retryPolicy.toBuilder().maxRetries(options.maxRetries).build();
        }
        c.retryAnyMethod = retryAnyMethod || options.idempotent;
        if (options.secret != null) {
            c.siteId = options.siteId;
            c.siteName = options.siteName;
            c.secret = options.secret;
        }
        Map<String, String> mergedHeaders = new LinkedHashMap<>(headers);
        mergedHeaders.putAll(options.headers);
        c.headers = Collections.unmodifiableMap(mergedHeaders);
        Set<String> mergedNulls = new LinkedHashSet<>(nullFields);
        mergedNulls.addAll(options.nullFields);
        c.nullFields = Collections.unmodifiableSet(mergedNulls);
        return c;
    }

    OkHttpClient httpClient() {
        AnnexAuthInterceptor signer = AnnexAuthInterceptor.builder(AnnexCredentials.of(siteId, siteName, secret))
                .clock(clock)
                .tokenLifetime(tokenLifetime)
                .pathIdentifierResolver(pathIdentifiers)
                .build();
        OkHttpClient.Builder http = base.newBuilder();
        CallObservation observation = callListeners.isEmpty() ? null : new CallObservation(callListeners, operations);
        if (observation != null) {
            http.addInterceptor(observation.callStart());
        }
        http.addInterceptor(new RetryInterceptor(retryPolicy, retryAnyMethod, clock));
        if (observation != null) {
            http.addInterceptor(observation.eachAttempt()); // inside the retries: once per attempt
        }
        http.addInterceptor(new AnswerCapture())
                // OkHttp would otherwise resend a request after a failure on another route or a fresh connection,
                // even a POST the server may already have applied; the RetryInterceptor alone decides what is resent.
                .retryOnConnectionFailure(false)
                .addNetworkInterceptor(RetryInterceptor.sendTracker());
        RequestShaping shaping = new RequestShaping(headers, nullFields);
        if (!shaping.isEmpty()) {
            http.addInterceptor(shaping);
        }
        http.addInterceptor(signer);
        if (logging.isEnabled()) {
            http.addInterceptor(logging.interceptor(Collections.singletonList(secret)));
        }
        return http.connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(writeTimeout)
                .callTimeout(callTimeout)
                .build();
    }

    private static Duration or(Duration override, Duration value) {
        return override != null ? override : value;
    }
}
