package dev.annexkit.spring.boot.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.ValidationMode;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.errors.ServerException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.observability.CallEvent;
import dev.annexkit.sdk.observability.CallListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The starter, through Spring: properties in, a working client (or a clear failure) out. */
class AnnexCloudAutoConfigurationTest {

    private static AnnexCloudMockServer mock;

    @BeforeAll
    static void startMock() {
        mock = AnnexCloudMockServer.builder().validation(ValidationMode.REQUESTS).start();
    }

    @AfterAll
    static void stopMock() {
        mock.stop();
    }

    @AfterEach
    void resetMock() {
        mock.reset();
    }

    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AnnexCloudAutoConfiguration.class));
    }

    static String[] mockProperties(String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(
                "annexkit.base-url=" + mock.baseUrl(),
                "annexkit.site-id=" + mock.credentials().siteId(),
                "annexkit.site-name=" + mock.credentials().siteName(),
                "annexkit.secret=" + mock.credentials().secret()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Nested
    class ClientBean {

        @Test
        void theClientBuiltFromPropertiesEnrolsAMemberInTheService() {
            runner().withPropertyValues(mockProperties()).run(context -> {
                AnnexCloudClient client = context.getBean(AnnexCloudClient.class);

                client.users().createMember(new MemberCreateRequest().id("ada@example.com").email("ada@example.com"));

                assertThat(mock.program().member("ada@example.com")).isNotNull();
            });
        }

        @Test
        void backsOffWhenTheApplicationDefinesItsOwnClient() {
            runner().withUserConfiguration(OwnClient.class).run(context -> {
                assertThat(context).hasNotFailed().hasSingleBean(AnnexCloudClient.class);
                assertThat(context.getBean(AnnexCloudClient.class)).isSameAs(OwnClient.CLIENT);
            });
        }

        @Test
        void callListenerBeansAndCustomizersAreApplied() {
            List<CallEvent> events = new CopyOnWriteArrayList<>();
            runner().withPropertyValues(mockProperties("annexkit.site-name=overridden"))
                    .withBean(CallListener.class, () -> events::add)
                    .withBean(AnnexCloudClientBuilderCustomizer.class,
                            () -> builder -> builder.siteName(mock.credentials().siteName()))
                    .run(context -> {
                        assertThatThrownBy(() -> context.getBean(AnnexCloudClient.class).users().getMember("nobody"))
                                .isInstanceOf(NotFoundException.class);

                        assertThat(events).singleElement().satisfies(event -> {
                            assertThat(event.operationId()).isEqualTo("getMember");
                            assertThat(event.errorCode()).contains("AC1005");
                        });
                    });
        }
    }

    @Nested
    class MissingCredentials {

        @Test
        void startupFailsWithAReportNamingEachMissingProperty() {
            runner().withPropertyValues("annexkit.site-id=12345678").run(context -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new AnnexCloudFailureAnalyzer().analyze(context.getStartupFailure());

                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).contains("annexkit.site-name, annexkit.secret")
                        .doesNotContain("annexkit.site-id");
                assertThat(analysis.getAction()).contains("AnnexCloudClient bean");
            });
        }

        @Test
        void aBlankSecretCountsAsMissing() {
            runner().withPropertyValues(mockProperties("annexkit.secret= ")).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(MissingAnnexCloudPropertiesException.class)
                        .hasMessageContaining("annexkit.secret");
            });
        }

        @Test
        void theFailureAnalyzerIsRegisteredWithSpringBoot() throws IOException {
            assertThat(registered(FailureAnalyzer.class)).contains(AnnexCloudFailureAnalyzer.class.getName());
        }
    }

    @Nested
    class Properties {

        @Test
        void timeoutsRetriesAndLoggingAreBound() {
            runner().withPropertyValues(mockProperties(
                            "annexkit.timeouts.connect=2s", "annexkit.timeouts.read=3s",
                            "annexkit.timeouts.write=4s", "annexkit.timeouts.call=1m",
                            "annexkit.retries.max-retries=5", "annexkit.retries.initial-backoff=100ms",
                            "annexkit.retries.max-backoff=2s", "annexkit.retries.jitter=0.1",
                            "annexkit.retries.max-retry-after=30s", "annexkit.logging.level=basic"))
                    .run(context -> {
                        AnnexCloudProperties properties = context.getBean(AnnexCloudProperties.class);

                        assertThat(properties.getTimeouts().getCall()).hasMinutes(1);
                        assertThat(properties.getTimeouts().getWrite()).hasSeconds(4);
                        assertThat(properties.getLogging().getLevel().name()).isEqualTo("BASIC");
                        assertThat(AnnexCloudClientProperties.retryPolicy(properties.getRetries()).maxRetries())
                                .isEqualTo(5);
                        assertThat(context).hasSingleBean(AnnexCloudClient.class);
                    });
        }

        @Test
        void theRetryPropertiesReachTheClient() {
            mock.wireMock().stubFor(get(urlPathMatching("/api/3.0/points/.*")).atPriority(1)
                    .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                            .withBody("{\"errorCode\":\"AC1099\",\"errorMessage\":\"busy\"}")));
            runner().withPropertyValues(mockProperties(
                            "annexkit.retries.max-retries=3", "annexkit.retries.initial-backoff=1ms",
                            "annexkit.retries.max-backoff=1ms"))
                    .run(context -> {
                        assertThatThrownBy(() -> context.getBean(AnnexCloudClient.class).points()
                                .getPointBalance("ada@example.com")).isInstanceOf(ServerException.class);

                        assertThat(mock.wireMock().findAll(getRequestedFor(urlPathMatching("/api/3.0/points/.*"))))
                                .hasSize(4);
                    });
        }

        @Test
        void configurationMetadataIsGeneratedForIdeCompletion() throws IOException {
            try (InputStream in = AnnexCloudProperties.class.getClassLoader()
                    .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
                assertThat(in).isNotNull();
                String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);

                assertThat(metadata).contains("\"annexkit.base-url\"", "\"annexkit.site-id\"", "\"annexkit.secret\"",
                        "\"annexkit.timeouts.call\"", "\"annexkit.retries.max-retries\"",
                        "\"annexkit.observations.enabled\"", "The site's shared secret");
            }
        }
    }

    /** The class names listed for {@code type} in every {@code META-INF/spring.factories} (none instantiated). */
    static List<String> registered(Class<?> type) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        java.util.Enumeration<java.net.URL> files = AnnexCloudAutoConfigurationTest.class.getClassLoader()
                .getResources(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION);
        while (files.hasMoreElements()) {
            java.util.Properties factories = new java.util.Properties();
            try (InputStream in = files.nextElement().openStream()) {
                factories.load(in);
            }
            for (String name : factories.getProperty(type.getName(), "").split(",")) {
                names.add(name.trim());
            }
        }
        return names;
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        static final AnnexCloudClient CLIENT = AnnexCloudClient.builder()
                .siteId("1").siteName("own").secret("own-secret").build();

        @Bean
        AnnexCloudClient myClient() {
            return CLIENT;
        }
    }
}
