package dev.annexkit.mock.wiremock.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * What one request may cost the mock before it is refused, checked in front of WireMock (so before
 * authentication): the size of a JSON body, of a form upload (a receipt image of up to 10 MB plus its form
 * fields), the size a {@code Content-Encoding: gzip} body may inflate to, and how slowly a body may arrive.
 *
 * @param maxJsonBodyBytes   largest body of any request that is not a form upload; larger gets 413
 * @param maxUploadBodyBytes largest {@code multipart/form-data} body (receipt upload); larger gets 413
 * @param minBodyBytesPerSecond a body still arriving after {@link #RATE_GRACE} must have averaged this, else 408
 * @param bodyReadPause      longest silence allowed while a body is being read; then the connection is cut
 */
public record ServerLimits(long maxJsonBodyBytes, long maxUploadBodyBytes, long minBodyBytesPerSecond,
                           Duration bodyReadPause) {

    /** 1 MiB: far above the largest documented JSON body (bulk calls of a few hundred entries). */
    public static final long DEFAULT_MAX_JSON_BODY = 1L << 20;
    /** 11 MiB: Annex Cloud takes receipt images of up to 10 MB; the rest is room for the form fields. */
    public static final long DEFAULT_MAX_UPLOAD_BODY = 11L << 20;
    /** 1 KiB/s: any real client on any real network is far faster; a drip-feeding one is not. */
    public static final long DEFAULT_MIN_BODY_RATE = 1024;
    /** 3 s of silence in the middle of a body. */
    public static final Duration DEFAULT_BODY_READ_PAUSE = Duration.ofSeconds(3);

    /** How long a body may take before its average rate is judged: small bodies are never judged at all. */
    public static final Duration RATE_GRACE = Duration.ofSeconds(5);

    /** The limits a mock starts with. */
    public static final ServerLimits DEFAULTS = new ServerLimits(DEFAULT_MAX_JSON_BODY, DEFAULT_MAX_UPLOAD_BODY,
            DEFAULT_MIN_BODY_RATE, DEFAULT_BODY_READ_PAUSE);

    /** Checks every limit is positive. */
    public ServerLimits {
        Objects.requireNonNull(bodyReadPause, "bodyReadPause");
        if (maxJsonBodyBytes <= 0 || maxUploadBodyBytes <= 0 || minBodyBytesPerSecond <= 0
                || bodyReadPause.isNegative() || bodyReadPause.isZero()) {
            throw new IllegalArgumentException("every limit must be positive: " + maxJsonBodyBytes + ", "
                    + maxUploadBodyBytes + ", " + minBodyBytesPerSecond + ", " + bodyReadPause);
        }
    }

    /** The same limits with another cap on body sizes (JSON, upload). */
    public ServerLimits withBodySizes(long json, long upload) {
        return new ServerLimits(json, upload, minBodyBytesPerSecond, bodyReadPause);
    }

    /** The same limits with other slow-client cut-offs. */
    public ServerLimits withSlowBodyCutOff(long bytesPerSecond, Duration pause) {
        return new ServerLimits(maxJsonBodyBytes, maxUploadBodyBytes, bytesPerSecond, pause);
    }

    /** The cap that applies to a body of this content type. */
    long maxBodyFor(String contentType) {
        return isFormUpload(contentType) ? maxUploadBodyBytes : maxJsonBodyBytes;
    }

    static boolean isFormUpload(String contentType) {
        return contentType != null && contentType.trim().regionMatches(true, 0, "multipart/", 0, 10);
    }
}
