package dev.annexkit.mock.wiremock.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: writes the packaged spec as JSON (the same tree the OpenAPI parser reads from the YAML), which the
 * mock reads at start-up instead: YAML costs a cold JVM several times what JSON does, and the spec is read three
 * times (routes, validation, tolerance). Run by Maven in {@code process-classes}; never at run time.
 */
public final class SpecJsonRendering {

    private SpecJsonRendering() {
    }

    /** @param args the file to write */
    public static void main(String[] args) throws IOException {
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(SpecResource.yaml());
        Path target = Path.of(args[0]);
        Files.createDirectories(target.getParent());
        Files.writeString(target, new ObjectMapper().writeValueAsString(tree));
    }
}
