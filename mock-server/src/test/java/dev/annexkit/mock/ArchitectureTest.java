package dev.annexkit.mock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Keeps frameworks out of the loyalty domain and HTTP concerns inside the WireMock adapter, and keeps the
 * domain laid out one package per loyalty concept.
 *
 * <p>What a concept keeps to itself (its <em>internals</em>): its desks (classes named {@code *Desk}, the rules
 * behind its façade) and its view of the program state (the interface named {@code *Context}). Only its own
 * package and the domain root, which wires the program, touch them. Other concepts use its façade, its values
 * and the services it offers by interface ({@code GroupPoints}, {@code RewardHandouts}, {@code LedgerPostings}).
 * Its stores ({@code *Book}, {@code *Registry}, …) reach other concepts only as declared in their views, and
 * never leave the domain.
 */
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
    class DomainLayout {

        private static final String ROOT = "dev.annexkit.mock.domain";

        @Test
        void conceptPackagesNeverDependOnTheRoot() {
            noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(ROOT)
                    .should().dependOnClassesThat().resideInAPackage(ROOT)
                    .because("the root wires the concepts; the arrow never runs back up")
                    .check(MOCK);
        }

        @Test
        void conceptsKeepTheirDesksAndStateViewsToThemselves() {
            List<String> violations = new ArrayList<>();
            for (JavaClass origin : MOCK) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (isInternal(target) && !origin.getPackageName().equals(target.getPackageName())
                            && !origin.getPackageName().equals(ROOT)) {
                        violations.add(d.getDescription());
                    }
                }
            }
            assertThat(violations).as("desks and *Context views used outside their concept").isEmpty();
        }

        @Test
        void conceptStoresNeverLeaveTheDomain() {
            List<String> violations = new ArrayList<>();
            for (JavaClass origin : MOCK) {
                if (origin.getPackageName().startsWith(ROOT)) {
                    continue;
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    if (d.getTargetClass().getPackageName().startsWith(ROOT + ".") && isStore(d.getTargetClass())) {
                        violations.add(d.getDescription());
                    }
                }
            }
            assertThat(violations).as("the adapter goes through LoyaltyProgram and its façades").isEmpty();
        }

        @Test
        void rootHoldsAtMostTwelveFiles() throws IOException {
            try (Stream<Path> files = Files.list(Path.of("src/main/java", ROOT.split("\\.")))) {
                List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                        .sorted().toList();
                assertThat(names).as("only what spans the concepts stays in the root").hasSizeLessThanOrEqualTo(12);
            }
        }

        @Test
        void noTwoDomainTypesShareANameUpToCase() {
            Map<String, List<String>> byName = new TreeMap<>();
            MOCK.stream().filter(c -> c.getPackageName().startsWith(ROOT))
                    .filter(c -> c.isTopLevelClass() && !c.getSimpleName().equals("package-info"))
                    .forEach(c -> byName.computeIfAbsent(c.getSimpleName().toLowerCase(Locale.ROOT),
                            k -> new ArrayList<>()).add(c.getName()));
            // a nested type is always written with its owner (OrderTransitions.Cell), but must not pass for a
            // top-level type of another concept
            MOCK.stream().filter(c -> c.getPackageName().startsWith(ROOT))
                    .filter(c -> c.isNestedClass() && !c.isAnonymousClass() && !c.isLocalClass())
                    .filter(c -> byName.containsKey(c.getSimpleName().toLowerCase(Locale.ROOT)))
                    .forEach(c -> byName.get(c.getSimpleName().toLowerCase(Locale.ROOT)).add(c.getName()));
            Map<String, List<String>> shared = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(shared).as("domain types sharing a name up to case").isEmpty();
        }

        private static boolean isInternal(JavaClass c) {
            return c.getPackageName().startsWith(ROOT + ".")
                    && (c.getSimpleName().endsWith("Desk") || c.isInterface() && c.getSimpleName().endsWith("Context"));
        }

        private static boolean isStore(JavaClass c) {
            String n = c.getSimpleName();
            return n.endsWith("Book") || n.endsWith("Registry") || n.endsWith("Catalog") || n.endsWith("Directory")
                    || n.endsWith("Queue") || n.equals("PointsLedger") || n.equals("TierLadder");
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
