package dev.annexkit.mock.wiremock.guard;

import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.server.HttpInput;

/**
 * Counts the body bytes WireMock reads (after any inflation) and fails the read with 413 once they pass the cap,
 * so a body without a {@code Content-Length} (chunked) or a gzip bomb is cut off after at most the cap, never
 * buffered whole.
 */
final class BodyCap implements HttpInput.Interceptor {

    private final long cap;
    private long seen;
    private HttpInput.Content last;

    BodyCap(long cap) {
        this.cap = cap;
    }

    @Override
    public HttpInput.Content readFrom(HttpInput.Content content) {
        if (content == null || content.isSpecial() || content == last) {
            return content; // the same chunk offered again (partly read) was counted already
        }
        last = content;
        seen += content.remaining();
        if (seen > cap) {
            throw new BadMessageException(413, "Request body larger than " + cap + " bytes");
        }
        return content;
    }
}
