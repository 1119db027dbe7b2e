package dev.annexkit.mock.junit;

import dev.annexkit.mock.AnnexCloudMockServer;

/**
 * Builds an {@code AnnexCloudClient} for a mock server without a compile-time dependency on the SDK
 * (the mock server must not depend on it): the SDK's public builder is called by name when the SDK is on
 * the test classpath.
 */
final class SdkClients {

    static final String CLIENT_CLASS = "dev.annexkit.sdk.AnnexCloudClient";

    private SdkClients() {
    }

    static boolean supports(Class<?> type) {
        return type.getName().equals(CLIENT_CLASS);
    }

    static Object create(Class<?> clientType, AnnexCloudMockServer server) throws ReflectiveOperationException {
        Object builder = clientType.getMethod("builder").invoke(null);
        Class<?> builderType = builder.getClass();
        builderType.getMethod("baseUrl", String.class).invoke(builder, server.baseUrl());
        builderType.getMethod("siteId", String.class).invoke(builder, server.credentials().siteId());
        builderType.getMethod("siteName", String.class).invoke(builder, server.credentials().siteName());
        builderType.getMethod("secret", String.class).invoke(builder, server.credentials().secret());
        return builderType.getMethod("build").invoke(builder);
    }
}
