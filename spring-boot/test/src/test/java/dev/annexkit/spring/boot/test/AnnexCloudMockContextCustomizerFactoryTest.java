package dev.annexkit.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.ValidationMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestExecutionListener;

/** The cache key of a mock-backed context, and the server's life with its context. */
class AnnexCloudMockContextCustomizerFactoryTest {

    private final AnnexCloudMockContextCustomizerFactory factory = new AnnexCloudMockContextCustomizerFactory();

    @AutoConfigureAnnexCloudMock(seed = Seed.DEMO)
    static class DemoA {
    }

    @AutoConfigureAnnexCloudMock(seed = Seed.DEMO, resetBeforeEachTest = false)
    static class DemoB {
    }

    @AutoConfigureAnnexCloudMock(seed = Seed.DEMO, validation = ValidationMode.FULL)
    static class DemoFull {
    }

    static class Plain {
    }

    static class InheritsDemo extends DemoA {
    }

    @Test
    void classesWithTheSameMockOptionsShareAContextAndOthersDoNot() {
        assertThat(customizer(DemoA.class)).isEqualTo(customizer(DemoB.class)).isEqualTo(customizer(InheritsDemo.class))
                .hasSameHashCodeAs(customizer(DemoB.class));
        assertThat(customizer(DemoFull.class)).isNotEqualTo(customizer(DemoA.class));
        assertThat(customizer(Plain.class)).isNull();
    }

    @Test
    void theServerStartsWithTheContextAndStopsWithIt() {
        AnnexCloudMockServer server;
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            customizer(DemoFull.class).customizeContext(context, null);
            context.refresh();
            server = context.getBean(AnnexCloudMockServer.class);

            assertThat(server.wireMock().isRunning()).isTrue();
            assertThat(context.getEnvironment().getProperty("annexkit.base-url")).isEqualTo(server.baseUrl());
        }
        assertThat(server.wireMock().isRunning()).isFalse();
    }

    @Test
    void bothHooksAreRegisteredWithTheSpringTestContextFramework() {
        SpringFactoriesLoader loader = SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader());

        assertThat(loader.load(ContextCustomizerFactory.class))
                .hasAtLeastOneElementOfType(AnnexCloudMockContextCustomizerFactory.class);
        assertThat(loader.load(TestExecutionListener.class))
                .hasAtLeastOneElementOfType(AnnexCloudMockResetListener.class);
    }

    private ContextCustomizer customizer(Class<?> testClass) {
        return factory.createContextCustomizer(testClass, List.of());
    }
}
