package dev.annexkit.mock.wiremock.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The AnnexKit spec as packaged by {@code annexkit-spec}, and its JSON rendering written into this module's jar at
 * build time ({@link SpecJsonRendering}): the mock reads the JSON, which a cold JVM parses several times faster.
 */
public final class SpecResource {

    /** Where the spec module packages the contract. */
    public static final String PATH = "/dev/annexkit/spec/openapi.yaml";
    /** Where this module's build puts the JSON rendering of {@link #PATH}. */
    public static final String JSON_PATH = "/dev/annexkit/mock/spec/openapi.json";

    /** Where this module's build puts the spec's route list ({@link RouteTable#routeList()}). */
    public static final String ROUTES_PATH = "/dev/annexkit/mock/spec/routes.tsv";

    private static volatile String text;

    private SpecResource() {
    }

    /**
     * The spec's text, read once: its JSON rendering, or the YAML itself where the build has not rendered it (the
     * OpenAPI parser reads either).
     */
    public static String text() {
        String cached = text;
        if (cached == null) {
            cached = SpecResource.class.getResource(JSON_PATH) != null ? read(JSON_PATH) : yaml();
            text = cached;
        }
        return cached;
    }

    /** The route list the build rendered from the spec, or null where the build has not rendered it. */
    public static String routeList() {
        return SpecResource.class.getResource(ROUTES_PATH) != null ? read(ROUTES_PATH) : null;
    }

    /** The spec's YAML text as the spec module packages it. */
    public static String yaml() {
        return read(PATH);
    }

    private static String read(String path) {
        try (InputStream in = SpecResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("annexkit-spec is not on the classpath: " + path + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
