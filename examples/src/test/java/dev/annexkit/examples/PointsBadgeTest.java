package dev.annexkit.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.RequestOptions;
import org.junit.jupiter.api.Test;

/**
 * The testing journey: test your own code against the stateful mock. One server per class; its state is reset
 * before every test; the extension hands out the server and a client configured for it. A stub of your own
 * overrides the mock's behaviour for one operation, and WireMock's {@code verify} sees all traffic.
 */
@AnnexCloudMock(seed = Seed.DEMO)
class PointsBadgeTest {

    private static final String DEMO_BALANCE = "/api/3.0/points/demo%40annexkit.dev";

    @Test
    void showsTheBalanceAndTierOfAMember(AnnexCloudClient client) {
        assertThat(new PointsBadge(client).textFor("demo@annexkit.dev")).isEqualTo("1,200 points · Silver");
    }

    @Test
    void invitesVisitorsWhoAreNotMembers(AnnexCloudClient client) {
        assertThat(new PointsBadge(client).textFor("visitor@example.com")).isEqualTo("Join our loyalty program");
    }

    @Test
    void degradesWhenAnnexCloudIsDown(AnnexCloudClient client, AnnexCloudMockServer mock) {
        // Your stub outranks the mock's own for this path: the balance read now fails with a 503.
        mock.wireMock().stubFor(get(urlPathEqualTo(DEMO_BALANCE)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"AC5030\",\"errorMessage\":\"maintenance\"}")));
        AnnexCloudClient noRetries = client.withOptions(RequestOptions.builder().maxRetries(0).build());

        assertThat(new PointsBadge(noRetries).textFor("demo@annexkit.dev")).isEqualTo("Points unavailable");
        mock.wireMock().verify(1, getRequestedFor(urlPathEqualTo(DEMO_BALANCE)));
    }
}
