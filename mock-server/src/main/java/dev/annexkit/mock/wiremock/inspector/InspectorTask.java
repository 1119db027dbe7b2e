package dev.annexkit.mock.wiremock.inspector;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.ErrorResponses;
import dev.annexkit.mock.wiremock.http.Json;

/**
 * Base of the inspector's read-only JSON routes: reads the query, answers JSON that no cache keeps, and maps
 * domain failures (unknown member, bad parameter) like the API does.
 *
 * <p>Each route is its own class: WireMock's admin router finds a route's path template by its task's class.
 */
abstract class InspectorTask implements AdminTask {

    @Override
    public final ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        ApiResponse answer;
        try {
            answer = handle(new InspectorQuery(serveEvent.getRequest().getUrl()));
        } catch (DomainException e) {
            answer = ErrorResponses.of(e);
        }
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(answer.status())
                .withHeader("Content-Type", "application/json")
                .withHeader("Cache-Control", "no-store")
                .withBody(Json.write(answer.body()))
                .build();
    }

    /** Serves the read. */
    abstract ApiResponse handle(InspectorQuery query);
}
