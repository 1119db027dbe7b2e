package dev.annexkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The example checker really fails on broken examples, so a green SpecExamplesTest means something. */
class SchemaCheckerTest {

    private static final String YAML = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /things:
                post:
                  operationId: createThing
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Thing'}
                        example: {name: 42, colour: PURPLE, count: 3000000000, tags: [a, 7]}
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
                          example: {colour: RED}
            components:
              schemas:
                Colour:
                  type: string
                  enum: [RED, GREEN]
                Thing:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    colour: {$ref: '#/components/schemas/Colour'}
                    count: {type: integer, format: int32, minimum: 1}
                    tags: {type: array, items: {type: string}}
                    codes:
                      oneOf:
                        - {type: array, items: {type: string}}
                        - {type: string}
                    attrs:
                      type: object
                      additionalProperties: {type: string}
                Closed:
                  type: object
                  additionalProperties: false
                  properties:
                    a: {type: string}
                Both:
                  allOf:
                    - {$ref: '#/components/schemas/Thing'}
                    - type: object
                      required: [extra]
                      properties:
                        extra: {type: boolean}
            """;

    private static final OpenAPI API = Specs.parse(YAML).getOpenAPI();
    private static final SchemaChecker CHECKER = new SchemaChecker(API.getComponents());

    private static List<String> check(String schema, String json) {
        try {
            JsonNode value = Json.mapper().readTree(json);
            return CHECKER.check(new Schema<>().$ref("#/components/schemas/" + schema), value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Nested
    class CatchesBrokenValues {

        @Test
        void wrongTypeIsReportedAtItsPath() {
            assertThat(check("Thing", "{\"name\":42}")).containsExactly("$.name: expected string but was number 42");
        }

        @Test
        void missingRequiredPropertyIsReported() {
            assertThat(check("Thing", "{\"colour\":\"RED\"}"))
                    .containsExactly("$: required property 'name' is missing");
        }

        @Test
        void valueOutsideTheEnumIsReported() {
            assertThat(check("Thing", "{\"name\":\"n\",\"colour\":\"PURPLE\"}"))
                    .containsExactly("$.colour: \"PURPLE\" is not one of [RED, GREEN]");
        }

        @Test
        void arrayItemsAreCheckedWithTheirIndex() {
            assertThat(check("Thing", "{\"name\":\"n\",\"tags\":[\"a\",7]}"))
                    .containsExactly("$.tags[1]: expected string but was number 7");
        }

        @Test
        void int32OverflowAndMinimumAreReported() {
            assertThat(check("Thing", "{\"name\":\"n\",\"count\":3000000000}"))
                    .containsExactly("$.count: 3000000000 does not fit format int32");
            assertThat(check("Thing", "{\"name\":\"n\",\"count\":0}"))
                    .containsExactly("$.count: 0 is below the minimum 1");
        }

        @Test
        void fractionIsNotAnInteger() {
            assertThat(check("Thing", "{\"name\":\"n\",\"count\":1.5}")).hasSize(1).first().asString()
                    .startsWith("$.count: expected integer");
        }

        @Test
        void valueMatchingNoOneOfBranchIsReported() {
            assertThat(check("Thing", "{\"name\":\"n\",\"codes\":5}")).hasSize(1).first().asString()
                    .startsWith("$.codes: must match exactly one oneOf branch, matched 0");
        }

        @Test
        void additionalPropertiesSchemaAppliesToUndeclaredKeys() {
            assertThat(check("Thing", "{\"name\":\"n\",\"attrs\":{\"k\":true}}"))
                    .containsExactly("$.attrs.k: expected string but was boolean true");
        }

        @Test
        void undeclaredKeyIsRejectedWhenAdditionalPropertiesIsFalse() {
            assertThat(check("Closed", "{\"a\":\"x\",\"b\":1}"))
                    .containsExactly("$.b: property is not allowed (additionalProperties: false)");
        }

        @Test
        void allOfAppliesEveryPart() {
            assertThat(check("Both", "{\"name\":\"n\"}")).containsExactly("$: required property 'extra' is missing");
        }

        @Test
        void nullIsRejectedUnlessNullable() {
            assertThat(check("Thing", "{\"name\":null}")).containsExactly(
                    "$.name: null is not allowed (schema is not nullable)");
        }
    }

    @Nested
    class AcceptsValidValues {

        @Test
        void fullyPopulatedThingPasses() {
            assertThat(check("Thing", """
                    {"name":"n","colour":"GREEN","count":5,"tags":["a"],"codes":"A,B",
                     "attrs":{"k":"v"},"unknown":1}""")).isEmpty();
        }

        @Test
        void eitherOneOfBranchPasses() {
            assertThat(check("Thing", "{\"name\":\"n\",\"codes\":[\"A\",\"B\"]}")).isEmpty();
        }
    }

    @Test
    void brokenExamplesInADocumentAreFoundEndToEnd() {
        assertThat(SpecExamplesTest.violations(API)).containsExactlyInAnyOrder(
                "POST /things (createThing) request application/json example -> $.name: expected string but was number 42",
                "POST /things (createThing) request application/json example -> $.colour: \"PURPLE\" is not one of [RED, GREEN]",
                "POST /things (createThing) request application/json example -> $.count: 3000000000 does not fit format int32",
                "POST /things (createThing) request application/json example -> $.tags[1]: expected string but was number 7",
                "POST /things (createThing) response 200 application/json example -> $: required property 'name' is missing");
    }
}
