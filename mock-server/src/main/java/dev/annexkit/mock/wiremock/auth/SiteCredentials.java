package dev.annexkit.mock.wiremock.auth;

import java.util.Objects;

/**
 * The tenant the mock server impersonates: site id (checked against {@code X-AnnexCloud-Site} and the
 * {@code site_id} claim), site name (what clients put in {@code sub}; not checked, like upstream) and the shared
 * secret that keys both the request HMAC and the JWT signature. {@link #toString()} masks the secret.
 *
 * @param siteId   the numeric site id, e.g. {@code "12345678"}
 * @param siteName the site name / client code
 * @param secret   the shared secret, used raw
 */
public record SiteCredentials(String siteId, String siteName, String secret) {

    /**
     * Validates that every part is present and the id and secret are not blank.
     *
     * @param siteId   the numeric site id
     * @param siteName the site name
     * @param secret   the shared secret
     */
    public SiteCredentials {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(secret, "secret");
        if (siteId.isBlank() || secret.isBlank()) {
            throw new IllegalArgumentException("siteId and secret must not be blank");
        }
    }

    @Override
    public String toString() {
        return "SiteCredentials[siteId=" + siteId + ", siteName=" + siteName + ", secret=****]";
    }
}
