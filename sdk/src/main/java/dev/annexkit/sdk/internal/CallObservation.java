package dev.annexkit.sdk.internal;

import dev.annexkit.sdk.errors.AnnexErrors;
import dev.annexkit.sdk.observability.CallAttempt;
import dev.annexkit.sdk.observability.CallEvent;
import dev.annexkit.sdk.observability.CallListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Tells {@link CallListener}s about every attempt. Two OkHttp application interceptors: {@link #callStart()} goes
 * before the retry interceptor and gives the call an attempt counter (a request tag, which the retry interceptor's
 * copies of the request keep); {@link #eachAttempt()} goes right after it, so it runs once per attempt, counts it
 * and reports how it ended.
 *
 * <p>The error code of an error answer is read by the SDK's one error mapper ({@link AnnexErrors}) from a peeked
 * copy of the body, so the caller still reads the whole answer. A listener that throws is logged and skipped.
 */
public final class CallObservation {

    /** Bodies beyond this are not peeked for an error code; Annex Cloud's error bodies are tiny. */
    private static final long MAX_PEEK_BYTES = 16 * 1024;
    private static final System.Logger LOG = System.getLogger(CallObservation.class.getName());

    private final List<CallListener> listeners;
    private final OperationTable operations;

    /**
     * Creates the observation.
     *
     * @param listeners  the listeners, in the order they are told
     * @param operations names requests by operation
     */
    public CallObservation(List<CallListener> listeners, OperationTable operations) {
        this.listeners = Collections.unmodifiableList(new ArrayList<>(listeners));
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    /** The request tag that counts a call's attempts. */
    private static final class Attempts {
        final AtomicInteger count = new AtomicInteger();
    }

    /**
     * The interceptor to register before the retry interceptor.
     *
     * @return an interceptor that tags the call with an attempt counter
     */
    public Interceptor callStart() {
        return chain -> chain.proceed(chain.request().newBuilder().tag(Attempts.class, new Attempts()).build());
    }

    /**
     * The interceptor to register right after the retry interceptor.
     *
     * @return an interceptor that reports each attempt to the listeners
     */
    public Interceptor eachAttempt() {
        return this::observe;
    }

    private Response observe(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        Attempts attempts = request.tag(Attempts.class);
        int number = attempts == null ? 1 : attempts.count.incrementAndGet();
        CallAttempt attempt = describe(request, number);
        List<CallListener> hearing = start(attempt);
        long started = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            finish(hearing, CallEvent.failed(attempt, e, since(started)));
            throw e;
        }
        String errorCode = response.isSuccessful() ? null : errorCode(response);
        finish(hearing, CallEvent.answered(attempt, response.code(), errorCode, since(started)));
        return response;
    }

    private CallAttempt describe(Request request, int number) {
        return operations.find(request.method(), request.url().pathSegments())
                .map(op -> new CallAttempt(op.operationId(), request.method(), op.pathTemplate(), number))
                .orElseGet(() -> new CallAttempt(CallAttempt.UNKNOWN_OPERATION, request.method(),
                        CallAttempt.UNKNOWN_OPERATION, number));
    }

    private List<CallListener> start(CallAttempt attempt) {
        List<CallListener> hearing = new ArrayList<>(listeners.size());
        for (CallListener listener : listeners) {
            try {
                CallListener forAttempt = listener.attemptStarted(attempt);
                if (forAttempt != null) {
                    hearing.add(forAttempt);
                }
            } catch (RuntimeException | Error e) {
                ignore(listener, e);
            }
        }
        return hearing;
    }

    private static void finish(List<CallListener> hearing, CallEvent event) {
        for (CallListener listener : hearing) {
            try {
                listener.attemptFinished(event);
            } catch (RuntimeException | Error e) {
                ignore(listener, e);
            }
        }
    }

    private static void ignore(CallListener listener, Throwable failure) {
        if (failure instanceof VirtualMachineError) {
            throw (VirtualMachineError) failure; // out of memory and the like are not the listener's to swallow
        }
        LOG.log(System.Logger.Level.WARNING, "call listener " + listener + " failed; ignored", failure);
    }

    private static String errorCode(Response response) {
        try {
            String body = response.peekBody(MAX_PEEK_BYTES).string();
            return AnnexErrors.fromResponse(response.code(), null, body).errorCode();
        } catch (IOException | RuntimeException e) {
            return null; // the caller meets the same body and reports it; the event just lacks a code
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
