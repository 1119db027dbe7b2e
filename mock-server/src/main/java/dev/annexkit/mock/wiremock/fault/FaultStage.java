package dev.annexkit.mock.wiremock.fault;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ContentTypes;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.Json;
import java.util.function.Supplier;

/**
 * Wraps the serving of one API request in the faults of its operation. A {@code fail} never calls the
 * program; the {@code apply-then-…} kinds serve the request first, so its effect is in the state, and then
 * spoil the answer. Delays and dropped connections are WireMock's own (a fixed delay and
 * {@link Fault#CONNECTION_RESET_BY_PEER} on the response definition), so no request thread sleeps here.
 */
public final class FaultStage {

    private FaultStage() {
    }

    /** The answer to a request of {@code operationId}, served by {@code serve} unless a fault says otherwise. */
    public static ResponseDefinition around(Faults faults, String operationId, Supplier<ResponseDefinition> serve) {
        var hit = faults.hit(operationId);
        if (hit.isEmpty()) {
            return serve.get();
        }
        dev.annexkit.mock.wiremock.fault.Fault fault = hit.get();
        return switch (fault.kind()) {
            case FAIL -> error(fault, fault.status(), "not applied");
            case DELAY -> ResponseDefinitionBuilder.like(serve.get())
                    .withFixedDelay((int) Math.min(Integer.MAX_VALUE, fault.delay().toMillis())).build();
            case APPLY_THEN_DROP -> {
                serve.get();
                yield ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
            }
            case APPLY_THEN_FAIL -> {
                serve.get();
                yield error(fault, 503, "applied");
            }
        };
    }

    private static ResponseDefinition error(dev.annexkit.mock.wiremock.fault.Fault fault, int status, String effect) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader(ContentTypes.CONTENT_TYPE, "application/json")
                .withHeader("Retry-After", Long.toString(fault.retryAfter().toSeconds()))
                .withHeader("X-AnnexKit-Fault", fault.id() + "; " + fault.kind().wireName() + "; " + effect)
                .withBody(Json.write(new AnnexError("AC1001", "Oops! Something went wrong")))
                .build();
    }
}
