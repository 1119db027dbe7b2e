package dev.annexkit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.MockCredentials;
import dev.annexkit.sdk.AnnexCloudClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar annexkit-mock-server-standalone-<version>-runnable.jar --seed demo}, as the README's quick start
 * runs it: a process of its own, nothing else on its classpath, answering the SDK.
 */
class RunnableJarTest {

    @Test
    void theRunnableJarServesTheDemoProgramOnItsOwn() throws Exception {
        Path jar = runnableJar();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", "0", "--bind", "127.0.0.1", "--seed", "demo")
                .redirectErrorStream(true).start();
        try {
            String baseUrl = baseUrlPrintedBy(process);
            MockCredentials site = MockCredentials.defaults();
            AnnexCloudClient client = AnnexCloudClient.builder().baseUrl(baseUrl)
                    .siteId(site.siteId()).siteName(site.siteName()).secret(site.secret()).build();

            assertThat(client.points().getPointBalance("demo@annexkit.dev").getAvailablePoints()).isPositive();
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * Both shaded jars hold the mock server's classes as this build compiled them, not a class more: a rebuild
     * without {@code clean} once shaded the previous shaded jar in again, and its old classes won over the new.
     */
    @Test
    void theShadedJarsHoldExactlyTheMockServersClassesOfThisBuild() throws IOException {
        Path classes = Path.of("..", "mock-server", "target", "classes");
        Set<String> compiled;
        try (Stream<Path> files = Files.walk(classes)) {
            compiled = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(compiled).hasSizeGreaterThan(300);
        Path target = Path.of("..", "mock-server-standalone", "target");
        try (Stream<Path> jars = Files.list(target)) {
            List<Path> shaded = jars.map(Path::getFileName).map(Path::toString)
                    .filter(n -> n.startsWith("annexkit-mock-server-standalone-") && n.endsWith(".jar"))
                    .filter(n -> !n.endsWith("-sources.jar") && !n.endsWith("-javadoc.jar"))
                    .map(target::resolve).collect(Collectors.toList());
            assertThat(shaded).hasSize(2);
            for (Path jar : shaded) {
                assertThat(mockClassesIn(jar)).as("%s", jar.getFileName()).isEqualTo(compiled);
            }
        }
    }

    private static Set<String> mockClassesIn(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith("dev/annexkit/mock/") && !n.startsWith("dev/annexkit/mock/shaded/"))
                    .filter(n -> n.endsWith(".class"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Path runnableJar() throws IOException {
        Path target = Path.of("..", "mock-server-standalone", "target");
        try (Stream<Path> jars = Files.list(target)) {
            return jars.filter(p -> p.getFileName().toString().endsWith("-runnable.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no *-runnable.jar in " + target.toAbsolutePath()));
        }
    }

    private static String baseUrlPrintedBy(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.trim().startsWith("base URL")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        throw new AssertionError("the jar exited without printing its base URL:\n" + seen);
    }
}
