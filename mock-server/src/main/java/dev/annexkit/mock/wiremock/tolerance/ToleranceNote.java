package dev.annexkit.mock.wiremock.tolerance;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.http.Json;
import dev.annexkit.mock.wiremock.http.JsonBody;
import java.util.List;

/**
 * The tolerance stage as one request sees it: applies the stage to the parsed body, records what was tolerated
 * in the runtime's log, and marks the answer with {@link ToleratedHeader}. One per request; the transformer's
 * only contact with tolerance.
 */
public final class ToleranceNote {

    private ToleranceStage.Outcome outcome;

    /**
     * Applies the stage (rewriting the body in place, or, in strict mode, judging it) and records the result.
     *
     * @return false when strict mode refuses the request (see {@link #refusals()})
     */
    public boolean apply(MockRuntime runtime, ServeEvent event, String operationId, JsonBody body) {
        outcome = runtime.tolerance().apply(operationId, body.root(), runtime.validation().tolerates());
        if (outcome.changed()) {
            Request http = event.getRequest();
            runtime.tolerations().record(String.valueOf(event.getId()), operationId, http.getMethod().getName(),
                    http.getUrl(), outcome);
        }
        return !outcome.refused();
    }

    /** Strict mode's reasons for refusing, each naming a field. */
    public List<String> refusals() {
        return outcome.refusals();
    }

    /** The canonical body for validation and the handler. */
    public JsonBody body(JsonBody parsed) {
        return outcome.changed() ? new JsonBody(outcome.body()) : parsed;
    }

    /** The body text validation checks: the canonical body when anything was rewritten, else as received. */
    public String bodyText(String received) {
        return outcome.changed() ? Json.write(outcome.body()) : received;
    }

    /** The answer, with {@code X-AnnexKit-Tolerated} when anything was tolerated. */
    public ResponseDefinition onto(ResponseDefinition answer) {
        if (outcome == null || !outcome.changed()) {
            return answer;
        }
        return ResponseDefinitionBuilder.like(answer)
                .withHeader(ToleratedHeader.NAME, ToleratedHeader.value(outcome.tolerated(), outcome.total()))
                .build();
    }
}
