package dev.annexkit.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.ValidationMode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
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
    void bothHooksAreRegisteredWithTheSpringTestContextFramework() throws IOException {
        assertThat(registered(ContextCustomizerFactory.class))
                .contains(AnnexCloudMockContextCustomizerFactory.class.getName());
        assertThat(registered(TestExecutionListener.class)).contains(AnnexCloudMockResetListener.class.getName());
    }

    /** The class names listed for {@code type} in every {@code META-INF/spring.factories} (none instantiated). */
    private static List<String> registered(Class<?> type) throws IOException {
        List<String> names = new ArrayList<>();
        Enumeration<URL> files = AnnexCloudMockContextCustomizerFactoryTest.class.getClassLoader()
                .getResources(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION);
        while (files.hasMoreElements()) {
            Properties factories = new Properties();
            try (InputStream in = files.nextElement().openStream()) {
                factories.load(in);
            }
            for (String name : factories.getProperty(type.getName(), "").split(",")) {
                names.add(name.trim());
            }
        }
        return names;
    }

    private ContextCustomizer customizer(Class<?> testClass) {
        return factory.createContextCustomizer(testClass, List.of());
    }
}
