package dev.annexkit.mock.wiremock.guard;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may use the admin API ({@code /__admin/**}): a page in a browser must not, whatever site it comes from.
 * The rules, in order:
 * <ol>
 *   <li>the admin API can be switched off entirely ({@code --no-admin}): every admin path is 404;</li>
 *   <li>the {@code Host} header must name the bound address, {@code localhost}, {@code 127.0.0.1},
 *       {@code [::1]} or a host the user allowed (a DNS-rebinding page sends its own host name);</li>
 *   <li>an {@code Origin} header, when sent, must be this very server ({@code http://<Host>}): browsers send it
 *       on every cross-site write, so a foreign page is refused before anything happens;</li>
 *   <li>a POST carries JSON ({@code Content-Type: application/json} or {@code application/*+json}) or no body
 *       and no {@code Content-Type} at all: a {@code text/plain} or form POST is what a page can send without
 *       a CORS preflight, so it is never accepted.</li>
 * </ol>
 * The optional admin token is checked by {@link AdminToken}.
 */
public final class AdminAccess {

    private final boolean enabled;
    private final Set<String> hosts;
    private final AdminToken token;

    private AdminAccess(boolean enabled, Set<String> hosts, AdminToken token) {
        this.enabled = enabled;
        this.hosts = hosts;
        this.token = token;
    }

    /**
     * @param enabled      false for no admin API at all
     * @param bindAddress  the address the server binds (a wildcard adds nothing)
     * @param extraHosts   further host names the user reaches the server by (e.g. a container name)
     * @param token        the admin token, or null for none
     */
    public static AdminAccess of(boolean enabled, String bindAddress, Set<String> extraHosts, String token) {
        Set<String> hosts = new TreeSet<>(Set.of("localhost", "127.0.0.1", "::1"));
        if (!isWildcard(bindAddress)) {
            hosts.add(bareHost(bindAddress));
        }
        extraHosts.forEach(h -> hosts.add(bareHost(h)));
        return new AdminAccess(enabled, hosts, token == null ? AdminToken.NONE : new AdminToken(token));
    }

    /** The admin API on loopback with no token: what the builder gives unless told otherwise. */
    public static AdminAccess loopbackDefaults() {
        return of(true, "127.0.0.1", Set.of(), null);
    }

    public boolean enabled() {
        return enabled;
    }

    public AdminToken token() {
        return token;
    }

    /** A refusal of an admin request: status and message, or empty when the request may go on. */
    public record Refusal(int status, String message) {
    }

    /**
     * Checks one admin request.
     *
     * @param method      the HTTP method
     * @param host        the {@code Host} header, or null
     * @param origin      the {@code Origin} header, or null
     * @param contentType the {@code Content-Type} header, or null
     * @param hasBody     whether the request carries a body (a length above 0, or chunked)
     */
    public Optional<Refusal> check(String method, String host, String origin, String contentType, boolean hasBody) {
        if (!enabled) {
            return Optional.of(new Refusal(404, "The admin API is switched off (--no-admin)"));
        }
        if (host != null && !hosts.contains(bareHost(host))) {
            return Optional.of(new Refusal(403, "Admin requests must address the server as " + String.join(", ", hosts)
                    + " (Host header refused; start with --admin-host to allow another name)"));
        }
        if (origin != null && (host == null || !origin.trim().equalsIgnoreCase("http://" + host.trim()))) {
            return Optional.of(new Refusal(403, "Admin requests from a web page of another origin are refused"));
        }
        if ("POST".equalsIgnoreCase(method) && !isJsonOrBodiless(contentType, hasBody)) {
            return Optional.of(new Refusal(415,
                    "Admin POSTs carry Content-Type: application/json (or no body and no Content-Type)"));
        }
        return Optional.empty();
    }

    private static boolean isJsonOrBodiless(String contentType, boolean hasBody) {
        if (contentType == null || contentType.isBlank()) {
            return !hasBody;
        }
        String mime = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
    }

    /** {@code Host} header or address without port and brackets, lower case: {@code [::1]:80} gives {@code ::1}. */
    static String bareHost(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        if (colon >= 0 && h.indexOf(':', colon + 1) < 0) {
            return h.substring(0, colon); // host:port; more than one colon is a bare IPv6 literal
        }
        return h;
    }

    static boolean isWildcard(String address) {
        return address == null || address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]");
    }
}
