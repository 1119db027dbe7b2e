package dev.annexkit.sdk.retry;

import dev.annexkit.sdk.errors.RetryAfter;
import dev.annexkit.sdk.internal.OutcomeUnknownIOException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * OkHttp <em>application</em> interceptor that retries failed attempts according to a {@link RetryPolicy}.
 *
 * <p>Retried: connection failures and timeouts (no response), and the answers 429, 502, 503 and 504. Only for
 * requests that are safe to send twice: GET, HEAD, PUT, DELETE, a POST that carries the key the API de-duplicates
 * for its variant ({@link DeduplicationKeys}), or any request when the caller opted in ({@code idempotent}).
 * Register it <em>before</em> the request signer, so that every attempt passes through the signer again and carries
 * a fresh token, and register {@link #sendTracker()} as a network interceptor of the same client.
 *
 * <p>Two facts leave this interceptor for the error mapping: an answer to a retry carries the header
 * {@value #ATTEMPT_HEADER} with its attempt number (so a {@code 409} to a retry can be told apart: the earlier
 * attempt was applied), and a failure of a request that is not safe to repeat, after it may have reached the
 * server, is thrown as {@link OutcomeUnknownIOException} around the original failure.
 */
public final class RetryInterceptor implements Interceptor {

    /** Response header the SDK adds to the answer of a retry: the attempt number, 2 or more. */
    public static final String ATTEMPT_HEADER = "X-AnnexKit-Attempt";

    private final RetryPolicy policy;
    private final boolean retryAnyMethod;
    private final Clock clock;

    /**
     * Creates the interceptor.
     *
     * @param policy         the policy; not null
     * @param retryAnyMethod true to retry POST and PATCH even without a de-duplication key (the caller's opt-in)
     * @param clock          the clock that turns a {@code Retry-After} date into a delay; not null
     */
    public RetryInterceptor(RetryPolicy policy, boolean retryAnyMethod, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.retryAnyMethod = retryAnyMethod;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The network interceptor that tells this interceptor whether a failed attempt got as far as a connection.
     * Required for {@link OutcomeUnknownIOException}: without it no failure is known to have been sent.
     *
     * @return a network interceptor to add to the same client
     */
    public static Interceptor sendTracker() {
        return new SendTracker();
    }

    /**
     * Sends the request, retrying as the policy allows.
     *
     * @param chain the OkHttp chain
     * @return the last attempt's response
     * @throws IOException the last attempt's failure ({@link OutcomeUnknownIOException} around it when the request
     *                     was not safe to repeat and may have reached the server), or {@link InterruptedIOException}
     *                     when interrupted while waiting
     */
    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean safe = retryAnyMethod || SafeRetries.isIdempotentMethod(request.method());
        if (!safe && isBufferable(request.body())) {
            byte[] bytes = read(request.body());
            request = request.newBuilder().method(request.method(), RequestBody.create(bytes, request.body().contentType()))
                    .build();
            safe = SafeRetries.isDeduplicated(request.method(), request.url().encodedPath(), bytes);
        }
        CallAttempt attempt = new CallAttempt();
        request = request.newBuilder().tag(CallAttempt.class, attempt).build();
        int maxRetries = safe ? policy.maxRetries() : 0;
        for (int retry = 1; ; retry++) {
            attempt.number = retry;
            attempt.sent = false;
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (retry > maxRetries || chain.call().isCanceled()) {
                    // Never repeated: if it may have reached the server, only the server knows whether it was applied.
                    throw !safe && attempt.sent ? new OutcomeUnknownIOException(e) : e;
                }
                pause(policy.delayBefore(retry, null).get());
                continue;
            }
            if (retry > 1) {
                response = response.newBuilder().header(ATTEMPT_HEADER, Integer.toString(retry)).build();
            }
            if (retry > maxRetries || !isRetryableStatus(response.code())) {
                return response;
            }
            Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock.instant()).orElse(null);
            Optional<Duration> delay = policy.delayBefore(retry, retryAfter);
            if (!delay.isPresent()) {
                return response;
            }
            response.close();
            pause(delay.get());
        }
    }

    /** 429 asks to come back later; 502/503/504 are a gateway or an overloaded server, not a broken request. */
    static boolean isRetryableStatus(int code) {
        return code == 429 || code == 502 || code == 503 || code == 504;
    }

    private void pause(Duration delay) throws InterruptedIOException {
        try {
            policy.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
            io.initCause(e);
            throw io;
        }
    }

    private static boolean isBufferable(RequestBody body) throws IOException {
        if (body == null || body.isOneShot() || body.isDuplex()) {
            return false;
        }
        MediaType type = body.contentType();
        return type == null || !type.type().equalsIgnoreCase("multipart");
    }

    private static byte[] read(RequestBody body) throws IOException {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readByteArray();
    }

    @Override
    public String toString() {
        return "RetryInterceptor{" + policy + ", retryAnyMethod=" + retryAnyMethod + "}";
    }
}
