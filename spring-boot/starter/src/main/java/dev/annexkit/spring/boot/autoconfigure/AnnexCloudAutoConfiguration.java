package dev.annexkit.spring.boot.autoconfigure;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.observability.CallListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures an {@link AnnexCloudClient} from the {@code annexkit.*} properties, unless the application
 * defines its own. Every {@link CallListener} bean is registered on it, and so is an
 * {@link AnnexCloudObservationListener} when Micrometer's {@link ObservationRegistry} is present.
 *
 * <p>Ordered after Boot's Observation auto-configuration, whose class name differs between Boot 3 and Boot 4;
 * this class uses only APIs both lines have.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass(AnnexCloudClient.class)
@EnableConfigurationProperties(AnnexCloudProperties.class)
public class AnnexCloudAutoConfiguration {

    /**
     * The client.
     *
     * @param properties  the {@code annexkit.*} properties
     * @param listeners   call listeners to register, in order
     * @param customizers builder adjustments, in order
     * @return the client
     * @throws MissingAnnexCloudPropertiesException when site id, site name or secret is missing
     */
    @Bean
    @ConditionalOnMissingBean
    public AnnexCloudClient annexCloudClient(AnnexCloudProperties properties, ObjectProvider<CallListener> listeners,
                                             ObjectProvider<AnnexCloudClientBuilderCustomizer> customizers) {
        AnnexCloudClient.Builder builder = AnnexCloudClientProperties.builder(properties);
        listeners.orderedStream().forEach(builder::callListener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** Observations, only when Micrometer is on the classpath and the application has a registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    @ConditionalOnProperty(prefix = "annexkit.observations", name = "enabled", matchIfMissing = true)
    static class ObservationConfiguration {

        @Bean
        @ConditionalOnBean(ObservationRegistry.class)
        @ConditionalOnMissingBean
        AnnexCloudObservationListener annexCloudObservationListener(ObservationRegistry registry) {
            return new AnnexCloudObservationListener(registry);
        }
    }
}
