package dev.annexkit.sdk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.sdk.AnnexCloudClient;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.logging.HttpLoggingInterceptor.Level;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The SDK's HTTP log reaches SLF4J at DEBUG, already scrubbed. */
class Slf4jHttpLoggerTest {

    private static final String SECRET = "slf4j-test-secret-42";

    @Test
    void linesGoToTheSlf4jLoggerAtDebugWithoutTokensOrSecret() throws IOException {
        List<String> debugLines = new CopyOnWriteArrayList<>();
        Logger logger = recordingLogger(debugLines, true);
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                    .setBody("{\"id\":\"ada\",\"availablePoints\":5,\"echo\":\"" + SECRET + "\"}"));
            AnnexCloudClient client = AnnexCloudClient.builder().baseUrl(server.url("/api/3.0").toString())
                    .siteId("12345678").siteName("mysite").secret(SECRET)
                    .logging(HttpLogging.of(Level.BODY, new Slf4jHttpLogger(logger))).build();

            client.points().getPointBalance("ada");
        }

        assertThat(debugLines).anyMatch(line -> line.startsWith("--> GET"))
                .anyMatch(line -> line.startsWith("<-- 200"))
                .anyMatch(line -> line.contains(RedactingLogger.REDACTED))
                .noneMatch(line -> line.contains(SECRET) || line.contains("eyJ"));
    }

    @Test
    void nothingIsFormattedWhenDebugIsOff() {
        List<String> debugLines = new CopyOnWriteArrayList<>();

        new Slf4jHttpLogger(recordingLogger(debugLines, false)).log("--> GET /api/3.0/points/ada");

        assertThat(debugLines).isEmpty();
    }

    @Test
    void theFactoryLogsUnderTheSdkLoggerName() {
        assertThat(Slf4jHttpLogger.logging(Level.BASIC).isEnabled()).isTrue();
        assertThat(Slf4jHttpLogger.LOGGER_NAME).isEqualTo("dev.annexkit.sdk.http");
    }

    /** An SLF4J logger that records debug lines; SLF4J's API is an interface, so a proxy is all it takes. */
    private static Logger recordingLogger(List<String> debugLines, boolean debugEnabled) {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isDebugEnabled":
                            return debugEnabled;
                        case "debug":
                            debugLines.add((String) args[0]);
                            return null;
                        case "getName":
                            return "test";
                        default:
                            return method.getReturnType() == boolean.class ? false : null;
                    }
                });
    }
}
