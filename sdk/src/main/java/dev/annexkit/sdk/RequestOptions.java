package dev.annexkit.sdk;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings that override the client's for the calls of a derived client, see
 * {@link AnnexCloudClient#withOptions(RequestOptions)}. Anything left unset keeps the client's value. Immutable.
 *
 * <pre>{@code
 * AnnexCloudClient patient = client.withOptions(RequestOptions.builder()
 *     .readTimeout(Duration.ofMinutes(2)).maxRetries(5).header("X-Request-Id", requestId).build());
 * patient.points().postPoints(PointsRequests.manualCredit("ada@example.com", 250, "Goodwill"));
 * }</pre>
 */
public final class RequestOptions {

    /** No overrides. */
    public static final RequestOptions NONE = builder().build();

    final Duration connectTimeout;
    final Duration readTimeout;
    final Duration writeTimeout;
    final Duration callTimeout;
    final Integer maxRetries;
    final boolean idempotent;
    final Map<String, String> headers;
    final String siteId;
    final String siteName;
    final String secret;
    final Set<String> nullFields;

    private RequestOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.callTimeout = b.callTimeout;
        this.maxRetries = b.maxRetries;
        this.idempotent = b.idempotent;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.siteId = b.siteId;
        this.siteName = b.siteName;
        this.secret = b.secret;
        this.nullFields = Collections.unmodifiableSet(new LinkedHashSet<>(b.nullFields));
    }

    /**
     * Starts a builder with nothing overridden.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the extra headers sent with every request.
     *
     * @return an unmodifiable map, possibly empty
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Returns the JSON body fields sent as an explicit {@code null}.
     *
     * @return an unmodifiable set of field names or dotted paths, possibly empty
     */
    public Set<String> nullFields() {
        return nullFields;
    }

    /**
     * Describes the options without the secret.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "RequestOptions{connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", writeTimeout="
                + writeTimeout + ", callTimeout=" + callTimeout + ", maxRetries=" + maxRetries + ", idempotent="
                + idempotent + ", headers=" + headers.keySet() + ", siteId=" + siteId
                + ", secret=" + (secret == null ? null : "[REDACTED]") + ", nullFields=" + nullFields + "}";
    }

    /** Builds {@link RequestOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration writeTimeout;
        private Duration callTimeout;
        private Integer maxRetries;
        private boolean idempotent;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String siteId;
        private String siteName;
        private String secret;
        private final Set<String> nullFields = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Limits the whole call, retries and the waits between them included (OkHttp's call timeout).
         *
         * @param timeout zero means none
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Time allowed to open a connection.
         *
         * @param timeout zero means none
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Time allowed between bytes of a response.
         *
         * @param timeout zero means none
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Time allowed between bytes of a request.
         *
         * @param timeout zero means none
         * @return this builder
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Overrides the retry policy's number of retries.
         *
         * @param maxRetries zero or more; zero disables retries
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Declares every request of the derived client safe to send twice, so POST and PATCH are retried too.
         * Only do this when a duplicate cannot book twice (for instance the body carries your own unique key).
         *
         * @param idempotent true to retry any method
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * Adds a header to every request (replacing one of the same name). {@code Authorization} and
         * {@code X-AnnexCloud-Site} are always set by the signer and cannot be overridden here.
         *
         * @param name  the header name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Signs with another site's credentials.
         *
         * @param siteId   the site id
         * @param siteName the site name
         * @param secret   the site's secret; never logged
         * @return this builder
         */
        public Builder credentials(String siteId, String siteName, String secret) {
            this.siteId = Objects.requireNonNull(siteId, "siteId");
            this.siteName = Objects.requireNonNull(siteName, "siteName");
            this.secret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /**
         * Sends these JSON body fields as an explicit {@code null} (the generated models leave unset fields
         * out). A dotted path ({@code "address.line2"}) reaches into nested objects; fields of a body that is not
         * a JSON object are ignored.
         *
         * @param fieldNames field names or dotted paths
         * @return this builder
         */
        public Builder sendNull(String... fieldNames) {
            for (String name : fieldNames) {
                nullFields.add(Objects.requireNonNull(name, "fieldName"));
            }
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
