package dev.annexkit.spring.boot.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;

/** This module exists to run the shared tests on Boot 4: prove the classpath really is Boot 4.0. */
class Boot4LineTest {

    @Test
    void theSharedTestsRunOnSpringBoot40AndSpringFramework7() {
        assertThat(SpringBootVersion.getVersion()).startsWith("4.0.");
        assertThat(SpringVersion.getVersion()).startsWith("7.");
    }
}
