package dev.annexkit.mock.wiremock.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.ErrorResponses;
import dev.annexkit.mock.wiremock.http.Json;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.WireResponses;
import java.nio.charset.StandardCharsets;

/**
 * Base of every AnnexKit admin route: parses the JSON body and maps failures like the API does.
 *
 * <p>Each route must be its own class: WireMock's admin router finds a route's path template by the class of
 * its task, so two routes sharing a task class would read each other's path parameters.
 */
abstract class AnnexAdminTask implements AdminTask {

    @Override
    public final ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        byte[] raw = serveEvent.getRequest().getBody();
        try {
            String text = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
            JsonBody body = text.isEmpty() ? JsonBody.empty() : new JsonBody(Json.parse(text));
            return WireResponses.of(handle(new AdminRequest(body, pathParams, text)));
        } catch (JsonProcessingException e) {
            return WireResponses.of(ErrorResponses.malformedJson(e.getOriginalMessage()));
        } catch (DomainException e) {
            return WireResponses.of(ErrorResponses.of(e));
        }
    }

    /** Serves the route; domain exceptions become API errors. */
    abstract ApiResponse handle(AdminRequest request);
}
