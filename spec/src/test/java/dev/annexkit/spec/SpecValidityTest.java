package dev.annexkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The spec parses cleanly and every operation carries what the conventions promise its consumers. */
class SpecValidityTest {

    private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-z0-9]*([A-Z][a-z0-9]*)*");
    private static final Set<String> SOURCES = Set.of("doc", "index", "connector", "inferred");
    private static final String ERROR_REF = "#/components/schemas/Error";

    private static final OpenAPI API = Specs.load();
    private static final List<Specs.Op> OPS = Specs.operations(API);

    @Test
    void specParsesWithoutAnyErrorOrWarning() {
        SwaggerParseResult result = Specs.parse(Specs.text());

        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
    }

    @Test
    void specDeclaresOperations() {
        assertThat(OPS).isNotEmpty();
    }

    @Nested
    class EveryOperation {

        @Test
        void hasALowerCamelOperationId() {
            assertThat(offenders(op -> op.operation().getOperationId() == null
                    || !LOWER_CAMEL.matcher(op.operation().getOperationId()).matches()))
                    .as("operations without a lowerCamel operationId").isEmpty();
        }

        @Test
        void hasAUniqueOperationId() {
            Map<String, Long> counts = OPS.stream()
                    .collect(Collectors.groupingBy(op -> String.valueOf(op.operation().getOperationId()),
                            Collectors.counting()));
            assertThat(counts).as("operationIds used more than once")
                    .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
        }

        @Test
        void hasExactlyOneTagFromTheDeclaredTagList() {
            Set<String> declared = API.getTags().stream().map(Tag::getName).collect(Collectors.toSet());
            assertThat(offenders(op -> op.operation().getTags() == null || op.operation().getTags().size() != 1
                    || !declared.contains(op.operation().getTags().get(0))))
                    .as("operations without exactly one declared tag (declared: %s)", declared).isEmpty();
        }

        @Test
        void namesItsSourceInXAnnexSource() {
            assertThat(offenders(op -> op.operation().getExtensions() == null
                    || !SOURCES.contains(String.valueOf(op.operation().getExtensions().get("x-annex-source")))))
                    .as("operations whose x-annex-source is not one of %s", SOURCES).isEmpty();
        }

        @Test
        void hasADescription() {
            assertThat(offenders(op -> op.operation().getDescription() == null
                    || op.operation().getDescription().isBlank()))
                    .as("operations without a description").isEmpty();
        }

        @Test
        void withARequestBodyShowsARequestExampleForEveryMediaType() {
            List<String> missing = new ArrayList<>();
            for (Specs.Op op : OPS) {
                var body = Specs.requestBody(API, op.operation().getRequestBody());
                if (body == null) {
                    continue;
                }
                if (body.getContent() == null || body.getContent().isEmpty()) {
                    missing.add(op.where() + ": request body without content");
                    continue;
                }
                body.getContent().forEach((type, media) -> {
                    if (!hasExample(media)) {
                        missing.add(op.where() + " " + type);
                    }
                });
            }
            assertThat(missing).as("request bodies without an example").isEmpty();
        }

        @Test
        void showsAnExampleOfItsSuccessResponse() {
            List<String> missing = new ArrayList<>();
            for (Specs.Op op : OPS) {
                Map<String, ApiResponse> success = op.operation().getResponses().entrySet().stream()
                        .filter(e -> e.getKey().startsWith("2"))
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> Specs.response(API, e.getValue())));
                if (success.isEmpty()) {
                    missing.add(op.where() + ": no 2xx response at all");
                }
                success.forEach((status, response) -> {
                    Content content = response.getContent();
                    if (content == null || content.isEmpty()
                            || !content.values().stream().allMatch(SpecValidityTest::hasExample)) {
                        missing.add(op.where() + " " + status);
                    }
                });
            }
            assertThat(missing).as("2xx responses without an example").isEmpty();
        }

        @Test
        void answersErrorsWithTheErrorSchema() {
            List<String> wrong = new ArrayList<>();
            for (Specs.Op op : OPS) {
                op.operation().getResponses().forEach((status, raw) -> {
                    if (!status.startsWith("4") && !status.startsWith("5")) {
                        return;
                    }
                    ApiResponse response = Specs.response(API, raw);
                    Content content = response == null ? null : response.getContent();
                    if (content == null || content.isEmpty()) {
                        wrong.add(op.where() + " " + status + ": no content");
                        return;
                    }
                    content.forEach((type, media) -> {
                        Schema<?> schema = media.getSchema();
                        if (schema == null || !ERROR_REF.equals(schema.get$ref())) {
                            wrong.add(op.where() + " " + status + " " + type + ": schema is "
                                    + (schema == null ? "missing" : schema.get$ref() == null ? "inline" : schema.get$ref()));
                        }
                    });
                });
            }
            assertThat(wrong).as("4xx/5xx responses not answering with Error").isEmpty();
        }

        @Test
        void declaresAtLeastOneErrorResponse() {
            assertThat(offenders(op -> op.operation().getResponses().keySet().stream()
                    .noneMatch(s -> s.startsWith("4") || s.startsWith("5"))))
                    .as("operations without any 4xx/5xx response").isEmpty();
        }
    }

    static boolean hasExample(MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    private static List<String> offenders(java.util.function.Predicate<Specs.Op> broken) {
        return OPS.stream().filter(broken).map(Specs.Op::where).toList();
    }
}
