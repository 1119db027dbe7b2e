package dev.annexkit.mock.wiremock.guard;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.security.Authenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The optional admin token: with one, every admin request carries {@code Authorization: Bearer <token>}. Plugged
 * into WireMock as its admin authenticator (so WireMock's own admin routes need it too) and consulted by
 * {@link FrontDoor} to answer our own admin routes in JSON. The web inspector's static files (plain GETs under
 * {@value #INSPECTOR_ASSETS}) hold no data and need no token: the page reads the token from its URL fragment.
 */
public final class AdminToken implements Authenticator {

    /** No token: every admin request passes (the other {@link AdminAccess} rules still apply). */
    public static final AdminToken NONE = new AdminToken();
    /** Where the web inspector's static files live. */
    public static final String INSPECTOR_ASSETS = "/__admin/annexkit/ui/";

    private final byte[] expected;

    private AdminToken() {
        this.expected = null;
    }

    AdminToken(String token) {
        if (token.isBlank()) {
            throw new IllegalArgumentException("the admin token must not be blank");
        }
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a token is required at all. */
    public boolean required() {
        return expected != null;
    }

    @Override
    public boolean authenticate(Request request) {
        return allows(request.getMethod().getName(), rawPath(request.getUrl()), request.getHeader("Authorization"));
    }

    /** Whether a request with this method, raw path and {@code Authorization} header may use the admin API. */
    boolean allows(String method, String path, String authorization) {
        if (expected == null) {
            return true;
        }
        if (("GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method)) && path != null
                && path.startsWith(INSPECTOR_ASSETS) && !path.contains("..")) {
            return true;
        }
        return authorization != null
                && MessageDigest.isEqual(expected, authorization.trim().getBytes(StandardCharsets.UTF_8));
    }

    private static String rawPath(String url) {
        if (url == null) {
            return "";
        }
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        // WireMock hands the admin handler the path below /__admin
        return path.startsWith("/__admin") ? path : "/__admin" + path;
    }
}
