package dev.annexkit.mock.wiremock.inspector;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.reward.RewardFilter;
import dev.annexkit.mock.domain.reward.RewardView;
import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /__admin/annexkit/rewards}: the catalogue (every status) with each coupon pool's counts, up to
 * {@value #MAX_REWARDS} rewards.
 */
final class RewardsTask extends InspectorTask {

    static final int MAX_REWARDS = 1_000;

    private final MockRuntime runtime;

    RewardsTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(InspectorQuery query) {
        LoyaltyProgram program = runtime.program();
        List<WireObject> rewards = new ArrayList<>();
        long total = 0;
        for (int page = 1; rewards.size() < MAX_REWARDS; page++) {
            Page<RewardView> views = program.rewards(RewardFilter.none(), PageRequest.of(page, PageRequest.MAX_LIMIT));
            total = views.total();
            views.items().forEach(v -> rewards.add(InspectorWire.reward(v)));
            if (page >= views.pages()) {
                break;
            }
        }
        return ApiResponse.ok(WireObject.create().put("total", total).putObjects("rewards", rewards));
    }
}
