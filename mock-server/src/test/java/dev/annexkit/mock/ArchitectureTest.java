package dev.annexkit.mock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Keeps frameworks out of the loyalty domain and HTTP concerns inside the WireMock adapter. */
class ArchitectureTest {

    private static final JavaClasses MOCK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.annexkit.mock");

    @Nested
    class Domain {

        @Test
        void dependsOnNoFrameworkJsonHttpOrAdapterCode() {
            noClasses().that().resideInAPackage("dev.annexkit.mock.domain..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "com.github.tomakehurst..", "wiremock..", "com.fasterxml..", "io.swagger..",
                            "picocli..", "org.junit..", "java.net.http..", "dev.annexkit.mock.wiremock..",
                            "dev.annexkit.mock.cli..", "dev.annexkit.mock.junit..")
                    .check(MOCK);
        }
    }

    @Nested
    class MockServer {

        @Test
        void neverDependsOnTheSdk() {
            noClasses().that().resideInAPackage("dev.annexkit.mock..")
                    .should().dependOnClassesThat().resideInAPackage("dev.annexkit.sdk..")
                    .check(MOCK);
        }

        @Test
        void mapsHttpStatusesOnlyInsideTheWireMockAdapter() {
            noClasses().that().resideOutsideOfPackage("dev.annexkit.mock.wiremock..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "dev.annexkit.mock.wiremock.http..", "com.github.tomakehurst.wiremock.http..",
                            "jakarta.servlet..", "javax.servlet..")
                    .because("status codes and error bodies are chosen in one place, the adapter's ErrorResponses")
                    .check(MOCK);
        }
    }
}
