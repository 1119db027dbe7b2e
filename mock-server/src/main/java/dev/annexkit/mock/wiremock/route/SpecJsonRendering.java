package dev.annexkit.mock.wiremock.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: writes the packaged spec as JSON (the same tree the OpenAPI parser reads from the YAML), which the
 * mock reads at start-up instead (once, {@link SpecModel}): YAML costs a cold JVM several times what JSON does;
 * and the spec's route list, which the thread starting the server reads instead of the spec. Run by Maven in {@code process-classes}; never at run time.
 */
public final class SpecJsonRendering {

    private SpecJsonRendering() {
    }

    /** @param args the JSON file to write, then the route list file ({@link RouteTable#routeList()}) */
    public static void main(String[] args) throws IOException {
        String yaml = SpecResource.yaml();
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        write(Path.of(args[0]), new ObjectMapper().writeValueAsString(tree));
        write(Path.of(args[1]), RouteTable.fromYaml(yaml).routeList());
    }

    private static void write(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
    }
}
