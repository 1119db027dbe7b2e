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
        try {
            return call.call();
        } catch (ApiException e) {
            throw translate(e);
        } catch (JsonParseException | IllegalArgumentException e) {
            // The generated models validate answers while decoding them; a body that is not the contract
            // is the server's fault, not the caller's.
            throw AnnexErrors.undecodableResponse(e);
        }
    }

    private static AnnexCloudException translate(ApiException e) {
        if (e.getCode() == 0) {
            Throwable cause = e.getCause();
            IOException io = cause instanceof IOException ? (IOException) cause : new IOException(e.getMessage(), cause);
            return AnnexErrors.connectionFailure(io);
        }
        return AnnexErrors.fromResponse(e.getCode(), e.getResponseHeaders(), e.getResponseBody());
    }
}
