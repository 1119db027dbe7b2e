package dev.annexkit.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** A {@code @SpringBootTest} whose auto-configured client talks to the mock the annotation starts. */
@SpringBootTest
@AutoConfigureAnnexCloudMock(seed = Seed.DEMO)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureAnnexCloudMockTest {

    @Autowired
    AnnexCloudClient client;

    @Autowired
    AnnexCloudMockServer annexCloud;

    @Autowired
    Environment environment;

    @Test
    @Order(1)
    void theAutoConfiguredClientWritesIntoTheInjectedMock() {
        client.users().createMember(new MemberCreateRequest().id("carry@example.com").email("carry@example.com"));

        assertThat(annexCloud.program().member("carry@example.com")).isNotNull();
        assertThat(environment.getProperty("annexkit.base-url")).isEqualTo(annexCloud.baseUrl())
                .startsWith("http://127.0.0.1:");
        assertThat(environment.getProperty("annexkit.secret")).isEqualTo(annexCloud.credentials().secret());
    }

    @Test
    @Order(2)
    void theMockIsResetBeforeEachTestMethod() {
        assertThatThrownBy(() -> client.users().getMember("carry@example.com"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @Order(3)
    void theSeedOptionLoadsTheDemoProgram() {
        assertThat(client.rewards().getReward("FREE-SHIPPING").getRewardName()).isNotBlank();
    }

    @Nested
    class InANestedClass {

        @Autowired
        AnnexCloudMockServer nestedServer;

        @Test
        void theContextAndItsServerAreShared() {
            assertThat(nestedServer).isSameAs(annexCloud);
        }
    }
}
