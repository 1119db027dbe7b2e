package dev.annexkit.spring.boot.autoconfigure;

import dev.annexkit.sdk.AnnexCloudClient;

/**
 * A bean that adjusts the auto-configured client's builder after the {@code annexkit.*} properties were applied,
 * e.g. to share the application's {@code OkHttpClient} or to set a clock. Applied in {@code @Order}.
 */
@FunctionalInterface
public interface AnnexCloudClientBuilderCustomizer {

    /**
     * Adjusts the builder.
     *
     * @param builder the builder, already configured from the properties
     */
    void customize(AnnexCloudClient.Builder builder);
}
