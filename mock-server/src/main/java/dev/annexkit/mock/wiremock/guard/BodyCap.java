package dev.annexkit.mock.wiremock.guard;

import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.server.HttpInput;

/**
 * Watches a body as WireMock reads it (after any inflation):
 * <ul>
 *   <li>more bytes than the cap fail the read with 413, so a body without a {@code Content-Length} (chunked) or a
 *       gzip bomb is cut off at the cap, never buffered whole;</li>
 *   <li>a body still arriving after {@link ServerLimits#RATE_GRACE} must have come at the minimum average rate,
 *       else 408: a client that drip-feeds bytes just often enough to dodge the silence limit is cut off too.
 *       Only arriving bytes are judged (Jetty's own minimum data rate also fires when a slow server thread reads
 *       the end of a small body late, which refused real clients on a busy machine);</li>
 *   <li>once the body is complete, the connection's usual idle timeout is back in force (the short silence limit
 *       is for the body only, never for the time WireMock takes to answer).</li>
 * </ul>
 */
final class BodyCap implements HttpInput.Interceptor {

    private final long cap;
    private final long minBytesPerSecond;
    private final EndPoint endPoint;
    private final long usualIdleTimeout;
    private long seen;
    private long firstNanos;
    private HttpInput.Content last;

    BodyCap(long cap, long minBytesPerSecond, EndPoint endPoint, long usualIdleTimeout) {
        this.cap = cap;
        this.minBytesPerSecond = minBytesPerSecond;
        this.endPoint = endPoint;
        this.usualIdleTimeout = usualIdleTimeout;
    }

    @Override
    public HttpInput.Content readFrom(HttpInput.Content content) {
        if (content == null) {
            return null;
        }
        if (content.isSpecial()) {
            if (content.isEof()) {
                endPoint.setIdleTimeout(usualIdleTimeout);
            }
            return content;
        }
        if (content == last) {
            return content; // the same chunk offered again (partly read) was counted already
        }
        last = content;
        long now = System.nanoTime();
        if (seen == 0) {
            firstNanos = now;
        }
        seen += content.remaining();
        if (seen > cap) {
            throw new BadMessageException(413, "Request body larger than " + cap + " bytes");
        }
        long elapsedMillis = (now - firstNanos) / 1_000_000;
        if (elapsedMillis > ServerLimits.RATE_GRACE.toMillis() && seen * 1000 < minBytesPerSecond * elapsedMillis) {
            throw new BadMessageException(408, "Request body arrived too slowly");
        }
        return content;
    }
}
