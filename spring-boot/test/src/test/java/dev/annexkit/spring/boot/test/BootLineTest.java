package dev.annexkit.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/** These sources run once on Boot 3 here and once on Boot 4 in boot4-compat; each run checks it got the Boot meant. */
class BootLineTest {

    @Test
    void theTestsRunOnTheBootVersionTheBuildChose() {
        String expected = System.getProperty("annexkit.expected.boot.version");

        assertThat(expected).as("set by the surefire configuration of spring-boot/pom.xml").isNotBlank();
        assertThat(SpringBootVersion.getVersion()).isEqualTo(expected);
    }
}
