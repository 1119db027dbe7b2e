package dev.annexkit.spring.boot.autoconfigure;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.logging.Slf4jHttpLogger;
import dev.annexkit.sdk.retry.RetryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.logging.HttpLoggingInterceptor;

/** Turns {@link AnnexCloudProperties} into a client builder: the one place property names meet SDK settings. */
final class AnnexCloudClientProperties {

    private AnnexCloudClientProperties() {
    }

    static AnnexCloudClient.Builder builder(AnnexCloudProperties properties) {
        requireCredentials(properties);
        AnnexCloudClient.Builder builder = AnnexCloudClient.builder()
                .baseUrl(properties.getBaseUrl())
                .siteId(properties.getSiteId())
                .siteName(properties.getSiteName())
                .secret(properties.getSecret());
        AnnexCloudProperties.Timeouts timeouts = properties.getTimeouts();
        ifSet(timeouts.getConnect(), builder::connectTimeout);
        ifSet(timeouts.getRead(), builder::readTimeout);
        ifSet(timeouts.getWrite(), builder::writeTimeout);
        ifSet(timeouts.getCall(), builder::callTimeout);
        builder.retryPolicy(retryPolicy(properties.getRetries()));
        if (properties.getLogging().getLevel() != HttpLoggingInterceptor.Level.NONE) {
            builder.logging(Slf4jHttpLogger.logging(properties.getLogging().getLevel()));
        }
        return builder;
    }

    static RetryPolicy retryPolicy(AnnexCloudProperties.Retries retries) {
        RetryPolicy.Builder policy = RetryPolicy.defaults().toBuilder();
        ifSet(retries.getMaxRetries(), policy::maxRetries);
        ifSet(retries.getInitialBackoff(), policy::initialBackoff);
        ifSet(retries.getMaxBackoff(), policy::maxBackoff);
        ifSet(retries.getJitter(), policy::jitter);
        ifSet(retries.getMaxRetryAfter(), policy::maxRetryAfter);
        return policy.build();
    }

    private static void requireCredentials(AnnexCloudProperties properties) {
        List<String> missing = new ArrayList<>();
        if (isBlank(properties.getSiteId())) {
            missing.add("annexkit.site-id");
        }
        if (isBlank(properties.getSiteName())) {
            missing.add("annexkit.site-name");
        }
        if (isBlank(properties.getSecret())) {
            missing.add("annexkit.secret");
        }
        if (!missing.isEmpty()) {
            throw new MissingAnnexCloudPropertiesException(missing);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> void ifSet(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
