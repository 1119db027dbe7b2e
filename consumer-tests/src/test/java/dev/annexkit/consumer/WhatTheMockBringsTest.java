package dev.annexkit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.AnnexCloudMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What adding {@code annexkit-mock-server-standalone} does to a project's classpath: it adds itself and
 * WireMock's standalone jar, nothing else; its own libraries live inside it under relocated names; the
 * application keeps the Jackson version its framework chose.
 *
 * <p>The classpath is the one Maven resolved for this module's tests, written by
 * {@code dependency:build-classpath} (see the pom).
 */
class WhatTheMockBringsTest {

    /**
     * Every jar allowed on this project's test classpath: the application's own choices (Jackson, Guava), the
     * SDK's small runtime, the test tools, and from the mock only itself and WireMock. A swagger parser, a
     * schema validator, Rhino, Joda-Time, HttpClient 4, a mail API ... showing up here means the mock leaks.
     */
    static final List<Pattern> ALLOWED = patterns(
            // AnnexKit
            "annexkit-mock-server-standalone-.*", "annexkit-sdk-.*",
            // the one third-party jar the mock brings: its public API is WireMock's (see mock-server-standalone)
            "wiremock-standalone-.*",
            // the SDK's runtime
            "okhttp-.*", "logging-interceptor-.*", "okio-.*", "kotlin-stdlib.*", "annotations-13\\.0\\.jar",
            "gson-.*", "gson-fire-.*", "jakarta\\.annotation-api-.*",
            // the application's own libraries (jackson-databind at Spring Boot's version, Guava)
            "jackson-(databind|core|annotations)-.*", "guava-.*", "failureaccess-.*", "listenablefuture-.*",
            "jsr305-.*", "checker-qual-.*", "error_prone_annotations-.*", "j2objc-annotations-.*",
            // test tools
            "junit-.*", "opentest4j-.*", "apiguardian-api-.*", "assertj-core-.*", "byte-buddy-.*");

    static List<Path> testClasspath() throws IOException {
        String file = System.getProperty("consumer.test.classpath.file");
        assertThat(file).as("system property consumer.test.classpath.file (set by the pom)").isNotNull();
        String text = Files.readString(Paths.get(file)).trim();
        return Arrays.stream(text.split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(Paths::get)
                .collect(Collectors.toList());
    }

    static List<String> jarNames() throws IOException {
        return testClasspath().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
    }

    @Nested
    class TheClasspath {

        @Test
        void holdsNoThirdPartyJarFromTheMockButWireMock() throws IOException {
            List<String> jars = jarNames();
            System.out.println("consumer test classpath: " + jars.size() + " jars " + jars);

            assertThat(jars).contains("wiremock-standalone-3.13.2.jar")
                    .anyMatch(j -> j.startsWith("annexkit-mock-server-standalone-"));
            assertThat(jars).allSatisfy(jar -> assertThat(ALLOWED).as("allowed jar names")
                    .anyMatch(p -> p.matcher(jar).matches()));
            assertThat(jars).noneMatch(j -> j.startsWith("annexkit-mock-server-0")
                    || j.startsWith("annexkit-spec-"));
        }

        @Test
        void keepsTheApplicationsJacksonAlone() throws IOException {
            List<String> databind = jarNames().stream().filter(j -> j.startsWith("jackson-databind-"))
                    .collect(Collectors.toList());

            // one Jackson, at Spring Boot 3.5's version (2.19.x), while the mock inside runs its own 2.21
            assertThat(databind).hasSize(1);
            assertThat(databind.get(0)).startsWith("jackson-databind-2.19.");
            assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                    .startsWith("2.19.");
            assertThat(new ObjectMapper().readTree("{\"a\":1}").path("a").asInt()).isEqualTo(1);
        }
    }

    @Nested
    class TheStandaloneJar {

        @Test
        void isWhatTheMockIsLoadedFrom() throws Exception {
            Path jar = Paths.get(AnnexCloudMockServer.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());

            assertThat(jar.getFileName().toString()).startsWith("annexkit-mock-server-standalone-")
                    .endsWith(".jar");
        }

        @Test
        void holdsOnlyClassesUnderDevAnnexkit() throws Exception {
            Path jar = Paths.get(AnnexCloudMockServer.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                List<String> classes = zip.stream().map(ZipEntry::getName)
                        .filter(n -> n.endsWith(".class"))
                        .collect(Collectors.toList());

                // also none under META-INF/versions/: shade leaves those unrelocated, so the build drops them
                assertThat(classes).isNotEmpty().allMatch(n -> n.startsWith("dev/annexkit/"));
                assertThat(classes).anyMatch(n -> n.startsWith("dev/annexkit/mock/shaded/com/fasterxml/jackson/"))
                        .anyMatch(n -> n.startsWith("dev/annexkit/mock/shaded/com/atlassian/oai/"));
                // services are registered under the relocated names
                assertThat(zip.getEntry("META-INF/services/com.fasterxml.jackson.core.JsonFactory")).isNull();
            }
        }
    }

    static List<Pattern> patterns(String... regexes) {
        return Arrays.stream(regexes).map(Pattern::compile).collect(Collectors.toList());
    }
}
