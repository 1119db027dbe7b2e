package dev.annexkit.mock.wiremock.tolerance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.ValidationMode;
import dev.annexkit.mock.domain.DemoProgram;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each tolerance rule through plain HTTP. Two servers with the same seed, clock and ids: the lenient one
 * takes the bent body; the strict one refuses it (400 AC1004 naming every field, state unchanged) and then takes
 * the canonical twin. Both must end in the same exported state, so the tolerated request did exactly what the
 * canonical one does.
 */
class ToleratedRequestsTest {

    private static final String DEMO = DemoProgram.DEMO_MEMBER;

    private static AnnexCloudMockServer lenient;
    private static AnnexCloudMockServer strict;
    private static SignedHttp lenientHttp;
    private static SignedHttp strictHttp;

    @BeforeAll
    static void start() {
        lenient = MockHttp.server().seed(Seed.DEMO).validation(ValidationMode.FULL).start();
        strict = MockHttp.server().seed(Seed.DEMO).validation(ValidationMode.STRICT).start();
        lenientHttp = new SignedHttp(lenient);
        strictHttp = new SignedHttp(strict);
    }

    @AfterAll
    static void stop() {
        lenient.stop();
        strict.stop();
    }

    @BeforeEach
    void reset() {
        lenient.reset();
        strict.reset();
    }

