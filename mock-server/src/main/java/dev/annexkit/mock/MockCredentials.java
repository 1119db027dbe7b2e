package dev.annexkit.mock;

/**
 * The credentials of the mock's one site: the SDK signs with them, the mock verifies with them.
 * {@link #toString()} never shows the secret.
 */
public record MockCredentials(String siteId, String siteName, String secret) {

    /** The defaults of a mock started without credentials. */
    public static MockCredentials defaults() {
        return new MockCredentials("12345678", "annexkit-mock", "annexkit-mock-secret");
    }

    @Override
    public String toString() {
        return "MockCredentials[siteId=" + siteId + ", siteName=" + siteName + ", secret=***]";
    }
}
