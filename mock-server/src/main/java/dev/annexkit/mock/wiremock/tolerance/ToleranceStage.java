package dev.annexkit.mock.wiremock.tolerance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The request pipeline's tolerance stage, between JSON parsing and contract validation: it rewrites what real
 * clients send into the canonical body the spec describes (see {@link ToleranceRule}) and says what it did. In
 * strict mode it rewrites nothing: every deviation it would have tolerated is a refusal naming the field.
 */
public final class ToleranceStage {

    /** How many deviations a strict-mode refusal names (the rest are counted). */
    private static final int MAX_NAMED = 20;

    private final RequestShapes shapes;

    private ToleranceStage(RequestShapes shapes) {
        this.shapes = shapes;
    }

    /** The stage for the spec packaged by {@code annexkit-spec}; its schemas are compiled once per JVM. */
    public static ToleranceStage packaged() {
        return new ToleranceStage(RequestShapes.packaged());
    }

    /** The stage for a spec given as text (for tests of other specs). */
    public static ToleranceStage forSpec(String yaml) {
        return new ToleranceStage(RequestShapes.fromYaml(yaml));
    }

    /**
     * Applies the stage to a parsed body.
     *
     * @param operationId the operation the request is served as
     * @param body the parsed JSON body (changed in place); a missing node when there is none
     * @param tolerate false in strict mode: deviations are refused, not rewritten
     */
    public Outcome apply(String operationId, JsonNode body, boolean tolerate) {
        if (body == null || body.isMissingNode()) {
            return new Outcome(body, List.of(), 0, List.of()); // without waiting for the shapes (first requests)
        }
        Shape shape = shapes.of(operationId);
        if (shape == null) {
            return new Outcome(body, List.of(), 0, List.of());
        }
        Canonicaliser.Result result = Canonicaliser.canonicalise(body, shape);
        if (tolerate || result.total() == 0) {
            return new Outcome(result.body(), result.applied(), result.total(), List.of());
        }
        return new Outcome(body, List.of(), 0, refusals(result));
    }

    private static List<String> refusals(Canonicaliser.Result result) {
        List<String> problems = new ArrayList<>();
        for (Toleration t : result.applied()) {
            if (problems.size() == MAX_NAMED) {
                break;
            }
            problems.add("[Path '" + t.path() + "'] " + t.rule().refusal());
        }
        if (result.total() > problems.size()) {
            problems.add((result.total() - problems.size()) + " more");
        }
        return problems;
    }

    /**
     * What the stage did to one body.
     *
     * @param body the canonical body, for validation and the handler
     * @param tolerated the deviations rewritten (the first {@value Canonicaliser#MAX_LISTED})
     * @param total how many deviations were rewritten in all
     * @param refusals strict mode only: the deviations, each naming its field, that refuse the request
     */
    public record Outcome(JsonNode body, List<Toleration> tolerated, int total, List<String> refusals) {

        /** Whether strict mode refuses the request. */
        public boolean refused() {
            return !refusals.isEmpty();
        }

        /** Whether anything was tolerated. */
        public boolean changed() {
            return total > 0;
        }
    }
}
