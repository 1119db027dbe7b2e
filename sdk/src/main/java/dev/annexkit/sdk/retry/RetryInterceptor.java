package dev.annexkit.sdk.retry;

import dev.annexkit.sdk.errors.RetryAfter;
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
 * requests that are safe to send twice: GET, HEAD, PUT, DELETE, a POST that carries the API's own de-duplication
 * key (see the package's rules: {@code customId} + {@code actionId} on {@code /points}, the order id on orders and
 * issuance), or any request when the caller opted in ({@code idempotent}). Register it <em>before</em> the
 * request signer, so that every attempt passes through the signer again and carries a fresh token.
 */
public final class RetryInterceptor implements Interceptor {

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
     * Sends the request, retrying as the policy allows.
     *
     * @param chain the OkHttp chain
     * @return the last attempt's response
     * @throws IOException the last attempt's failure, or {@link InterruptedIOException} when interrupted while waiting
     */
    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean safe = retryAnyMethod || SafeRetries.isIdempotentMethod(request.method());
        if (!safe && policy.maxRetries() > 0 && isBufferable(request.body())) {
            byte[] bytes = read(request.body());
            request = request.newBuilder().method(request.method(), RequestBody.create(bytes, request.body().contentType()))
                    .build();
            safe = SafeRetries.isDeduplicated(request.method(), request.url().encodedPath(), bytes);
        }
        int maxRetries = safe ? policy.maxRetries() : 0;
        for (int retry = 1; ; retry++) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (retry > maxRetries || chain.call().isCanceled()) {
                    throw e;
                }
                pause(policy.delayBefore(retry, null).get());
                continue;
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
