package dev.annexkit.mock.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain must stay plain Java: the adapter depends on it, never the other way round. */
class DomainPurityTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.annexkit.mock.domain");

    @Test
    void domainUsesNoHttpJsonOrWireMock() {
        noClasses().that().resideInAPackage("dev.annexkit.mock.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.github.tomakehurst..", "org.wiremock..", "com.fasterxml..", "com.google.gson..",
                        "io.swagger..", "okhttp3..", "javax.servlet..", "jakarta..", "picocli..",
                        "org.junit..", "dev.annexkit.mock.wiremock..", "dev.annexkit.sdk..")
                .check(DOMAIN);
    }

    @Test
    void subPackagesDoNotReachBackIntoTheFacade() {
        noClasses().that().resideInAnyPackage("dev.annexkit.mock.domain.member..",
                        "dev.annexkit.mock.domain.action..", "dev.annexkit.mock.domain.tier..",
                        "dev.annexkit.mock.domain.ledger..", "dev.annexkit.mock.domain.reward..",
                        "dev.annexkit.mock.domain.error..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("LoyaltyProgram")
                .check(DOMAIN);
    }
}
