package dev.annexkit.spring.boot.autoconfigure;

import java.time.Duration;
import okhttp3.logging.HttpLoggingInterceptor;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code annexkit.*} properties the auto-configured {@link dev.annexkit.sdk.AnnexCloudClient} is built from.
 * Timeouts and retry settings left unset keep the SDK's own defaults.
 */
@ConfigurationProperties("annexkit")
public class AnnexCloudProperties {

    /** Base URL of the Annex Cloud API, including the version path; tenants usually have their own host. */
    private String baseUrl = "https://s15.socialannex.net/api/3.0";

    /** Numeric site id, sent as X-AnnexCloud-Site and in the token. Required. */
    private String siteId;

    /** Site name (client code), sent as the token's subject. Required. */
    private String siteName;

    /** The site's shared secret ("site API token"); never logged. Required. */
    private String secret;

    private final Timeouts timeouts = new Timeouts();

    private final Retries retries = new Retries();

    private final Logging logging = new Logging();

    private final Observations observations = new Observations();

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getSiteId() {
        return siteId;
    }

    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }

    public String getSiteName() {
        return siteName;
    }

    public void setSiteName(String siteName) {
        this.siteName = siteName;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Timeouts getTimeouts() {
        return timeouts;
    }

    public Retries getRetries() {
        return retries;
    }

    public Logging getLogging() {
        return logging;
    }

    public Observations getObservations() {
        return observations;
    }

    /** Network timeouts; unset ones keep the SDK's defaults. */
    public static class Timeouts {

        /** Time allowed to open a connection. */
        private Duration connect;

        /** Time allowed between bytes of a response. */
        private Duration read;

        /** Time allowed between bytes of a request. */
        private Duration write;

        /** Time allowed for a whole call, retries included. */
        private Duration call;

        public Duration getConnect() {
            return connect;
        }

        public void setConnect(Duration connect) {
            this.connect = connect;
        }

        public Duration getRead() {
            return read;
        }

        public void setRead(Duration read) {
            this.read = read;
        }

        public Duration getWrite() {
            return write;
        }

        public void setWrite(Duration write) {
            this.write = write;
        }

        public Duration getCall() {
            return call;
        }

        public void setCall(Duration call) {
            this.call = call;
        }
    }

    /** How failed requests are retried (only those the API de-duplicates); unset ones keep the SDK's defaults. */
    public static class Retries {

        /** Retries after the first attempt; 0 disables retries. */
        private Integer maxRetries;

        /** Wait before the first retry; doubles for each further one. */
        private Duration initialBackoff;

        /** Longest wait between two attempts. */
        private Duration maxBackoff;

        /** Random share (0 to 1) taken off each wait so that clients do not retry in step. */
        private Double jitter;

        /** Longest Retry-After the client waits for; a longer one surfaces as a RateLimitException. */
        private Duration maxRetryAfter;

        public Integer getMaxRetries() {
            return maxRetries;
        }

        public void setMaxRetries(Integer maxRetries) {
            this.maxRetries = maxRetries;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Double getJitter() {
            return jitter;
        }

        public void setJitter(Double jitter) {
            this.jitter = jitter;
        }

        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }
    }

    /** The SDK's HTTP log, sent to the SLF4J logger dev.annexkit.sdk.http at DEBUG with credentials removed. */
    public static class Logging {

        /** What to log of each request: NONE, BASIC (request and status lines), HEADERS or BODY. */
        private HttpLoggingInterceptor.Level level = HttpLoggingInterceptor.Level.NONE;

        public HttpLoggingInterceptor.Level getLevel() {
            return level;
        }

        public void setLevel(HttpLoggingInterceptor.Level level) {
            this.level = level;
        }
    }

    /** Micrometer Observations of the client's calls. */
    public static class Observations {

        /** Whether each attempt is recorded as an "annexkit.client.requests" Observation when Micrometer is present. */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
