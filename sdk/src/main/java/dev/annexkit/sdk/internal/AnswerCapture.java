package dev.annexkit.sdk.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Keeps the start of the successful answer of the call running on this thread, so that an answer the models
 * cannot bind can be reported with its text ({@link ApiCalls}). Only records while {@link ApiCalls} has opened a
 * capture on the calling thread (the services call synchronously, and OkHttp runs interceptors of a synchronous
 * call on the caller's thread); otherwise it does nothing. Internal.
 */
public final class AnswerCapture implements Interceptor {

    /** Most of an answer kept for an exception; a contract breach is visible in far less. */
    static final long MAX_BYTES = 64 * 1024;

    private static final ThreadLocal<Slot> CURRENT = new ThreadLocal<>();

    /** The text of one call's last successful answer. */
    static final class Slot {
        // The peeked copy shares the answer's buffer segments, so keeping it is cheap; it is decoded to text
        // only when an answer does not bind, instead of on every call.
        private ResponseBody peeked;
        private String text;

        void keep(ResponseBody answer) {
            peeked = answer;
            text = null;
        }

        String text() {
            if (text == null && peeked != null) {
                try {
                    text = peeked.string();
                } catch (IOException e) {
                    return null; // an in-memory copy: cannot fail in practice
                }
                peeked = null;
            }
            return text;
        }
    }

    /**
     * Records the start of each 2xx answer for the capture open on this thread, if any.
     *
     * @param chain the OkHttp chain
     * @return the unchanged response (its body is peeked, not consumed)
     * @throws IOException as the rest of the chain does
     */
    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        Slot slot = CURRENT.get();
        if (slot != null && response.isSuccessful() && response.body() != null) {
            slot.keep(response.peekBody(MAX_BYTES));
        }
        return response;
    }

    /** Opens a capture on this thread; returns the one it replaces (calls may nest), to restore with {@link #close}. */
    static Slot open(Slot slot) {
        Slot previous = CURRENT.get();
        CURRENT.set(slot);
        return previous;
    }

    static void close(Slot previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
