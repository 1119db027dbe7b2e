package dev.annexkit.sdk;

import dev.annexkit.sdk.internal.ApiClient;

/**
 * What a per-tag service needs from its {@link AnnexCloudClient}: the configured generated client that signs,
 * retries and sends. Only the client can make one, so applications cannot build a service around plumbing of
 * their own; they obtain services from the client's accessors ({@code client.rewards()}, …).
 */
public final class ServiceContext {

    private final ApiClient apiClient;

    ServiceContext(ApiClient apiClient) {
        this.apiClient = apiClient;
    }

    /**
     * The configured generated client. Internal: the generated services use it.
     *
     * @return the generated client
     */
    public ApiClient apiClient() {
        return apiClient;
    }
}
