package dev.annexkit.mock.junit;

import dev.annexkit.mock.wiremock.fault.Faults;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockCredentials;
import dev.annexkit.mock.Seed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link AnnexCloudMock}: one server per test class, a clean program per test.
 *
 * <p>The server's clock starts at {@link #START} so that dates in answers repeat from run to run; tests move
 * it with {@code mock.clock().advance(...)}.
 */
public final class AnnexCloudMockExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    /** Where the mock's clock starts in tests. */
    public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(AnnexCloudMockExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == AnnexCloudMockServer.class || type == MockCredentials.class || type == Faults.class
                || SdkClients.supports(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        AnnexCloudMockServer server = server(context);
        if (type == AnnexCloudMockServer.class) {
            return server;
        }
        if (type == MockCredentials.class) {
            return server.credentials();
        }
        if (type == Faults.class) {
            return server.faults(); // cleared with the rest by the reset before each test
        }
        try {
            return SdkClients.create(type, server);
        } catch (ReflectiveOperationException e) {
            throw new ParameterResolutionException("could not build an SDK client for the mock server", e);
        }
    }

    /** The class's server, started on first use and stopped when the class's context closes. */
    private static AnnexCloudMockServer server(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(RunningServer.class,
                key -> new RunningServer(AnnexCloudMockServer.builder()
                        .seed(seed(classContext))
                        .clock(Clock.fixed(START, ZoneOffset.UTC))
                        .start()),
                RunningServer.class).server();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static Seed seed(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, AnnexCloudMock.class))
                .map(AnnexCloudMock::seed)
                .orElse(Seed.NONE);
    }

    /** Stops the server when JUnit closes the class's store. */
    private record RunningServer(AnnexCloudMockServer server)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            server.stop();
        }
    }
}
