package dev.annexkit.mock.wiremock.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Connections that send a body one byte at a time are cut off, so they cannot hold every Jetty thread. The test
 * opens more such connections than Jetty has threads, with the cut-off shortened to half a second of silence
 * (the default is {@link ServerLimits#DEFAULT_BODY_READ_PAUSE}), and checks a normal client is still served.
 */
class SlowClientsTest {

    private static final int SLOW_CONNECTIONS = 40; // WireMock's Jetty has 25 threads, some of them selectors

    @Test
    void dripFedBodiesAreCutOffAndOtherClientsAreStillServed() throws Exception {
        ServerLimits quick = ServerLimits.DEFAULTS.withSlowBodyCutOff(1024, Duration.ofMillis(500));
        List<Socket> slow = new ArrayList<>();
        try (AnnexCloudMockServer mock = MockHttp.server().limits(quick).start()) {
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), mock.port());
                socket.setSoTimeout(15_000);
                OutputStream out = socket.getOutputStream();
                // headers and the first byte of a 100-byte body: Jetty hands the request to a thread, which waits
                out.write(("POST /api/3.0/users HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }

            CompletableFuture<Integer> normal = CompletableFuture.supplyAsync(
                    () -> new MockHttp(mock).get("/users/nobody", "nobody").status());

            assertThat(normal.get(10, TimeUnit.SECONDS)).isEqualTo(404);
            for (Socket socket : slow) {
                assertThat(answerOrClose(socket.getInputStream())).as("slow connection cut off").isTrue();
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** True once the server answered (408) or closed the connection. */
    private static boolean answerOrClose(InputStream in) {
        try {
            in.read();
            return true;
        } catch (IOException e) {
            return !(e instanceof java.net.SocketTimeoutException);
        }
    }
}
