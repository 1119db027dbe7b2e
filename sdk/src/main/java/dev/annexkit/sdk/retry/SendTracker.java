package dev.annexkit.sdk.retry;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor that notes, for the {@link RetryInterceptor}, that an attempt got a connection and is about
 * to be written. A failure before this point (DNS, refused connection, connect timeout) cannot have reached the
 * server; a failure after it may have.
 */
final class SendTracker implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallAttempt attempt = chain.request().tag(CallAttempt.class);
        if (attempt != null) {
            attempt.sent = true;
        }
        return chain.proceed(chain.request());
    }
}
