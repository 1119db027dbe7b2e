package dev.annexkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every example in the spec is valid against its own schema: the SDK's docs and the mock's tests are built from
 * them, so a wrong example is a wrong promise.
 */
class SpecExamplesTest {

    private static final OpenAPI API = Specs.load();

    /** All examples of a document, each with where it sits and the schema it must satisfy. */
    record Sample(String where, Schema<?> schema, Object value) {
    }

    @Test
    void specHasExamplesToCheck() {
        assertThat(samples(API)).hasSizeGreaterThan(20);
    }

    @Test
    void everyExampleValidatesAgainstItsSchema() {
        assertThat(violations(API)).as("examples that break their schema").isEmpty();
    }

    static List<String> violations(OpenAPI api) {
        SchemaChecker checker = new SchemaChecker(api.getComponents());
        List<String> out = new ArrayList<>();
        for (Sample sample : samples(api)) {
            for (String v : checker.check(sample.schema(), SchemaChecker.json(sample.value()))) {
                out.add(sample.where() + " -> " + v);
            }
        }
        return out;
    }

    static List<Sample> samples(OpenAPI api) {
        List<Sample> samples = new ArrayList<>();
        for (Specs.Op op : Specs.operations(api)) {
            String at = op.where();
            for (Parameter p : op.parameters()) {
                parameter(api, at + " parameter " + p.getName(), p, samples);
            }
            var body = Specs.requestBody(api, op.operation().getRequestBody());
            if (body != null) {
                content(api, at + " request", body.getContent(), samples);
            }
            op.operation().getResponses().forEach((status, r) ->
                    content(api, at + " response " + status, Specs.response(api, r).getContent(), samples));
        }
        if (api.getComponents() != null) {
            if (api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().forEach((name, s) ->
                        schemaExamples("#/components/schemas/" + name, s, samples));
            }
            if (api.getComponents().getParameters() != null) {
                api.getComponents().getParameters().forEach((name, p) ->
                        parameter(api, "#/components/parameters/" + name, p, samples));
            }
            if (api.getComponents().getResponses() != null) {
                api.getComponents().getResponses().forEach((name, r) ->
                        content(api, "#/components/responses/" + name, r.getContent(), samples));
            }
        }
        return samples;
    }

    private static void parameter(OpenAPI api, String where, Parameter p, List<Sample> out) {
        if (p.getSchema() == null) {
            content(api, where, p.getContent(), out);
            return;
        }
        if (p.getExample() != null) {
            out.add(new Sample(where + " example", p.getSchema(), p.getExample()));
        }
        examples(api, where, p.getSchema(), p.getExamples(), out);
        schemaExamples(where + " schema", p.getSchema(), out);
    }

    private static void content(OpenAPI api, String where, Content content, List<Sample> out) {
        if (content == null) {
            return;
        }
        for (Map.Entry<String, MediaType> entry : content.entrySet()) {
            MediaType media = entry.getValue();
            String at = where + " " + entry.getKey();
            if (media.getExample() != null) {
                out.add(new Sample(at + " example", media.getSchema(), media.getExample()));
            }
            examples(api, at, media.getSchema(), media.getExamples(), out);
        }
    }

    private static void examples(OpenAPI api, String where, Schema<?> schema, Map<String, Example> examples,
                                 List<Sample> out) {
        if (examples == null) {
            return;
        }
        examples.forEach((name, example) -> {
            Example e = example.get$ref() == null ? example
                    : api.getComponents().getExamples().get(Specs.name(example.get$ref()));
            out.add(new Sample(where + " examples." + name, schema, e.getValue()));
        });
    }

    /** The {@code example} of a schema and of every schema nested in it (not following $refs). */
    private static void schemaExamples(String where, Schema<?> schema, List<Sample> out) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        if (schema.getExample() != null) {
            out.add(new Sample(where + " example", schema, schema.getExample()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, s) -> schemaExamples(where + ".properties." + name, s, out));
        }
        schemaExamples(where + ".items", schema.getItems(), out);
        if (schema.getAdditionalProperties() instanceof Schema<?> extra) {
            schemaExamples(where + ".additionalProperties", extra, out);
        }
        List<List<Schema>> composed = new ArrayList<>();
        if (schema.getAllOf() != null) {
            composed.add(schema.getAllOf());
        }
        if (schema.getOneOf() != null) {
            composed.add(schema.getOneOf());
        }
        if (schema.getAnyOf() != null) {
            composed.add(schema.getAnyOf());
        }
        for (List<Schema> parts : composed) {
            for (int i = 0; i < parts.size(); i++) {
                schemaExamples(where + ".composed[" + i + "]", parts.get(i), out);
            }
        }
    }
}
