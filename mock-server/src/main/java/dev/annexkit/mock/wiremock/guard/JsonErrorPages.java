package dev.annexkit.mock.wiremock.guard;

import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import wiremock.jakarta.servlet.RequestDispatcher;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages, as the mock's error JSON: whatever fails below WireMock's request handling (a malformed
 * request line, a multipart body without boundary or cut short, a body over the limit, an exception) answers
 * {@code {"errorCode":…, "errorMessage":…}} with no stack trace, no class names and no file paths. Errors of
 * paths outside the mock's own ({@code /api/3.0}, {@code /__admin}) go to WireMock's own page for them (its
 * near-miss report for unmatched user stubs), as before.
 */
public final class JsonErrorPages extends ErrorHandler {

    private final ErrorHandler others;
    private final String apiBasePath;

    /**
     * @param others      the handler for paths that are not the mock's, or null to answer JSON everywhere
     * @param apiBasePath the API's base path, e.g. {@code /api/3.0}
     */
    public JsonErrorPages(ErrorHandler others, String apiBasePath) {
        this.others = others;
        this.apiBasePath = apiBasePath;
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (others != null && !isOurs(baseRequest.getHttpURI().getDecodedPath())) {
            others.handle(target, baseRequest, request, response);
            return;
        }
        super.handle(target, baseRequest, request, response);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true; // PUT, DELETE and PATCH get the JSON body too
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code;
        String text;
        BadMessageException bad = find(failure, BadMessageException.class);
        if (bad != null) {
            status = bad.getCode();
            text = describe(status, bad.getReason());
        } else if (isMultipartFailure(failure)) {
            status = 400;
            text = "Malformed multipart/form-data body (missing boundary, or a part cut short)";
        } else {
            text = describe(status, null);
        }
        baseRequest.setHandled(true);
        response.setStatus(status);
        response.setContentType("application/json");
        byte[] body = GuardAnswers.body(status, text);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        // Jetty's reason is often just "Bad Request": say what it refuses at this level.
        String problem = "the request line, the path (e.g. an encoded NUL) or a header is not valid HTTP"
                + (reason == null || reason.isBlank() ? "" : " (" + reason + ")");
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        String body = Json.write(new AnnexError(status >= 500 ? "AC1001" : "AC1004",
                "Malformed HTTP request: " + problem));
        return ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
    }

    private boolean isOurs(String path) {
        return path == null || path.equals(apiBasePath) || path.startsWith(apiBasePath + "/")
                || path.equals("/__admin") || path.startsWith("/__admin/");
    }

    /** Says what went wrong in words of the request, never with the exception's text (it may hold paths). */
    private static String describe(int status, String reason) {
        switch (status) {
            case 408:
                return "Request body arrived too slowly";
            case 413:
                return reason != null && reason.startsWith("Request body larger than") ? reason
                        : "Request body too large";
            case 400:
                return "Malformed request";
            case 404:
                return "Not found";
            case 405:
                return "Method not allowed";
            default:
                return status >= 500 ? "Internal error of the mock server" : "Request refused (HTTP " + status + ")";
        }
    }

    private static boolean isMultipartFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName().toLowerCase(java.util.Locale.ROOT);
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (name.contains("fileupload") || name.contains("multipart") || message.contains("multipart")
                    || message.contains("boundary")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
