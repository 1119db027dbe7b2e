package dev.annexkit.spring.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a start that failed for lack of AnnexKit credentials: which properties, and the ways to set them. */
class AnnexCloudFailureAnalyzer extends AbstractFailureAnalyzer<MissingAnnexCloudPropertiesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAnnexCloudPropertiesException cause) {
        String names = String.join(", ", cause.missing());
        String description = "AnnexKit could not create its AnnexCloudClient: the required propert"
                + (cause.missing().size() == 1 ? "y " : "ies ") + names + (cause.missing().size() == 1 ? " is" : " are")
                + " not set.";
        String action = "Set " + names + " (in application.yml, or as environment variables such as ANNEXKIT_SECRET),"
                + " or define your own AnnexCloudClient bean. In tests, @AutoConfigureAnnexCloudMock from"
                + " annexkit-spring-boot-test sets them to an in-process mock server.";
        return new FailureAnalysis(description, action, cause);
    }
}
