package dev.annexkit.mock.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;

/** The standalone mock as the replays meet it: demo seed, default (tolerant) validation, clock at MockHttp.NOW. */
final class ReplayServer {

    static final long NOW = MockHttp.NOW.getEpochSecond();

    private ReplayServer() {
    }

    static AnnexCloudMockServer start() {
        return MockHttp.server().seed(Seed.DEMO).start();
    }

    /** The reply was accepted; its body is the message when it was not. */
    static ConnectorClient.Reply ok(ConnectorClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
        return reply;
    }
}
