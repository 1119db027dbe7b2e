package dev.annexkit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/**
 * The Boot on the test classpath is the line the build meant to test (spring-boot/pom.xml passes it in): these
 * sources run once against Boot 3 here and once against Boot 4 in boot4-compat.
 */
class BootLineTest {

    @Test
    void theTestsRunOnTheBootVersionTheBuildChose() {
        String expected = System.getProperty("annexkit.expected.boot.version");

        assertThat(expected).as("set by the surefire configuration of spring-boot/pom.xml").isNotBlank();
        assertThat(SpringBootVersion.getVersion()).isEqualTo(expected);
    }
}
