package dev.annexkit.spring.boot.test;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Boot application: just the AnnexKit starter's auto-configured client. */
@SpringBootApplication
public class MockTestApplication {
}
