package dev.annexkit.mock.wiremock.guard;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import dev.annexkit.mock.wiremock.route.OnFirstUse;
import java.util.List;

/**
 * WireMock's outbound HTTP client, which only proxy stubs use, built on the first proxied request instead of when
 * the server is constructed. WireMock builds it eagerly (an Apache client with its TLS context: about an eighth of
 * a mock's first start in a fresh JVM), although by default the mock proxies nowhere ({@link ProxyTargets}). The
 * client built later is WireMock's own, from the same options, so the proxy target rules apply unchanged.
 */
public final class ProxyClientOnDemand implements HttpClientFactory {

    private final HttpClientFactory factory;

    /** Builds WireMock's own (Apache) client when first needed. */
    public ProxyClientOnDemand() {
        this(new ApacheHttpClientFactory());
    }

    ProxyClientOnDemand(HttpClientFactory factory) {
        this.factory = factory;
    }

    @Override
    public HttpClient buildHttpClient(Options options, boolean trustAllCertificates, List<String> trustedHosts,
                                      boolean useSystemProperties) {
        OnFirstUse<HttpClient> client = new OnFirstUse<>(() -> factory.buildHttpClient(options,
                trustAllCertificates, trustedHosts, useSystemProperties));
        return request -> client.get().execute(request);
    }
}
