package dev.annexkit.mock.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import dev.annexkit.mock.wiremock.guard.AdminAccess;
import dev.annexkit.mock.wiremock.guard.FrontDoor;
import dev.annexkit.mock.wiremock.guard.JsonErrorPages;
import dev.annexkit.mock.wiremock.guard.ServerLimits;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.FilterMapping;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;
import wiremock.org.eclipse.jetty.util.compression.InflaterPool;

/**
 * WireMock's Jetty server with the mock's protections in front ({@link FrontDoor}: admin access rules, body
 * limits, gzip capped) and the mock's error JSON instead of Jetty's HTML pages ({@link JsonErrorPages}: a
 * malformed request line, a broken multipart body, an exception never show a stack trace or a file path).
 * The admin context loses WireMock's CORS filter, which echoed any {@code Origin} with credentials allowed.
 */
public final class AnnexHttpServerFactory implements HttpServerFactory {

    private final String apiBasePath;
    private final ServerLimits limits;
    private final AdminAccess admin;

    /** The defaults: the API under {@code /api/3.0}, default limits, admin on loopback without a token. */
    public AnnexHttpServerFactory() {
        this("/api/3.0", ServerLimits.DEFAULTS, AdminAccess.loopbackDefaults());
    }

    public AnnexHttpServerFactory(String apiBasePath, ServerLimits limits, AdminAccess admin) {
        this.apiBasePath = apiBasePath;
        this.limits = limits;
        this.admin = admin;
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler adminHandler, StubRequestHandler stubs) {
        return new Jetty11HttpServer(options, adminHandler, stubs) {
            private InflaterPool inflaters;

            @Override
            protected void applyAdditionalServerConfiguration(Server server, Options serverOptions) {
                super.applyAdditionalServerConfiguration(server, serverOptions);
                server.setErrorHandler(new JsonErrorPages(null, apiBasePath));
                inflaters = InflaterPool.ensurePool(server);
            }

            @Override
            protected Handler createHandler(Options serverOptions, AdminRequestHandler adminHandler,
                                            StubRequestHandler stubHandler) {
                FrontDoor door = new FrontDoor(limits, admin, inflaters);
                door.setHandler(super.createHandler(serverOptions, adminHandler, stubHandler));
                return door;
            }

            @Override
            protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
                super.decorateMockServiceContextAfterConfig(context);
                context.setErrorHandler(new JsonErrorPages(context.getErrorHandler(), apiBasePath));
            }

            @Override
            protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
                super.decorateAdminServiceContextAfterConfig(context);
                // WireMock allows every origin, with credentials, on its admin API: a web page could drive it
                context.getServletHandler().setFilters(new FilterHolder[0]);
                context.getServletHandler().setFilterMappings(new FilterMapping[0]);
                context.setErrorHandler(new JsonErrorPages(null, apiBasePath));
            }
        };
    }
}
