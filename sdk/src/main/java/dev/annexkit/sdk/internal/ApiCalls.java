package dev.annexkit.sdk.internal;

import com.google.gson.JsonParseException;
import dev.annexkit.sdk.errors.AnnexCloudException;
import dev.annexkit.sdk.errors.AnnexErrors;
import java.io.IOException;

/**
 * Runs one generated API call and turns every failure into the SDK's unchecked exception family, so that
 * no caller ever sees the generated {@link ApiException}. Internal: the generated services use it.
 */
public final class ApiCalls {

    /** A generated call, which throws the generated checked exception. */
    @FunctionalInterface
    public interface GeneratedCall<T> {
        /**
         * Performs the call.
         *
         * @return the decoded response body
         * @throws ApiException when the generated client reports a failure
         */
        T call() throws ApiException;
    }

    static {
        // One place for how answers are read: the generated JSON plus lenient whole numbers (WholeNumbers), with
        // the generated models read in one pass (OnePassModels; registered last, so it is asked first).
        JSON.setGson(JSON.getGson().newBuilder().registerTypeAdapterFactory(new WholeNumbers())
                .registerTypeAdapterFactory(new OnePassModels()).create());
    }

    private ApiCalls() {
    }

    /**
     * Performs {@code call}, translating failures.
     *
     * @param call the generated call
     * @param <T> the response type
     * @return the decoded response body
     * @throws AnnexCloudException for every error answer, I/O failure or undecodable response
     */
    public static <T> T execute(GeneratedCall<T> call) {
        AnswerCapture.Slot answer = new AnswerCapture.Slot();
        AnswerCapture.Slot previous = AnswerCapture.open(answer);
        try {
            return call.call();
        } catch (ApiException e) {
            throw translate(e);
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
            // The generated models validate answers while decoding them (IllegalArgumentException), Gson reports
            // wrong types (JsonParseException) and JsonElement accessors wrong shapes (IllegalStateException):
            // a 2xx body that is not the contract is the server's fault, not the caller's.
            throw AnnexErrors.undecodableResponse(e, answer.text());
        } finally {
            AnswerCapture.close(previous);
        }
    }

    private static AnnexCloudException translate(ApiException e) {
        if (e.getCode() == 0) {
            Throwable cause = e.getCause();
            boolean outcomeUnknown = false;
            for (Throwable t = cause; t != null; t = t.getCause()) {
                outcomeUnknown |= t instanceof OutcomeUnknownIOException;
            }
            if (cause instanceof OutcomeUnknownIOException) {
                cause = cause.getCause(); // the marker has done its job: report the original failure
            }
            IOException io = cause instanceof IOException ? (IOException) cause : new IOException(e.getMessage(), cause);
            return AnnexErrors.connectionFailure(io, outcomeUnknown);
        }
        return AnnexErrors.fromResponse(e.getCode(), e.getResponseHeaders(), e.getResponseBody());
    }
}
