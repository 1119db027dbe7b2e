package dev.annexkit.mock.wiremock.inspector;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inspector's page, script and styles, shipped as resources of the mock's jar (no build step, no CDN).
 * Only the files listed here are served; any other name is 404, so the route cannot read other resources.
 */
final class InspectorAssets {

    static final String INDEX = "index.html";
    private static final String ROOT = "/dev/annexkit/mock/inspector/";

    private static final Map<String, String> TYPES = Map.of(
            INDEX, "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    /**
     * The page loads nothing but its own files and talks only to its own origin; no inline script, no framing.
     * Together with rendering data as text this keeps member-supplied strings from ever running as code.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private InspectorAssets() {
    }

    /** The file as an answer, or empty when it is not one of the inspector's files. */
    static Optional<ResponseDefinition> answer(String name) {
        String type = name == null ? null : TYPES.get(name);
        if (type == null) {
            return Optional.empty();
        }
        return Optional.of(ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", type)
                .withHeader("Cache-Control", "no-cache")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("X-Frame-Options", "DENY")
                .withHeader("Referrer-Policy", "no-referrer")
                .withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .withBody(CACHE.computeIfAbsent(name, InspectorAssets::read))
                .build());
    }

    static ResponseDefinition notFound() {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"AC1001\",\"errorMessage\":\"No such inspector file\"}")
                .build();
    }

    private static byte[] read(String name) {
        try (InputStream in = InspectorAssets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("inspector resource missing from the jar: " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
