package dev.annexkit.sdk;

import dev.annexkit.sdk.auth.AnnexAuthInterceptor;
import dev.annexkit.sdk.auth.PathTemplates;
import dev.annexkit.sdk.internal.ApiClient;
import dev.annexkit.sdk.internal.LeanApiClient;
import dev.annexkit.sdk.internal.OperationTable;
import dev.annexkit.sdk.logging.HttpLogging;
import dev.annexkit.sdk.observability.CallListener;
import dev.annexkit.sdk.retry.RetryPolicy;
import dev.annexkit.sdk.service.ActionService;
import dev.annexkit.sdk.service.ActivityService;
import dev.annexkit.sdk.service.BlockListService;
import dev.annexkit.sdk.service.CampaignService;
import dev.annexkit.sdk.service.HierarchyManagementService;
import dev.annexkit.sdk.service.IssuanceService;
import dev.annexkit.sdk.service.OrdersService;
import dev.annexkit.sdk.service.OthersService;
import dev.annexkit.sdk.service.PointsService;
import dev.annexkit.sdk.service.ProductService;
import dev.annexkit.sdk.service.ReceiptService;
import dev.annexkit.sdk.service.RewardsService;
import dev.annexkit.sdk.service.RewardsV2Service;
import dev.annexkit.sdk.service.SegmentService;
import dev.annexkit.sdk.service.StoreService;
import dev.annexkit.sdk.service.SurveyService;
import dev.annexkit.sdk.service.TiersService;
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
 * subclasses. Requests that are safe to repeat are retried ({@link RetryPolicy}). Instances are immutable and
 * thread-safe; share one per site, and derive variants with {@link #withOptions(RequestOptions)}.
 */
public final class AnnexCloudClient {

    /** The documented Annex Cloud host; tenants usually have their own. */
    public static final String DEFAULT_BASE_URL = "https://s15.socialannex.net/api/3.0";

    /**
     * The default deadline of a whole call, retries and the waits between them included: 2 minutes. Room for three
     * attempts at the 30 s read timeout plus the default backoff, yet a server that trickles its answer a byte at a
     * time (which the read timeout never catches) cannot hold a caller's thread forever.
     */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

    /** Path templates of every operation, which the signer needs to find a GET's path identifier. */
    static final List<String> PATH_TEMPLATES = collect(
            UsersService.PATH_TEMPLATES,
            ActivityService.PATH_TEMPLATES,
            PointsService.PATH_TEMPLATES,
            ActionService.PATH_TEMPLATES,
            TiersService.PATH_TEMPLATES,
            RewardsService.PATH_TEMPLATES,
            OrdersService.PATH_TEMPLATES,
            SegmentService.PATH_TEMPLATES,
            CampaignService.PATH_TEMPLATES,
            BlockListService.PATH_TEMPLATES,
            ProductService.PATH_TEMPLATES,
            RewardsV2Service.PATH_TEMPLATES,
            IssuanceService.PATH_TEMPLATES,
            ReceiptService.PATH_TEMPLATES,
            HierarchyManagementService.PATH_TEMPLATES,
            OthersService.PATH_TEMPLATES,
            StoreService.PATH_TEMPLATES,
            SurveyService.PATH_TEMPLATES);

    /** Every operation as {@code "METHOD path-template operationId"}, which call listeners are told about. */
    static final List<String> OPERATIONS = collect(
            UsersService.OPERATIONS,
            ActivityService.OPERATIONS,
            PointsService.OPERATIONS,
            ActionService.OPERATIONS,
            TiersService.OPERATIONS,
            RewardsService.OPERATIONS,
            OrdersService.OPERATIONS,
            SegmentService.OPERATIONS,
            CampaignService.OPERATIONS,
            BlockListService.OPERATIONS,
            ProductService.OPERATIONS,
            RewardsV2Service.OPERATIONS,
            IssuanceService.OPERATIONS,
            ReceiptService.OPERATIONS,
            HierarchyManagementService.OPERATIONS,
            OthersService.OPERATIONS,
            StoreService.OPERATIONS,
            SurveyService.OPERATIONS);

    private final ClientSettings settings;
    private final OkHttpClient http;
    private final UsersService users;
    private final ActivityService activity;
    private final PointsService points;
    private final ActionService actions;
    private final TiersService tiers;
    private final RewardsService rewardsV1;
    private final OrdersService orders;
    private final SegmentService segments;
    private final CampaignService campaigns;
    private final BlockListService blocklist;
    private final ProductService products;
    private final RewardsV2Service rewards;
    private final IssuanceService issuance;
    private final ReceiptService receipts;
    private final HierarchyManagementService groups;
    private final OthersService others;
    private final StoreService stores;
    private final SurveyService surveys;

    private AnnexCloudClient(ClientSettings settings) {
        this.settings = settings;
        this.http = settings.httpClient();
        ApiClient apiClient = new LeanApiClient(http);
        apiClient.setBasePath(settings.baseUrl);
        apiClient.setUserAgent("annexkit-java/" + AnnexKitVersion.VALUE);
        ServiceContext context = new ServiceContext(apiClient);
        this.users = new UsersService(context);
        this.activity = new ActivityService(context);
        this.points = new PointsService(context);
        this.actions = new ActionService(context);
        this.tiers = new TiersService(context);
        this.rewardsV1 = new RewardsService(context);
        this.orders = new OrdersService(context);
        this.segments = new SegmentService(context);
        this.campaigns = new CampaignService(context);
        this.blocklist = new BlockListService(context);
        this.products = new ProductService(context);
        this.rewards = new RewardsV2Service(context);
        this.issuance = new IssuanceService(context);
        this.receipts = new ReceiptService(context);
        this.groups = new HierarchyManagementService(context);
        this.others = new OthersService(context);
        this.stores = new StoreService(context);
        this.surveys = new SurveyService(context);
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
     * Derives a client whose calls use {@code options} on top of this client's settings. The derived client
     * shares this one's connection pool and dispatcher, so deriving is cheap; this client is unchanged.
     *
     * <pre>{@code
     * client.withOptions(RequestOptions.builder().maxRetries(0).timeout(Duration.ofSeconds(5)).build())
     *     .points().getPointBalance("ada@example.com");
     * }</pre>
     *
     * @param options the overrides; not null
     * @return a new client
     */
    public AnnexCloudClient withOptions(RequestOptions options) {
        return new AnnexCloudClient(settings.with(Objects.requireNonNull(options, "options")));
    }

    /** The OkHttp client of this instance; for tests of the wiring. */
    OkHttpClient okHttpClient() {
        return http;
    }

    /**
     * Users: enrol, read, change, search, bulk create/update, merge and delete members.
     *
     * @return the Users operations
     */
    public UsersService users() {
        return users;
    }

    /**
     * Activity: a member's points history and per-action summary.
     *
     * @return the Activity operations
     */
    public ActivityService activity() {
        return activity;
    }

    /**
     * Points: credit, debit and redeem; balances, bulk movements and expiry.
     *
     * @return the Points operations
     */
    public PointsService points() {
        return points;
    }

    /**
     * Action: the site's earning actions and a member's progress on them.
     *
     * @return the Action operations
     */
    public ActionService actions() {
        return actions;
    }

    /**
     * Tiers: the tier ladder and a member's place on it.
     *
     * @return the Tiers operations
     */
    public TiersService tiers() {
        return tiers;
    }

    /**
     * Rewards (v1): the member reward catalogue with eligibility flags, and used rewards.
     *
     * @return the Rewards operations
     */
    public RewardsService rewardsV1() {
        return rewardsV1;
    }

    /**
     * Orders: purchases whose points the platform computes, their lifecycle, lookups and cart previews.
     *
     * @return the Orders operations
     */
    public OrdersService orders() {
        return orders;
    }

    /**
     * Segment: member segments and who is in them.
     *
     * @return the Segment operations
     */
    public SegmentService segments() {
        return segments;
    }

    /**
     * Campaign: campaigns and a member's progress in them.
     *
     * @return the Campaign operations
     */
    public CampaignService campaigns() {
        return campaigns;
    }

    /**
     * BlockList: members and e-mail domains barred from earning and redeeming.
     *
     * @return the BlockList operations
     */
    public BlockListService blocklist() {
        return blocklist;
    }

    /**
     * Product: the product catalogue's point settings and point calculation.
     *
     * @return the Product operations
     */
    public ProductService products() {
        return products;
    }

    /**
     * Rewards V2: the catalogue, coupon pools, and rewards assigned to members.
     *
     * @return the RewardsV2 operations
     */
    public RewardsV2Service rewards() {
        return rewards;
    }

    /**
     * Issuance: transactions whose points the client has already computed.
     *
     * @return the Issuance operations
     */
    public IssuanceService issuance() {
        return issuance;
    }

    /**
     * Receipt: receipts submitted for verification, by file or by URL.
     *
     * @return the Receipt operations
     */
    public ReceiptService receipts() {
        return receipts;
    }

    /**
     * Hierarchy Management: member groups, invitations and shared points.
     *
     * @return the HierarchyManagement operations
     */
    public HierarchyManagementService groups() {
        return groups;
    }

    /**
     * Others: store details referenced by other operations ({@code getStore}).
     *
     * @return the Others operations
     */
    public OthersService others() {
        return others;
    }

    /**
     * Store: create, update and list the site's stores.
     *
     * @return the Store operations
     */
    public StoreService stores() {
        return stores;
    }

    /**
     * Survey: surveys and the responses members submit.
     *
     * @return the Survey operations
     */
    public SurveyService surveys() {
        return surveys;
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
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private OkHttpClient httpClient;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private HttpLogging logging = HttpLogging.NONE;
        private final List<CallListener> callListeners = new ArrayList<>();

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
         * Time allowed for a whole call, every retry and the waits between them included;
         * {@link #DEFAULT_CALL_TIMEOUT} (2 minutes) by default. When it runs out the call ends with an
         * {@link dev.annexkit.sdk.errors.ApiConnectionException} whose {@code isTimeout()} is true. Override it per
         * call with {@code RequestOptions.builder().timeout(…)} and {@link AnnexCloudClient#withOptions(RequestOptions)}.
         *
         * @param timeout the timeout; zero means none (not recommended: a trickling answer can then block forever)
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * How failed requests are retried; {@link RetryPolicy#defaults()} (2 retries) by default. Only requests
         * that are safe to repeat are retried, see {@link dev.annexkit.sdk.retry.RetryInterceptor}.
         *
         * @param retryPolicy the policy; {@link RetryPolicy#none()} disables retries
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Shorthand for a default {@link RetryPolicy} with another number of retries.
         *
         * @param maxRetries zero or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
            return this;
        }

        /**
         * Logs requests and responses; off by default. The {@code Authorization} header, tokens and the secret
         * are always redacted.
         *
         * @param logging e.g. {@code HttpLogging.of(Level.BASIC, slf4j::debug)}
         * @return this builder
         */
        public Builder logging(HttpLogging logging) {
            this.logging = Objects.requireNonNull(logging, "logging");
            return this;
        }

        /**
         * Adds a listener that hears about every attempt of every call (operation, status, error code, attempt
         * number, duration); for metrics and tracing. May be called several times: listeners are told in the
         * order they were added. A listener that throws never breaks a call.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder callListener(CallListener listener) {
            this.callListeners.add(Objects.requireNonNull(listener, "listener"));
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
            ClientSettings settings = new ClientSettings();
            settings.baseUrl = normalisedBase;
            settings.siteId = siteId;
            settings.siteName = siteName;
            settings.secret = secret;
            settings.clock = clock;
            settings.tokenLifetime = tokenLifetime;
            settings.pathIdentifiers = PathTemplates.of(HttpUrl.get(normalisedBase).encodedPath(), PATH_TEMPLATES);
            settings.connectTimeout = connectTimeout;
            settings.readTimeout = readTimeout;
            settings.writeTimeout = writeTimeout;
            settings.callTimeout = callTimeout;
            settings.retryPolicy = retryPolicy;
            settings.logging = logging;
            settings.callListeners = Collections.unmodifiableList(new ArrayList<>(callListeners));
            settings.operations = OperationTable.of(HttpUrl.get(normalisedBase).encodedPath(), OPERATIONS);
            settings.base = httpClient != null ? httpClient : new OkHttpClient();
            return new AnnexCloudClient(settings);
        }

        private static void requirePresent(String value, String name) {
            if (value == null || value.trim().isEmpty()) {
                throw new IllegalStateException(name + " is required");
            }
        }
    }
}
