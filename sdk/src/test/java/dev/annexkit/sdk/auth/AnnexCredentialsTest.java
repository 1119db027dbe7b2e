package dev.annexkit.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnnexCredentialsTest {

    @Test
    void toStringNeverRevealsTheSecret() {
        AnnexCredentials credentials = AnnexCredentials.of("12345678", "mocksite", "mock-shared-secret-2024");
        assertThat(credentials.toString()).contains("12345678", "mocksite").doesNotContain("mock-shared-secret-2024");
        assertThat(credentials.siteId()).isEqualTo("12345678");
        assertThat(credentials.siteName()).isEqualTo("mocksite");
    }

    @Test
    void blankSiteIdOrSecretIsRejected() {
        assertThatThrownBy(() -> AnnexCredentials.of(" ", "n", "s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnnexCredentials.of("1", "n", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnnexCredentials.of("1", null, "s")).isInstanceOf(NullPointerException.class);
    }
}
