package dev.annexkit.mock.wiremock.guard;

import com.github.tomakehurst.wiremock.common.NetworkAddressRules;
import java.util.List;

/**
 * Where WireMock proxy stubs may forward to: nowhere unless the user names targets ({@code --allow-proxy-to}),
 * then only there (WireMock's rule syntax: a host, {@code *.domain}, an IP or an IP range {@code a.b.c.d-e.f.g.h}).
 * Without this a stub registered through the admin API could make the mock fetch any service on the developer's
 * network, loopback included.
 */
public final class ProxyTargets {

    /** Refuses every target, host names and IP literals (v4 and v6) alike. */
    static final NetworkAddressRules NONE = new NetworkAddressRules() {
        @Override
        public boolean isAllowed(String host) {
            return false;
        }

        @Override
        public boolean isAllowedAll() {
            return false;
        }
    };

    private ProxyTargets() {
    }

    /** The rules for these allowed targets; an empty list allows none. */
    public static NetworkAddressRules allowing(List<String> targets) {
        if (targets.isEmpty()) {
            return NONE;
        }
        NetworkAddressRules.Builder rules = NetworkAddressRules.builder();
        targets.forEach(rules::allow);
        return rules.build();
    }
}
