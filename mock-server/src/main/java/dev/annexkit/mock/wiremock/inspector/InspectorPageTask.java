package dev.annexkit.mock.wiremock.inspector;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** {@code GET /__admin/annexkit/ui/}: the inspector's page. */
final class InspectorPageTask implements AdminTask {

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        return InspectorAssets.answer(InspectorAssets.INDEX).orElseGet(InspectorAssets::notFound);
    }
}
