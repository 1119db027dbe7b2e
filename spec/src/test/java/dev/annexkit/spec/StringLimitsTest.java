package dev.annexkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every string the API carries has a bound: production stores them in columns of bounded size, so the mock
 * refuses what is longer (400 AC1004 naming the field), and the limits must come from the spec, not from code.
 */
class StringLimitsTest {

    private static final OpenAPI API = Specs.load();

    @Test
    void everyStringPropertyParameterAndItemHasAMaxLength() {
        List<String> unbounded = new ArrayList<>();
        Map<Schema<?>, Boolean> seen = new IdentityHashMap<>();
        API.getComponents().getSchemas().forEach((name, schema) -> walk(schema, "#/components/schemas/" + name,
                unbounded, seen));
        for (Specs.Op op : Specs.operations(API)) {
            for (Parameter p : op.parameters()) {
                walk(p.getSchema(), op.where() + " parameter " + p.getName(), unbounded, seen);
            }
            if (op.operation().getRequestBody() != null) {
                content(Specs.requestBody(API, op.operation().getRequestBody()).getContent(),
                        op.where() + " request", unbounded, seen);
            }
            op.operation().getResponses().forEach((status, r) ->
                    content(Specs.response(API, r).getContent(), op.where() + " " + status, unbounded, seen));
        }

        assertThat(unbounded).as("string schemas without maxLength").isEmpty();
    }

    @Test
    void theInfoDescriptionSaysWhichLimitsAreAnnexKitsOwn() {
        assertThat(API.getInfo().getDescription()).contains("maxLength").contains("AnnexKit-assigned");
    }

    @Test
    void theCheckerRefusesAStringLongerThanItsMaxLength() {
        Schema<?> memberId = (Schema<?>) API.getComponents().getSchemas().get("PointsRequest").getProperties()
                .get("id");
        SchemaChecker checker = new SchemaChecker(API.getComponents());

        assertThat(checker.check(memberId, TextNode.valueOf("a".repeat(memberId.getMaxLength())))).isEmpty();
        assertThat(checker.check(memberId, TextNode.valueOf("a".repeat(memberId.getMaxLength() + 1))))
                .containsExactly("$: longer than maxLength " + memberId.getMaxLength());
    }

    private static void content(Content content, String where, List<String> out, Map<Schema<?>, Boolean> seen) {
        if (content != null) {
            content.forEach((type, media) -> walk(media.getSchema(), where + " " + type, out, seen));
        }
    }

    @SuppressWarnings("rawtypes")
    private static void walk(Schema<?> schema, String where, List<String> out, Map<Schema<?>, Boolean> seen) {
        if (schema == null || schema.get$ref() != null || seen.put(schema, true) != null) {
            return;
        }
        if ("string".equals(schema.getType()) && !"binary".equals(schema.getFormat())
                && schema.getMaxLength() == null) {
            out.add(where);
        }
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
                walk(p.getValue(), where + "." + p.getKey(), out, seen);
            }
        }
        walk(schema.getItems(), where + "[]", out, seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> extra) {
            walk(extra, where + ".*", out, seen);
        }
        for (List<Schema> parts : java.util.Arrays.asList(schema.getOneOf(), schema.getAllOf(), schema.getAnyOf())) {
            if (parts != null) {
                for (int i = 0; i < parts.size(); i++) {
                    walk(parts.get(i), where + "/" + i, out, seen);
                }
            }
        }
    }
}
