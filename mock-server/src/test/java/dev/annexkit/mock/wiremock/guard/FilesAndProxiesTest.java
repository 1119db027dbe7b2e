package dev.annexkit.mock.wiremock.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mock neither touches the developer's files nor proxies anywhere unless told to. */
class FilesAndProxiesTest {

    private AnnexCloudMockServer mock;

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.stop();
        }
    }

    private RawHttp.Answer admin(String method, String path, String json) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        return RawHttp.exchange(mock.port(), method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + mock.port()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);
    }

    @Nested
    class FileRoot {

        /** Surefire runs in the module directory: WireMock's old default root was its src/test/resources. */
        private final Path projectRoot = Path.of("src", "test", "resources");

        @Test
        void savingAndDeletingStubsNeverTouchesTheWorkingDirectory() throws IOException {
            String before = listing(projectRoot);
            Path mappings = projectRoot.resolve("mappings");
            boolean hadMappings = Files.exists(mappings);
            mock = MockHttp.server().start();
            try {
                assertThat(admin("POST", "/__admin/mappings", "{\"request\":{\"url\":\"/kept\"},"
                        + "\"response\":{\"status\":204},\"persistent\":true}").status()).isEqualTo(201);
                assertThat(admin("POST", "/__admin/mappings/save", null).status()).isEqualTo(200);
                assertThat(admin("DELETE", "/__admin/mappings", null).status()).isEqualTo(200);

                assertThat(listing(projectRoot)).isEqualTo(before);
            } finally {
                if (!hadMappings) {
                    deleteTree(mappings); // only ever there if the mock wrote into the project
                }
            }
        }

        @Test
        void aRootDirectoryTheUserNamesIsUsed(@TempDir Path root) throws IOException {
            mock = MockHttp.server().rootDirectory(root).start();
            admin("POST", "/__admin/mappings", "{\"request\":{\"url\":\"/kept\"},\"response\":{\"status\":204},"
                    + "\"persistent\":true}");
            admin("POST", "/__admin/mappings/save", null);

            assertThat(listing(root.resolve("mappings"))).contains(".json");
        }

        @Test
        void theTemporaryRootIsGoneAfterStop() throws IOException {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            String before = names(tmp);
            mock = MockHttp.server().start();
            admin("POST", "/__admin/mappings", "{\"request\":{\"url\":\"/kept\"},\"response\":{\"status\":204},"
                    + "\"persistent\":true}");
            admin("POST", "/__admin/mappings/save", null);
            mock.stop();
            mock = null;

            assertThat(names(tmp)).isEqualTo(before);
        }
    }

    @Nested
    class Proxying {

        private HttpServer privateService;

        @BeforeEach
        void startPrivateService() throws IOException {
            privateService = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            privateService.createContext("/", exchange -> {
                byte[] body = "private-data".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            privateService.start();
        }

        @AfterEach
        void stopPrivateService() {
            privateService.stop(0);
        }

        private RawHttp.Answer proxyThroughTheMock() {
            String stub = "{\"request\":{\"url\":\"/peek\"},\"response\":{\"proxyBaseUrl\":\"http://127.0.0.1:"
                    + privateService.getAddress().getPort() + "\"}}";
            assertThat(admin("POST", "/__admin/mappings", stub).status()).isEqualTo(201);
            return RawHttp.exchange(mock.port(), "GET /peek HTTP/1.1\r\nHost: 127.0.0.1:" + mock.port() + "\r\n",
                    null);
        }

        @Test
        void aProxyStubToALoopbackServiceIsRefusedByDefault() {
            mock = MockHttp.server().start();
            RawHttp.Answer answer = proxyThroughTheMock();

            assertThat(answer.body()).doesNotContain("private-data");
            assertThat(answer.status()).isNotEqualTo(200);
        }

        @Test
        void aTargetTheUserAllowsIsReached() {
            mock = MockHttp.server().allowProxyTo("127.0.0.1").start();
            RawHttp.Answer answer = proxyThroughTheMock();

            assertThat(answer.body()).isEqualTo("private-data");
        }
    }

    private static String listing(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return "(none)";
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return String.join("\n", files.map(p -> p + " " + p.toFile().length()).sorted().toList());
        }
    }

    private static String names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return String.join("\n", files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("annexkit-mock-files-")).sorted().toList());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
