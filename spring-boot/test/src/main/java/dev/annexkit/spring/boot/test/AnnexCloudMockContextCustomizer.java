package dev.annexkit.spring.boot.test;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.ValidationMode;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the mock server of one application context, registers it as a bean that stops with the context, and
 * points the {@code annexkit.*} properties at it. Equal options make equal customizers, which is what lets Spring's
 * context cache share one context, and one server, between test classes.
 */
final class AnnexCloudMockContextCustomizer implements ContextCustomizer {

    /** The mock server's bean name. */
    static final String BEAN_NAME = "annexCloudMockServer";
    /** The property source that points the client at the mock. */
    static final String PROPERTY_SOURCE = "annexCloudMock";

    private final Seed seed;
    private final ValidationMode validation;

    AnnexCloudMockContextCustomizer(Seed seed, ValidationMode validation) {
        this.seed = Objects.requireNonNull(seed, "seed");
        this.validation = Objects.requireNonNull(validation, "validation");
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        AnnexCloudMockServer server = AnnexCloudMockServer.builder().seed(seed).validation(validation).start();
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, server);
        if (beans instanceof DefaultSingletonBeanRegistry) {
            ((DefaultSingletonBeanRegistry) beans).registerDisposableBean(BEAN_NAME, server::stop);
        } else {
            context.addApplicationListener(event -> {
                if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                    server.stop();
                }
            });
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "annexkit.base-url", server.baseUrl(),
                "annexkit.site-id", server.credentials().siteId(),
                "annexkit.site-name", server.credentials().siteName(),
                "annexkit.secret", server.credentials().secret())));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnnexCloudMockContextCustomizer
                && ((AnnexCloudMockContextCustomizer) other).seed == seed
                && ((AnnexCloudMockContextCustomizer) other).validation == validation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, validation);
    }

    @Override
    public String toString() {
        return "AnnexCloudMock[seed=" + seed + ", validation=" + validation + "]";
    }
}
