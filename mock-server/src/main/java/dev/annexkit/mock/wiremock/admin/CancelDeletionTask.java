package dev.annexkit.mock.wiremock.admin;

import dev.annexkit.mock.domain.member.DeletionRequest;
import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.Optional;

/**
 * {@code POST /__admin/annexkit/deletions/cancel} with {@code {"id":"member"}}: withdraws a queued deletion, as
 * Annex Cloud's admin console does (the API has no such call). Answers whether a request was withdrawn; an
 * unknown member answers 404.
 */
final class CancelDeletionTask extends AnnexAdminTask {

    private final MockRuntime runtime;

    CancelDeletionTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(AdminRequest request) {
        String memberId = request.body().requiredText("id");
        Optional<DeletionRequest> withdrawn = runtime.program().members().cancelDeletion(memberId);
        return ApiResponse.ok(WireObject.create()
                .put("status", "ok")
                .put("action", "cancel-deletion")
                .put("id", memberId)
                .put("cancelled", withdrawn.isPresent())
                .put("requestedBy", withdrawn.map(DeletionRequest::requestedBy).orElse(null)));
    }
}
