package dev.annexkit.mock.wiremock.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The AnnexKit spec as packaged by {@code annexkit-spec}. */
public final class SpecResource {

    /** Where the spec module packages the contract. */
    public static final String PATH = "/dev/annexkit/spec/openapi.yaml";

    private static volatile String text;

    private SpecResource() {
    }

    /** The spec's YAML text, read once. */
    public static String text() {
        String cached = text;
        if (cached == null) {
            cached = read();
            text = cached;
        }
        return cached;
    }

    private static String read() {
        try (InputStream in = SpecResource.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("annexkit-spec is not on the classpath: " + PATH + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
