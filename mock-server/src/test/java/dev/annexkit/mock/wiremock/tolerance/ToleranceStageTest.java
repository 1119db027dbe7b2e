package dev.annexkit.mock.wiremock.tolerance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The tolerance stage against a small spec of its own, one schema construct at a time: what it rewrites, what it
 * must leave alone because the schema allows it, and what it leaves for validation to refuse.
 */
class ToleranceStageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /things:
                post:
                  operationId: postThing
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Thing'}
                  responses: {"200": {description: ok}}
              /keyed:
                post:
                  operationId: postKeyed
                  requestBody:
                    content:
                      application/json:
                        schema:
                          oneOf:
                            - type: object
                              properties:
                                ids: {type: array, items: {type: string}}
                            - type: object
                              additionalProperties: {$ref: '#/components/schemas/Entry'}
                  responses: {"200": {description: ok}}
              /status:
                patch:
                  operationId: patchStatus
                  requestBody:
                    content:
                      application/json:
                        schema:
                          oneOf:
                            - $ref: '#/components/schemas/Ret'
                            - $ref: '#/components/schemas/Cancel'
                          discriminator: {propertyName: status}
                  responses: {"200": {description: ok}}
            components:
              schemas:
                Entry:
                  type: object
                  properties:
                    id: {type: string}
                    actionId: {type: integer}
                Thing:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      properties:
                        count: {type: integer}
                        price: {type: number}
                        label: {type: string}
                        kind: {type: string, enum: [Add, ship, RETURN]}
                        note: {type: string, nullable: true}
                        attributes: {type: object, additionalProperties: {type: string}}
                        free: {type: object}
                        lines: {type: array, items: {$ref: '#/components/schemas/Entry'}}
                        tags: {type: array, items: {type: string}}
                        codes:
                          oneOf:
                            - {type: array, items: {type: string}}
                            - {type: string}
                Base:
                  type: object
                  properties:
                    id: {type: string}
                Ret:
                  type: object
                  properties:
                    status: {type: string, enum: [Return]}
                    units: {type: integer}
                Cancel:
                  type: object
                  properties:
                    status: {type: string, enum: [Cancel]}
                    reason: {type: string}
            """;
    private static final ToleranceStage STAGE = ToleranceStage.forSpec(SPEC);

    private static ToleranceStage.Outcome tolerate(String operationId, String body) {
        try {
            return STAGE.apply(operationId, JSON.readTree(body), true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> applied(ToleranceStage.Outcome outcome) {
        return outcome.tolerated().stream().map(Toleration::toString).toList();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    // Bodies are compared as the text validation and handlers get: number node types differ, their text does not.

    @Nested
    class CanonicalBodies {
        @Test
        void aCanonicalBodyIsLeftAsItIsAndNothingIsRecorded() throws Exception {
            String body = "{\"id\":\"a\",\"count\":3,\"price\":1.5,\"label\":\"x\",\"kind\":\"Add\","
                    + "\"attributes\":{\"k\":\"v\"},\"free\":{\"any\":[1,{\"deep\":null}]},\"lines\":[{\"id\":\"p\"}],"
                    + "\"codes\":\"A,B\",\"note\":null}";
            ToleranceStage.Outcome outcome = tolerate("postThing", body);

            assertThat(outcome.changed()).isFalse();
            assertThat(outcome.body().toString()).isEqualTo(body);
        }
    }

    @Nested
    class Rules {
        @Test
        void nullMembersAreDroppedAtAnyDepthUnlessTheSchemaAllowsNull() throws Exception {
            ToleranceStage.Outcome outcome = tolerate("postThing",
                    "{\"id\":null,\"note\":null,\"lines\":[{\"id\":\"p\",\"actionId\":null}]}");

            assertThat(outcome.body().toString()).isEqualTo(("{\"note\":null,\"lines\":[{\"id\":\"p\"}]}"));
            assertThat(applied(outcome)).containsExactly("null-member:/id", "null-member:/lines/0/actionId");
        }

        @Test
        void unknownFieldsAreDroppedButNotWhatAllOfAMapOrAFreeFormObjectAllows() throws Exception {
            ToleranceStage.Outcome outcome = tolerate("postThing",
                    "{\"id\":\"a\",\"zz\":1,\"attributes\":{\"any\":\"x\"},\"free\":{\"y\":1},"
                            + "\"lines\":[{\"id\":\"p\",\"orderid\":\"o\"}],\"we/ird~\":0}");

            assertThat(outcome.body().toString()).isEqualTo((
                    "{\"id\":\"a\",\"attributes\":{\"any\":\"x\"},\"free\":{\"y\":1},\"lines\":[{\"id\":\"p\"}]}"));
            assertThat(applied(outcome)).containsExactly("unknown-field:/zz", "unknown-field:/lines/0/orderid",
                    "unknown-field:/we~1ird~0");
        }

        @Test
        void numbersAreRewrittenIntoTheFormTheSchemaWants() throws Exception {
            ToleranceStage.Outcome outcome = tolerate("postThing",
                    "{\"count\":\"50.0\",\"price\":\"12.50\",\"label\":5,\"attributes\":{\"size\":42.5},"
                            + "\"lines\":[{\"actionId\":\"100\"},{\"actionId\":7.0}]}");

            assertThat(outcome.body().toString()).isEqualTo(("{\"count\":50,\"price\":12.50,\"label\":\"5\","
                    + "\"attributes\":{\"size\":\"42.5\"},\"lines\":[{\"actionId\":100},{\"actionId\":7}]}"));
            assertThat(applied(outcome)).containsExactly("whole-decimal:/count", "string-to-number:/price",
                    "number-to-string:/label", "number-to-string:/attributes/size",
                    "string-to-number:/lines/0/actionId", "whole-decimal:/lines/1/actionId");
        }

        @Test
        void valuesThatCannotBeCoercedWithoutLossAreLeftForValidation() throws Exception {
            String body = "{\"count\":\"50.5\",\"price\":\"abc\",\"label\":[1],\"lines\":[{\"actionId\":\"1e3\"}],"
                    + "\"tags\":{\"not\":\"an object array\"},\"kind\":\"Bogus\"}";
            ToleranceStage.Outcome outcome = tolerate("postThing", body);

            assertThat(outcome.changed()).isFalse();
            assertThat(outcome.body().toString()).isEqualTo(body);
        }

        @Test
        void aSingleObjectIsWrappedWhereAnArrayOfObjectsIsExpected() throws Exception {
            ToleranceStage.Outcome outcome = tolerate("postThing", "{\"lines\":{\"id\":\"p\",\"actionId\":\"3\"}}");

            assertThat(outcome.body().toString()).isEqualTo(("{\"lines\":[{\"id\":\"p\",\"actionId\":3}]}"));
            assertThat(applied(outcome)).containsExactly("object-to-array:/lines", "string-to-number:/lines/0/actionId");
        }

        @Test
        void enumCasingIsFoldedToTheSpecsSpelling() throws Exception {
            assertThat(tolerate("postThing", "{\"kind\":\"ADD\"}").body().toString()).isEqualTo(("{\"kind\":\"Add\"}"));
            assertThat(tolerate("postThing", "{\"kind\":\"Ship\"}").body().toString()).isEqualTo(("{\"kind\":\"ship\"}"));
            assertThat(applied(tolerate("postThing", "{\"kind\":\"return\"}"))).containsExactly("enum-case:/kind");
        }
    }

    @Nested
    class Combinators {
        @Test
        void keyedBulkEntriesAndTheIdsFormAreBothKeptAndTheirEntriesCanonicalised() throws Exception {
            ToleranceStage.Outcome keyed = tolerate("postKeyed",
                    "{\"1\":{\"id\":\"a\",\"actionId\":\"100\",\"zz\":null},\"2\":{\"id\":\"b\"}}");
            ToleranceStage.Outcome ids = tolerate("postKeyed", "{\"ids\":[\"a\",\"b\"]}");

            assertThat(keyed.body().toString()).isEqualTo(("{\"1\":{\"id\":\"a\",\"actionId\":100},\"2\":{\"id\":\"b\"}}"));
            assertThat(applied(keyed)).containsExactly("string-to-number:/1/actionId", "null-member:/1/zz");
            assertThat(ids.changed()).isFalse();
        }

        @Test
        void aDiscriminatorPicksTheBranchWhatever_itsCasing() throws Exception {
            ToleranceStage.Outcome outcome = tolerate("patchStatus",
                    "{\"status\":\"RETURN\",\"units\":\"2\",\"reason\":\"only in Cancel\"}");

            assertThat(outcome.body().toString()).isEqualTo(("{\"status\":\"Return\",\"units\":2}"));
            assertThat(applied(outcome)).containsExactly("enum-case:/status", "string-to-number:/units",
                    "unknown-field:/reason");
        }

        @Test
        void aOneOfOfArrayOrStringTakesEitherAndCoercesANumberToItsString() throws Exception {
            assertThat(tolerate("postThing", "{\"codes\":[\"A\"]}").changed()).isFalse();
            assertThat(tolerate("postThing", "{\"codes\":\"A,B\"}").changed()).isFalse();
            assertThat(tolerate("postThing", "{\"codes\":5}").body().toString()).isEqualTo(("{\"codes\":\"5\"}"));
        }
    }

    @Nested
    class StrictMode {
        @Test
        void everyDeviationIsARefusalNamingItsFieldAndTheBodyIsNotRewritten() throws Exception {
            JsonNode body = json("{\"id\":null,\"count\":\"5\",\"zz\":1}");

            ToleranceStage.Outcome outcome = STAGE.apply("postThing", body, false);

            assertThat(outcome.refused()).isTrue();
            assertThat(outcome.changed()).isFalse();
            assertThat(outcome.refusals()).hasSize(3);
            assertThat(String.join("; ", outcome.refusals())).contains("'/id'", "'/count'", "'/zz'");
        }

        @Test
        void aCanonicalBodyPasses() throws Exception {
            assertThat(STAGE.apply("postThing", json("{\"id\":\"a\",\"count\":5}"), false).refused()).isFalse();
        }
    }

    @Nested
    class Header {
        @Test
        void listsRuleAndPathAndEscapesWhatCouldBreakAHeader() {
            String value = ToleratedHeader.value(List.of(
                    new Toleration(ToleranceRule.NULL_MEMBER, "/email"),
                    new Toleration(ToleranceRule.UNKNOWN_FIELD, "/a,b\r\nX-Evil: 1"),
                    new Toleration(ToleranceRule.UNKNOWN_FIELD, "/Zoë")), 3);

            assertThat(value).isEqualTo(
                    "null-member:/email, unknown-field:/a%2Cb%0D%0AX-Evil:%201, unknown-field:/Zo%C3%AB");
        }

        @Test
        void aLongListIsCutAndCounted() {
            List<Toleration> many = java.util.stream.IntStream.range(0, 30)
                    .mapToObj(i -> new Toleration(ToleranceRule.UNKNOWN_FIELD, "/f" + i)).toList();

            String value = ToleratedHeader.value(many, 1000);

            assertThat(value).startsWith("unknown-field:/f0, ").endsWith(", more:980");
            assertThat(value.split(", ")).hasSize(21);
        }
    }
}
