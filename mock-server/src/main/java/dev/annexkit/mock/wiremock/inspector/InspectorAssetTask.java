package dev.annexkit.mock.wiremock.inspector;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** {@code GET /__admin/annexkit/ui/{asset}}: the page's script, styles and icon; nothing else. */
final class InspectorAssetTask implements AdminTask {

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        return InspectorAssets.answer(pathParams.get("asset")).orElseGet(InspectorAssets::notFound);
    }
}
