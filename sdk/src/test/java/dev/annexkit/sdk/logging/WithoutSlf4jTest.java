package dev.annexkit.sdk.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.logging.HttpLoggingInterceptor.Level;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * slf4j-api is optional: the SDK, logging included, runs in a class loader that cannot see SLF4J, and only
 * {@link Slf4jHttpLogger} needs it, only when asked for.
 */
class WithoutSlf4jTest {

    @Test
    void theSdkCallsAndLogsWithoutSlf4jAndNeverLoadsTheSlf4jLogger() throws Exception {
        HidingSlf4j loader = new HidingSlf4j(getClass().getClassLoader());
        List<String> lines;
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                    .setBody("{\"id\":\"ada\",\"availablePoints\":5}"));
            lines = loader.run(Scenario.class, server.url("/api/3.0").toString());
        }

        assertThat(lines).anyMatch(line -> line.startsWith("--> GET")).anyMatch(line -> line.startsWith("<-- 200"));
        assertThat(loader.defined).contains("dev.annexkit.sdk.AnnexCloudClient", HttpLogging.class.getName())
                .doesNotContain(Slf4jHttpLogger.class.getName());
    }

    @Test
    void askingForTheSlf4jLoggerWithoutSlf4jFailsAtThatPointOnly() throws Exception {
        HidingSlf4j loader = new HidingSlf4j(getClass().getClassLoader());
        Class<?> slf4jLogger = loader.loadClass(Slf4jHttpLogger.class.getName());

        assertThatThrownBy(() -> slf4jLogger.getMethod("logging", Level.class).invoke(null, Level.BASIC))
                .isInstanceOf(InvocationTargetException.class)
                .cause().isInstanceOf(NoClassDefFoundError.class).hasMessageContaining("org/slf4j");
    }

    /** Runs inside the hiding loader: a client with plain (lambda) logging, one call. */
    public static final class Scenario implements Callable<List<String>> {
        private final String baseUrl;

        public Scenario(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        @Override
        public List<String> call() {
            List<String> lines = new java.util.ArrayList<>();
            dev.annexkit.sdk.AnnexCloudClient.builder().baseUrl(baseUrl)
                    .siteId("12345678").siteName("mysite").secret("s3cret")
                    .logging(HttpLogging.of(Level.BASIC, lines::add))
                    .callListener(event -> lines.add("event " + event.operationId()))
                    .build().points().getPointBalance("ada");
            return lines;
        }
    }

    /** Defines the SDK's (and this test's) classes itself, hides SLF4J, and leaves the rest to its parent. */
    private static final class HidingSlf4j extends ClassLoader {
        final Set<String> defined = ConcurrentHashMap.newKeySet();

        HidingSlf4j(ClassLoader parent) {
            super(parent);
        }

        @SuppressWarnings("unchecked")
        List<String> run(Class<?> scenario, String baseUrl) throws Exception {
            Class<?> inside = loadClass(scenario.getName());
            assertThat(inside).isNotSameAs(scenario);
            return ((Callable<List<String>>) inside.getConstructor(String.class).newInstance(baseUrl)).call();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.slf4j.")) {
                throw new ClassNotFoundException(name + " is hidden from this test");
            }
            if (!name.startsWith("dev.annexkit.sdk.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = define(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private Class<?> define(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                defined.add(name);
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
