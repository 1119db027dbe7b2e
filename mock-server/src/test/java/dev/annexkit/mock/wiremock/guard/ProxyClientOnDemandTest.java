package dev.annexkit.mock.wiremock.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** WireMock's outbound client is built by the first proxied request, once, and never at start. */
class ProxyClientOnDemandTest {

    private final AtomicInteger built = new AtomicInteger();
    private final AtomicInteger executed = new AtomicInteger();
    private final HttpClientFactory counting = (options, trustAll, trustedHosts, systemProperties) -> {
        built.incrementAndGet();
        return request -> {
            executed.incrementAndGet();
            return Response.response().status(204).build();
        };
    };
    private final Request request = ImmutableRequest.create().withMethod(RequestMethod.GET)
            .withAbsoluteUrl("http://127.0.0.1:1/anything").build();

    @Test
    void constructingTheServersClientBuildsNothing() {
        new ProxyClientOnDemand(counting).buildHttpClient(WireMockConfiguration.options(), false, List.of(), false);

        assertThat(built).hasValue(0);
    }

    @Test
    void theFirstProxiedRequestBuildsTheClientAndLaterOnesReuseIt() throws Exception {
        HttpClient client = new ProxyClientOnDemand(counting)
                .buildHttpClient(WireMockConfiguration.options(), false, List.of(), false);

        assertThat(client.execute(request).getStatus()).isEqualTo(204);
        client.execute(request);

        assertThat(built).hasValue(1);
        assertThat(executed).hasValue(2);
    }

    @Test
    void concurrentFirstRequestsBuildOneClient() throws Exception {
        HttpClient client = new ProxyClientOnDemand(counting)
                .buildHttpClient(WireMockConfiguration.options(), false, List.of(), false);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    client.execute(request);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(built).hasValue(1);
        assertThat(executed).hasValue(8);
    }
}
