package dev.annexkit.mock.wiremock.guard;

import java.io.IOException;
import java.util.Optional;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;
import wiremock.org.eclipse.jetty.server.handler.gzip.GzipHttpInputInterceptor;
import wiremock.org.eclipse.jetty.util.compression.InflaterPool;

/**
 * The Jetty handler in front of all of WireMock: what it refuses costs the mock nothing, because it has not read
 * the body, authenticated or matched anything yet.
 * <ul>
 *   <li>admin paths go through {@link AdminAccess} (and, for our own {@code /__admin/annexkit} routes, the
 *       {@link AdminToken}, so their refusal is JSON too);</li>
 *   <li>a declared body above the {@link ServerLimits} cap is answered 413 without reading it; an undeclared
 *       (chunked) or gzip body is counted as it is read and cut off at the cap ({@link BodyCap}), the gzip body
 *       after inflation, so 1 MB can no longer become 1 GiB;</li>
 *   <li>while a body is read, a silence longer than the configured pause closes the connection, and a body
 *       that trickles in below the minimum average rate is cut off ({@link BodyCap}).</li>
 * </ul>
 */
public final class FrontDoor extends HandlerWrapper {

    private static final String ADMIN = "/__admin";
    private static final String OUR_ADMIN = "/__admin/annexkit";

    private final ServerLimits limits;
    private final AdminAccess admin;
    private final InflaterPool inflaters;

    public FrontDoor(ServerLimits limits, AdminAccess admin, InflaterPool inflaters) {
        this.limits = limits;
        this.admin = admin;
        this.inflaters = inflaters;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        // decoded and canonical, as Jetty routes it: /x/../__admin and /%5F_admin reach the admin API too
        String path = baseRequest.getHttpURI().getDecodedPath();
        String contentType = request.getContentType();
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        boolean hasBody = length > 0 || chunked;
        if (path != null && (path.equals(ADMIN) || path.startsWith(ADMIN + "/"))) {
            Optional<AdminAccess.Refusal> refusal = admin.check(request.getMethod(), request.getHeader("Host"),
                    request.getHeader("Origin"), contentType, hasBody);
            if (refusal.isEmpty() && path.startsWith(OUR_ADMIN)
                    && !admin.token().allows(request.getMethod(), path, request.getHeader("Authorization"))) {
                refusal = Optional.of(new AdminAccess.Refusal(401,
                        "Admin token required: send Authorization: Bearer <token>"));
            }
            if (refusal.isPresent()) {
                refuse(baseRequest, response, refusal.get().status(), refusal.get().message(), hasBody);
                return;
            }
        }
        long cap = limits.maxBodyFor(contentType);
        if (length > cap) {
            refuse(baseRequest, response, 413, "Request body larger than " + cap + " bytes", true);
            return;
        }
        if (!hasBody) {
            super.handle(target, baseRequest, request, response);
            return;
        }
        if (isGzip(request.getHeader("Content-Encoding"))) {
            inflateAsRead(baseRequest);
        }
        EndPoint endPoint = baseRequest.getHttpChannel().getEndPoint();
        long idle = endPoint.getIdleTimeout();
        baseRequest.getHttpInput().addInterceptor(new BodyCap(cap, limits.minBodyBytesPerSecond(), endPoint, idle));
        endPoint.setIdleTimeout(limits.bodyReadPause().toMillis());
        try {
            super.handle(target, baseRequest, request, response);
        } finally {
            endPoint.setIdleTimeout(idle);
        }
    }

    /**
     * Inflates the body as WireMock reads it (instead of WireMock inflating it whole into memory): the header goes,
     * so WireMock sees a plain body, and {@link BodyCap}, added after this, counts the inflated bytes.
     */
    private void inflateAsRead(Request baseRequest) {
        baseRequest.getHttpInput().addInterceptor(new GzipHttpInputInterceptor(inflaters,
                baseRequest.getHttpChannel().getByteBufferPool(), 8192,
                baseRequest.getHttpChannel().isUseInputDirectByteBuffers()));
        baseRequest.setHttpFields(HttpFields.build(baseRequest.getHttpFields())
                .remove(HttpHeader.CONTENT_ENCODING)
                .remove(HttpHeader.CONTENT_LENGTH));
    }

    private static boolean isGzip(String contentEncoding) {
        return contentEncoding != null && contentEncoding.trim().equalsIgnoreCase("gzip");
    }

    private static void refuse(Request baseRequest, HttpServletResponse response, int status, String message,
                               boolean unreadBody) throws IOException {
        baseRequest.setHandled(true);
        GuardAnswers.write(response, status, message, unreadBody);
    }
}
