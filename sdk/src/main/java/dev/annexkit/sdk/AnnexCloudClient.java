package dev.annexkit.sdk;

import dev.annexkit.sdk.auth.AnnexAuthInterceptor;
import dev.annexkit.sdk.auth.AnnexCredentials;
import dev.annexkit.sdk.auth.PathTemplates;
import dev.annexkit.sdk.internal.ApiClient;
import dev.annexkit.sdk.service.PointsService;
import dev.annexkit.sdk.service.RewardsV2Service;
import dev.annexkit.sdk.service.UsersService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The entry point of the SDK: a client for one Annex Cloud site.
 *
 * <pre>{@code
 * AnnexCloudClient client = AnnexCloudClient.builder()
 *     .baseUrl("https://s15.socialannex.net/api/3.0")
 *     .siteId("12345678").siteName("mysite").secret(System.getenv("ANNEX_SECRET"))
 *     .build();
 * PointBalance balance = client.points().getPointBalance("member@example.com");
 * }</pre>
 *
 * <p>Every request is signed with a fresh JWT carrying the HMAC of its body (or of its path identifier),
 * as Annex Cloud requires. Failures are thrown as {@link dev.annexkit.sdk.errors.AnnexCloudException}
 * subclasses. Instances are immutable and thread-safe; share one per site.
 */
public final class AnnexCloudClient {

    /** The documented Annex Cloud host; tenants usually have their own. */
    public static final String DEFAULT_BASE_URL = "https://s15.socialannex.net/api/3.0";

    /** Path templates of every operation, which the signer needs to find a GET's path identifier. */
    static final List<String> PATH_TEMPLATES = collect(
            UsersService.PATH_TEMPLATES, PointsService.PATH_TEMPLATES, RewardsV2Service.PATH_TEMPLATES);

    private final UsersService users;
    private final PointsService points;
    private final RewardsV2Service rewards;

    private AnnexCloudClient(ApiClient apiClient) {
        this.users = new UsersService(apiClient);
        this.points = new PointsService(apiClient);
        this.rewards = new RewardsV2Service(apiClient);
    }

    /**
     * Starts configuring a client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Members: enrol, read, change and search.
     *
     * @return the Users operations
     */
    public UsersService users() {
        return users;
    }

    /**
     * Points: credit, debit and redeem; balances and expiry.
     *
     * @return the Points operations
     */
    public PointsService points() {
        return points;
    }

    /**
     * Rewards V2: the catalogue, coupon pools, and rewards assigned to members.
     *
     * @return the Rewards V2 operations
     */
    public RewardsV2Service rewards() {
        return rewards;
    }

    @SafeVarargs
    private static List<String> collect(List<String>... perTag) {
        List<String> all = new ArrayList<>();
        for (List<String> templates : perTag) {
            all.addAll(templates);
        }
        return Collections.unmodifiableList(all);
    }

    /** Configures an {@link AnnexCloudClient}. Site id, site name and secret are required. */
    public static final class Builder {
        private String baseUrl = DEFAULT_BASE_URL;
        private String siteId;
        private String siteName;
        private String secret;
        private Clock clock = Clock.systemUTC();
        private Duration tokenLifetime = AnnexAuthInterceptor.DEFAULT_TOKEN_LIFETIME;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ZERO;
        private OkHttpClient httpClient;

        private Builder() {
        }

        /**
         * The API's base URL including {@code /api/3.0}; defaults to {@link #DEFAULT_BASE_URL}.
         *
         * @param baseUrl e.g. {@code https://s15.socialannex.net/api/3.0}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * The numeric site id, sent as {@code X-AnnexCloud-Site} and as the {@code site_id} claim.
         *
         * @param siteId the site id
         * @return this builder
         */
        public Builder siteId(String siteId) {
            this.siteId = siteId;
            return this;
        }

        /**
         * The site name (client code), sent as the token's {@code sub} claim.
         *
         * @param siteName the site name
         * @return this builder
         */
        public Builder siteName(String siteName) {
            this.siteName = siteName;
            return this;
        }

        /**
         * The site's shared secret ("site API token"); it keys the request HMAC and signs the token.
         *
         * @param secret the secret; never logged
         * @return this builder
         */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /**
         * The clock token expiry is computed from; the system clock by default.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long each request's token stays valid; 3 minutes by default, as Annex Cloud's own clients do.
         *
         * @param tokenLifetime the lifetime
         * @return this builder
         */
        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
            return this;
        }

        /**
         * Time allowed to open a connection; 10 seconds by default.
         *
         * @param timeout the timeout; zero means none
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Time allowed between bytes of a response; 30 seconds by default.
         *
         * @param timeout the timeout; zero means none
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Time allowed between bytes of a request; 30 seconds by default.
         *
         * @param timeout the timeout; zero means none
         * @return this builder
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Time allowed for a whole call; none by default.
         *
         * @param timeout the timeout; zero means none
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * An OkHttp client to derive from, to share its connection pool and dispatcher; the SDK adds its
         * own interceptor to a derived copy and never changes the given client.
         *
         * @param httpClient the client to derive from
         * @return this builder
         */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return a new client
         * @throws IllegalStateException when site id, site name or secret is missing
         * @throws IllegalArgumentException when the base URL is not an http(s) URL
         */
        public AnnexCloudClient build() {
            requirePresent(siteId, "siteId");
            requirePresent(siteName, "siteName");
            requirePresent(secret, "secret");
            HttpUrl url = HttpUrl.parse(baseUrl);
            if (url == null) {
                throw new IllegalArgumentException("baseUrl is not an http(s) URL: " + baseUrl);
            }
            String normalisedBase = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            AnnexAuthInterceptor signer = AnnexAuthInterceptor.builder(AnnexCredentials.of(siteId, siteName, secret))
                    .clock(clock)
                    .tokenLifetime(tokenLifetime)
                    .pathIdentifierResolver(PathTemplates.of(HttpUrl.get(normalisedBase).encodedPath(), PATH_TEMPLATES))
                    .build();
            OkHttpClient http = (httpClient != null ? httpClient.newBuilder() : new OkHttpClient.Builder())
                    .addInterceptor(signer)
                    .connectTimeout(connectTimeout)
                    .readTimeout(readTimeout)
                    .writeTimeout(writeTimeout)
                    .callTimeout(callTimeout)
                    .build();
            ApiClient apiClient = new ApiClient(http);
            apiClient.setBasePath(normalisedBase);
            apiClient.setUserAgent("annexkit-java/" + AnnexKitVersion.VALUE);
            return new AnnexCloudClient(apiClient);
        }

        private static void requirePresent(String value, String name) {
            if (value == null || value.trim().isEmpty()) {
                throw new IllegalStateException(name + " is required");
            }
        }
    }
}
