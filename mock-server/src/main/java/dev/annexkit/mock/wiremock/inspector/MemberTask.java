package dev.annexkit.mock.wiremock.inspector;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ledger.MemberStanding;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.OrderNotFound;
import dev.annexkit.mock.domain.ledger.ActivityRow;
import dev.annexkit.mock.domain.order.OrderView;
import dev.annexkit.mock.domain.receipt.Receipt;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.List;

/**
 * {@code GET /__admin/annexkit/member?id=}: everything about one member — profile, balance breakdown, tier and
 * progress, the newest {@value #NEWEST} ledger entries, reward assignments (with coupon codes), orders and
 * receipts. The id travels as a query parameter so any id, slashes included, reaches the mock intact. An
 * unknown member answers 404 like the API.
 */
final class MemberTask extends InspectorTask {

    static final int NEWEST = 100;

    private final MockRuntime runtime;

    MemberTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(InspectorQuery query) {
        String id = query.text("id");
        if (id == null || id.isEmpty()) {
            throw new MissingField("id");
        }
        LoyaltyProgram program = runtime.program();
        WireObject profile = InspectorWire.profile(program.members().profile(id));
        MemberStanding standing = program.accounts().standing(id);
        Page<ActivityRow> ledger = program.accounts().activity(id, PageRequest.of(1, NEWEST));
        Page<RewardAssignment> assignments = program.rewardHistory(id, null, PageRequest.of(1, NEWEST));
        Page<Receipt> receipts = program.receipts().forMember(id, PageRequest.of(1, NEWEST));
        return ApiResponse.ok(WireObject.create()
                .put("member", profile)
                .put("balance", InspectorWire.balance(standing))
                .put("tier", InspectorWire.tier(standing.tier()))
                .put("ledgerTotal", ledger.total())
                .putObjects("ledger", ledger.items().stream().map(InspectorWire::ledgerEntry).toList())
                .put("assignmentsTotal", assignments.total())
                .putObjects("assignments", assignments.items().stream().map(InspectorWire::assignment).toList())
                .putObjects("orders", orders(program, id).stream().map(InspectorWire::order).toList())
                .putObjects("receipts", receipts.items().stream().map(InspectorWire::receipt).toList()));
    }

    private static List<OrderView> orders(LoyaltyProgram program, String memberId) {
        try {
            return program.orders().find(memberId, null);
        } catch (OrderNotFound e) {
            return List.of(); // the API calls "no orders" not-found; here it is just an empty list
        }
    }
}
