package dev.annexkit.spring.boot.autoconfigure;

import static dev.annexkit.spring.boot.autoconfigure.AnnexCloudAutoConfigurationTest.runner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.ValidationMode;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;

/** With Micrometer present, every attempt becomes an {@code annexkit.client.requests} Observation. */
class AnnexCloudObservationTest {

    private static AnnexCloudMockServer mock;

    @BeforeAll
    static void startMock() {
        mock = AnnexCloudMockServer.builder().validation(ValidationMode.REQUESTS).start();
    }

    @AfterAll
    static void stopMock() {
        mock.stop();
    }

    private static String[] properties(String... more) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(
                "annexkit.base-url=" + mock.baseUrl(), "annexkit.site-id=" + mock.credentials().siteId(),
                "annexkit.site-name=" + mock.credentials().siteName(),
                "annexkit.secret=" + mock.credentials().secret()));
        all.addAll(java.util.List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void successesAndRefusalsAreRecordedWithLowCardinalityKeyValues() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        runner().withPropertyValues(properties()).withBean(ObservationRegistry.class, () -> registry).run(context -> {
            AnnexCloudClient client = context.getBean(AnnexCloudClient.class);
            client.users().createMember(new MemberCreateRequest().id("grace@example.com").email("grace@example.com"));
            assertThatThrownBy(() -> client.users().getMember("nobody@example.com"))
                    .isInstanceOf(NotFoundException.class);

            TestObservationRegistryAssert.assertThat(registry)
                    .hasNumberOfObservationsWithNameEqualTo(AnnexCloudObservationListener.NAME, 2)
                    .hasAnObservation(observation -> observation
                            .hasNameEqualTo("annexkit.client.requests")
                            .hasLowCardinalityKeyValue("operation", "createMember")
                            .hasLowCardinalityKeyValue("method", "POST")
                            .hasLowCardinalityKeyValue("uri", "/users")
                            .hasLowCardinalityKeyValue("status", "200")
                            .hasLowCardinalityKeyValue("error.code", "NONE")
                            .hasLowCardinalityKeyValue("outcome", "SUCCESS"))
                    .hasAnObservation(observation -> observation
                            .hasLowCardinalityKeyValue("operation", "getMember")
                            .hasLowCardinalityKeyValue("uri", "/users/{memberId}")
                            .hasLowCardinalityKeyValue("status", "404")
                            .hasLowCardinalityKeyValue("error.code", "AC1005")
                            .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                            .hasHighCardinalityKeyValue("attempt", "1")
                            .satisfies(observed -> assertThat(((Observation.ContextView) observed)
                                    .getAllKeyValues().toString()).doesNotContain("nobody")));
            TestObservationRegistryAssert.assertThat(registry)
                    .hasObservationWithNameEqualTo(AnnexCloudObservationListener.NAME).that()
                    .hasBeenStarted().hasBeenStopped();
        });
    }

    @Test
    void withoutARegistryBeanNothingIsObservedAndTheClientStillWorks() {
        runner().withPropertyValues(properties()).run(context -> {
            assertThat(context).hasSingleBean(AnnexCloudClient.class)
                    .doesNotHaveBean(AnnexCloudObservationListener.class);
        });
    }

    @Test
    void withoutMicrometerOnTheClasspathTheClientStillWorks() {
        runner().withClassLoader(new FilteredClassLoader(ObservationRegistry.class)).withPropertyValues(properties())
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(AnnexCloudClient.class)
                        .doesNotHaveBean(AnnexCloudObservationListener.class));
    }

    @Test
    void thePropertyTurnsObservationsOff() {
        runner().withPropertyValues(properties("annexkit.observations.enabled=false"))
                .withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .run(context -> assertThat(context).doesNotHaveBean(AnnexCloudObservationListener.class));
    }
}
