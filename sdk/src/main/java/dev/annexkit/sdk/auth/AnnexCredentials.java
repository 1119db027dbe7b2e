package dev.annexkit.sdk.auth;

import java.util.Objects;

/**
 * The three values an Annex Cloud tenant holds to call the Loyalty API 3.0: the numeric site id (sent as
 * {@code X-AnnexCloud-Site} and as the {@code site_id} claim), the site name (sent as the {@code sub} claim) and the
 * shared secret that both keys the request HMAC and signs the JWT.
 *
 * <p>Immutable and thread-safe. The secret is deliberately not exposed publicly and never appears in
 * {@link #toString()}, so credentials can be logged or shown in a debugger without leaking it.
 */
public final class AnnexCredentials {

    private final String siteId;
    private final String siteName;
    private final String secret;

    private AnnexCredentials(String siteId, String siteName, String secret) {
        this.siteId = requireText(siteId, "siteId");
        this.siteName = Objects.requireNonNull(siteName, "siteName");
        this.secret = requireText(secret, "secret");
    }

    /**
     * Creates credentials.
     *
     * @param siteId   the tenant's site id, e.g. {@code "12345678"}; not blank
     * @param siteName the site name / client code used as the JWT {@code sub}; not null (may be empty)
     * @param secret   the shared secret ("site API token"); not blank, used raw (never Base64-decoded)
     * @return the credentials
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code siteId} or {@code secret} is blank
     */
    public static AnnexCredentials of(String siteId, String siteName, String secret) {
        return new AnnexCredentials(siteId, siteName, secret);
    }

    /**
     * Returns the site id.
     *
     * @return the tenant's site id, as sent in {@code X-AnnexCloud-Site}
     */
    public String siteId() {
        return siteId;
    }

    /**
     * Returns the site name.
     *
     * @return the site name, as sent in the JWT {@code sub} claim
     */
    public String siteName() {
        return siteName;
    }

    /** Package-private on purpose: only the signer needs the secret. */
    String secret() {
        return secret;
    }

    /**
     * Returns a description with the site id and name; the secret is always masked.
     *
     * @return e.g. {@code AnnexCredentials{siteId=12345678, siteName=mocksite, secret=****}}
     */
    @Override
    public String toString() {
        return "AnnexCredentials{siteId=" + siteId + ", siteName=" + siteName + ", secret=****}";
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.trim().isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
