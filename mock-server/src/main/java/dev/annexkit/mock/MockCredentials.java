package dev.annexkit.mock;

import java.util.Objects;

/**
 * The tenant the mock impersonates: site id (checked against {@code X-AnnexCloud-Site} and the
 * {@code site_id} claim), site name (what clients put in {@code sub}; not checked, like upstream) and the
 * shared secret that keys both the request HMAC and the JWT signature. {@link #toString()} masks the secret.
 *
 * @param siteId   the numeric site id, e.g. {@code "12345678"}
 * @param siteName the site name / client code
 * @param secret   the shared secret, used raw
 */
public record MockCredentials(String siteId, String siteName, String secret) {

    /** Validates that every part is present and the id and secret are not blank. */
    public MockCredentials {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(secret, "secret");
        if (siteId.isBlank() || secret.isBlank()) {
            throw new IllegalArgumentException("siteId and secret must not be blank");
        }
    }

    /** The credentials of a mock started without any. */
    public static MockCredentials defaults() {
        return new MockCredentials("12345678", "annexkit-mock", "annexkit-mock-secret");
    }

    @Override
    public String toString() {
        return "MockCredentials[siteId=" + siteId + ", siteName=" + siteName + ", secret=****]";
    }
}
