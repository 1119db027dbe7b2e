package dev.annexkit.mock.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * WireMock's Jetty server, except that a request Jetty refuses before WireMock sees it (a {@code %00} in the
 * path, a malformed request line or header) is answered like every other refusal of the mock:
 * {@code 400 {"errorCode":"AC1004","errorMessage":"Malformed HTTP request: …"}} instead of Jetty's HTML page.
 */
public final class AnnexHttpServerFactory implements HttpServerFactory {

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        return new Jetty11HttpServer(options, admin, stubs) {
            @Override
            protected void applyAdditionalServerConfiguration(Server server, Options serverOptions) {
                super.applyAdditionalServerConfiguration(server, serverOptions);
                server.setErrorHandler(new BadMessageAsJson());
            }
        };
    }

    /** Jetty's error handler with its bad-message body replaced by the mock's error JSON. */
    private static final class BadMessageAsJson extends ErrorHandler {
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
    }
}
