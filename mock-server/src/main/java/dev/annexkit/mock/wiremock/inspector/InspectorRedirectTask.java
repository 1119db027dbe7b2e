package dev.annexkit.mock.wiremock.inspector;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * {@code GET /__admin/annexkit/ui}: redirects to {@code ui/}, where the page's relative links resolve. A token
 * in the fragment survives: browsers carry it over a redirect without one of its own.
 */
final class InspectorRedirectTask implements AdminTask {

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(302)
                .withHeader("Location", InspectorApi.PAGE)
                .build();
    }
}
