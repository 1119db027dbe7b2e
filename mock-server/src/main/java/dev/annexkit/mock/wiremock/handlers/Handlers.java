package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.wiremock.http.OperationHandler;
import java.util.HashMap;
import java.util.Map;

/** Every operation the mock has behaviour for, by operationId; the others answer 501. */
public final class Handlers {

    private Handlers() {
    }

    /** All handlers. */
    public static Map<String, OperationHandler> all() {
        Map<String, OperationHandler> handlers = new HashMap<>();
        MemberHandlers.register(handlers);
        PointsHandlers.register(handlers);
        RewardHandlers.register(handlers);
        ProductHandlers.register(handlers);
        OrderHandlers.register(handlers);
        IssuanceHandlers.register(handlers);
        StoreHandlers.register(handlers);
        ActionHandlers.register(handlers);
        BlocklistHandlers.register(handlers);
        SegmentHandlers.register(handlers);
        CampaignHandlers.register(handlers);
        MemberLifecycleHandlers.register(handlers);
        ActivityHandlers.register(handlers);
        TierHandlers.register(handlers);
        RewardsV1Handlers.register(handlers);
        ReceiptHandlers.register(handlers);
        SurveyHandlers.register(handlers);
        GroupHandlers.register(handlers);
        return Map.copyOf(handlers);
    }
}
