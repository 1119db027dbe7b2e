package dev.annexkit.mock.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockCredentials;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One server per class, a clean slate per test: what one test arranges is gone in the next. */
@AnnexCloudMock(seed = Seed.DEMO)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnexCloudMockExtensionTest {

    private static AnnexCloudMockServer firstServer;

    @Test
    @Order(1)
    void resolvesTheServerAndItsCredentialsAndAppliesTheSeed(AnnexCloudMockServer mock, MockCredentials credentials) {
        firstServer = mock;
        MockHttp http = new MockHttp(mock);

        assertThat(credentials).isEqualTo(mock.credentials());
        assertThat(mock.program().tiers()).as("demo seed tiers").hasSize(3);
        assertThat(mock.program().now()).isEqualTo(AnnexCloudMockExtension.START);

        mock.wireMock().stubFor(WireMock.get(urlPathEqualTo("/api/3.0/users/stubbed@example.com"))
                .willReturn(okJson("{\"id\":\"from-my-stub\"}")));
        assertThat(http.send("GET", "/users/stubbed@example.com", null, java.util.Map.of()).body())
                .isEqualTo("{\"id\":\"from-my-stub\"}");
        assertThat(http.post("/users", "{\"id\":\"jack@example.com\"}").status()).isEqualTo(200);
        mock.clock().advance(Duration.ofDays(3));

        mock.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/api/3.0/users/stubbed@example.com")));
        mock.wireMock().verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/users")));
    }

    @Test
    @Order(2)
    void theNextTestSeesTheSameServerWithEverythingReset(AnnexCloudMockServer mock) {
        assertThat(mock).as("shared across the class").isSameAs(firstServer);
        MockHttp http = new MockHttp(mock);

        assertThat(mock.wireMock().getAllServeEvents()).as("journal").isEmpty();
        assertThat(mock.clock().offset()).isZero();
        assertThat(mock.program().tiers()).as("seed loaded again").hasSize(3);
        assertThat(http.get("/users/jack@example.com", "jack@example.com").status())
                .as("member from the previous test").isEqualTo(404);
        MockHttp.Answer stubbed = http.get("/users/stubbed@example.com", "stubbed@example.com");
        assertThat(stubbed.body()).as("the previous test's own stub is gone").doesNotContain("from-my-stub");
        assertThat(stubbed.status()).isEqualTo(404);
        mock.wireMock().verify(0, postRequestedFor(urlPathEqualTo("/api/3.0/users")));
    }
}
