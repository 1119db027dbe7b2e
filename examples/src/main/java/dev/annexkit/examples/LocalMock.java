package dev.annexkit.examples;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.sdk.AnnexCloudClient;

/**
 * Starts an in-process mock server with the demo program and hands out a client for it, so every example
 * runs with {@code main} alone. Against the real service you would build the client with your tenant's
 * base URL and credentials instead.
 */
final class LocalMock implements AutoCloseable {

    private final AnnexCloudMockServer server;

    private LocalMock(AnnexCloudMockServer server) {
        this.server = server;
    }

    static LocalMock start() {
        return new LocalMock(AnnexCloudMockServer.builder().seed(Seed.DEMO).start());
    }

    static AnnexCloudClient clientFor(AnnexCloudMockServer server) {
        return AnnexCloudClient.builder()
                .baseUrl(server.baseUrl())
                .siteId(server.credentials().siteId())
                .siteName(server.credentials().siteName())
                .secret(server.credentials().secret())
                .build();
    }

    AnnexCloudClient client() {
        return clientFor(server);
    }

    /** The server itself, for what only a test can do: approve a receipt, move the clock, inject a fault. */
    AnnexCloudMockServer server() {
        return server;
    }

    @Override
    public void close() {
        server.stop();
    }
}