    /**
     * The bent body is tolerated with exactly {@code header}, refused in strict mode naming each field, and leaves
     * the state its canonical twin leaves; returns the lenient answer.
     */
    private static SignedHttp.Answer toleratedLikeCanonical(String method, String path, String bent, String canonical,
                                                            String header) {
        String before = strict.exportState();
        SignedHttp.Answer refused = strictHttp.send(method, path, bent);
        assertThat(refused.status()).as("strict: %s", refused).isEqualTo(400);
        assertThat(refused.json().path("errorCode").asText()).isEqualTo("AC1004");
        for (String entry : header.split(", ")) {
            assertThat(refused.errorMessage()).as("strict names the field").contains(
                    "'" + entry.substring(entry.indexOf(':') + 1) + "'");
        }
        assertThat(refused.tolerated()).isNull();
        assertThat(strict.exportState()).as("a strict refusal changes nothing").isEqualTo(before);

        SignedHttp.Answer clean = strictHttp.send(method, path, canonical);
        assertThat(clean.status()).as("canonical twin: %s", clean).isBetween(200, 299);
        assertThat(clean.tolerated()).isNull();

        SignedHttp.Answer tolerated = lenientHttp.send(method, path, bent);
        assertThat(tolerated.status()).as("tolerated: %s", tolerated).isBetween(200, 299);
        assertThat(tolerated.tolerated()).isEqualTo(header);
        assertThat(lenient.exportState()).as("tolerated and canonical leave the same state")
                .isEqualTo(strict.exportState());

        assertThat(strict.tolerations()).isEmpty();
        List<TolerationReport> reports = lenient.tolerations();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).method()).isEqualTo(method);
        assertThat(reports.get(0).tolerated().stream().map(Toleration::toString).toList())
                .containsExactlyElementsOf(Arrays.asList(header.split(", ")));
        return tolerated;
    }

    @Nested
    class NullMembers {
        @Test
        void nullMembersOfAnEnrolmentAreDroppedAtAnyDepth() {
            toleratedLikeCanonical("POST", "/users",
                    "{\"id\":\"ada\",\"email\":\"ada@example.com\",\"firstName\":\"Ada\",\"lastName\":null,"
                            + "\"phone\":null,\"extendedAttribute\":{\"shoeSize\":\"42\",\"hat\":null}}",
                    "{\"id\":\"ada\",\"email\":\"ada@example.com\",\"firstName\":\"Ada\","
                            + "\"extendedAttribute\":{\"shoeSize\":\"42\"}}",
                    "null-member:/lastName, null-member:/phone, null-member:/extendedAttribute/hat");

            assertThat(lenient.program().member("ada").firstName()).isEqualTo("Ada");
            assertThat(lenient.program().member("ada").lastName()).isNull();
        }
    }

    @Nested
    class UnknownFields {
        @Test
        void fieldsTheSchemaDoesNotNameAreIgnoredButAttributeMapsAreKept() {
            toleratedLikeCanonical("POST", "/users",
                    "{\"id\":\"ada\",\"favouriteColour\":\"red\",\"extendedAttribute\":{\"shoeSize\":\"42\"}}",
                    "{\"id\":\"ada\",\"extendedAttribute\":{\"shoeSize\":\"42\"}}",
                    "unknown-field:/favouriteColour");

            assertThat(lenient.program().member("ada").extendedAttributes()).containsEntry("shoeSize", "42");
        }

        @Test
        void aLowerCaseOrderIdOnADebitIsIgnoredLikeAnyUnknownField() {
            toleratedLikeCanonical("POST", "/points",
                    "{\"id\":\"" + DEMO + "\",\"actionId\":100,\"activity\":\"DEBIT\",\"debit\":10,"
                            + "\"orderid\":\"SO-1\"}",
                    "{\"id\":\"" + DEMO + "\",\"actionId\":100,\"activity\":\"DEBIT\",\"debit\":10}",
                    "unknown-field:/orderid");

            assertThat(lenient.program().balance(DEMO).available()).isEqualTo(1_190);
        }
    }

    @Nested
    class NumberForms {
        @Test
        void wholeDecimalsAndNumericStringsCreditTheIntendedPoints() {
            toleratedLikeCanonical("POST", "/points",
                    "{\"id\":\"" + DEMO + "\",\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":\"50.0\"}",
                    "{\"id\":\"" + DEMO + "\",\"actionId\":100,\"activity\":\"CREDIT\",\"credit\":50}",
                    "string-to-number:/actionId, whole-decimal:/credit");

            assertThat(lenient.program().balance(DEMO).available()).isEqualTo(1_250);
        }

        @Test
        void numbersWhereTheSpecWantsStringsBookTheSameOrder() {
            toleratedLikeCanonical("POST", "/orders",
                    "{\"id\":\"SO-1\",\"userId\":\"" + DEMO + "\",\"discountAmount\":5,\"orderTotal\":200.5,"
                            + "\"orderDetail\":[{\"id\":\"D1\",\"quantity\":2,\"unitPrice\":100.25}]}",
                    "{\"id\":\"SO-1\",\"userId\":\"" + DEMO + "\",\"discountAmount\":\"5\",\"orderTotal\":\"200.5\","
                            + "\"orderDetail\":[{\"id\":\"D1\",\"quantity\":\"2\",\"unitPrice\":\"100.25\"}]}",
                    "number-to-string:/discountAmount, number-to-string:/orderTotal, "
                            + "number-to-string:/orderDetail/0/quantity, number-to-string:/orderDetail/0/unitPrice");
        }

        @Test
        void valuesThatCannotBeCoercedAreRefusedNamingTheFieldAndChangeNothing() {
            for (String credit : List.of("\"50.5\"", "\"abc\"", "50.5", "\"1e3\"")) {
                String before = lenient.exportState();

                SignedHttp.Answer answer = lenientHttp.post("/points", "{\"id\":\"" + DEMO
                        + "\",\"actionId\":100,\"activity\":\"CREDIT\",\"credit\":" + credit + "}");

                assertThat(answer.status()).as(credit + ": " + answer).isEqualTo(400);
                assertThat(answer.json().path("errorCode").asText()).isEqualTo("AC1004");
                assertThat(answer.errorMessage()).contains("credit");
                assertThat(lenient.exportState()).isEqualTo(before);
            }
            assertThat(lenient.tolerations()).isEmpty();
        }
    }

    @Nested
    class ObjectForArray {
        @Test
        void aSingleOrderLineObjectIsBookedAsALineOfOne() {
            toleratedLikeCanonical("POST", "/orders",
                    "{\"id\":\"SO-2\",\"userId\":\"" + DEMO + "\","
                            + "\"orderDetail\":{\"id\":\"D1\",\"quantity\":\"1\",\"unitPrice\":\"100.00\"}}",
                    "{\"id\":\"SO-2\",\"userId\":\"" + DEMO + "\","
                            + "\"orderDetail\":[{\"id\":\"D1\",\"quantity\":\"1\",\"unitPrice\":\"100.00\"}]}",
                    "object-to-array:/orderDetail");
        }
    }

    @Nested
    class EnumCasing {
        @Test
        void anActivityInOtherCasingIsReadAsTheDocumentedValue() {
            toleratedLikeCanonical("POST", "/points",
                    "{\"id\":\"" + DEMO + "\",\"actionId\":100,\"activity\":\"credit\",\"credit\":5}",
                    "{\"id\":\"" + DEMO + "\",\"actionId\":100,\"activity\":\"CREDIT\",\"credit\":5}",
                    "enum-case:/activity");

            assertThat(lenient.program().balance(DEMO).available()).isEqualTo(1_205);
        }

        @Test
        void aValueMatchingNoEnumValueInAnyCasingIsStillRefused() {
            SignedHttp.Answer answer = lenientHttp.post("/points",
                    "{\"id\":\"" + DEMO + "\",\"actionId\":100,\"activity\":\"CREDITED\",\"credit\":5}");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorMessage()).contains("activity");
        }
    }

    @Nested
    class Report {
        private static final String BENT = "{\"id\":\"ada\",\"lastName\":null,\"colour\":\"red\"}";

        @Test
        void canonicalRequestsGetNoHeaderAndLeaveNoRecord() {
            SignedHttp.Answer answer = lenientHttp.post("/users", "{\"id\":\"ada\",\"firstName\":\"Ada\"}");

            assertThat(answer.status()).isBetween(200, 299);
            assertThat(answer.tolerated()).isNull();
            assertThat(lenient.tolerations()).isEmpty();
        }

        @Test
        void theAdminRouteListsEachToleratedRequestWithItsJournalId() {
            lenientHttp.post("/users", BENT);

            JsonNode report = lenientHttp.admin("/tolerations").json();

            JsonNode entry = report.path("tolerations").path(0);
            assertThat(report.path("tolerations")).hasSize(1);
            assertThat(entry.path("requestId").asText())
                    .isEqualTo(lenient.wireMock().getAllServeEvents().get(0).getId().toString());
            assertThat(entry.path("operationId").asText()).isEqualTo("createMember");
            assertThat(entry.path("method").asText()).isEqualTo("POST");
            assertThat(entry.path("path").asText()).isEqualTo("/api/3.0/users");
            assertThat(entry.path("total").asInt()).isEqualTo(2);
            assertThat(entry.path("tolerated").toString()).isEqualTo(
                    "[{\"rule\":\"null-member\",\"path\":\"/lastName\"},{\"rule\":\"unknown-field\",\"path\":\"/colour\"}]");
        }

        @Test
        void theJavaRecordIsImmutableAndClearedByReset() {
            lenientHttp.post("/users", BENT);
            List<TolerationReport> reports = lenient.tolerations();

            assertThat(reports).singleElement().satisfies(r -> {
                assertThat(r.operationId()).isEqualTo("createMember");
                assertThat(r.tolerated()).containsExactly(new Toleration(ToleranceRule.NULL_MEMBER, "/lastName"),
                        new Toleration(ToleranceRule.UNKNOWN_FIELD, "/colour"));
            });
            assertThatThrownBy(() -> reports.get(0).tolerated().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(reports::clear).isInstanceOf(UnsupportedOperationException.class);

            lenient.reset();

            assertThat(lenient.tolerations()).isEmpty();
            assertThat(lenientHttp.admin("/tolerations").json().path("tolerations")).isEmpty();
            assertThat(reports).hasSize(1);
        }

        @Test
        void aHostileFieldNameCannotBreakTheHeader() {
            SignedHttp.Answer answer = lenientHttp.post("/users", "{\"id\":\"ada\",\"a,b\\r\\nX-Evil: 1\":true}");

            assertThat(answer.status()).isBetween(200, 299);
            assertThat(answer.tolerated()).isEqualTo("unknown-field:/a%2Cb%0D%0AX-Evil:%201");
        }
    }

    @Nested
    class ValidationOff {
        @Test
        void handlersStillSeeCanonicalBodiesAndTheToleranceIsStillReported() {
            try (AnnexCloudMockServer off = MockHttp.server().seed(Seed.DEMO).validation(ValidationMode.OFF).start()) {
                SignedHttp.Answer answer = new SignedHttp(off).post("/points",
                        "{\"id\":\"" + DEMO + "\",\"actionId\":100,\"activity\":\"credit\",\"credit\":\"50.0\"}");

                assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
                assertThat(answer.tolerated()).isEqualTo("enum-case:/activity, whole-decimal:/credit");
                assertThat(off.program().balance(DEMO).available()).isEqualTo(1_250);
            }
        }
    }
}
