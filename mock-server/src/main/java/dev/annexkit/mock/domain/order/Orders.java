package dev.annexkit.mock.domain.order;

import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.OrderNotFound;
import dev.annexkit.mock.domain.kernel.CallGuard;
import java.util.List;

/**
 * Orders: purchases whose points the program computes from the product catalogue, their changes (add, ship,
 * return, cancel) and cart previews. Every call runs under the program lock and returns immutable values.
 */
public final class Orders {

    private final OrderContext state;
    private final CallGuard lock;
    private final OrderDesk desk;

    public Orders(OrderContext state, CallGuard lock, PurchaseBonus bonus) {
        this.state = state;
        this.lock = lock;
        this.desk = new OrderDesk(state, bonus);
    }

    /** Books a new order: its points are credited (or held), see {@link OrderDesk}. */
    public OrderView create(NewOrder order) {
        return lock.call(() -> desk.create(order));
    }

    /** Adds lines to, ships, returns or cancels (part of) an order. */
    public OrderView change(String orderId, OrderChange change) {
        return lock.call(() -> desk.change(orderId, change));
    }

    public OrderView order(String orderId) {
        return lock.call(() -> desk.view(state.orders().get(orderId), 0, state.now()));
    }

    /**
     * Orders of a member, one order, or one order checked against its member; at least one id. Nothing
     * matching is {@link OrderNotFound}.
     */
    public List<OrderView> find(String memberId, String orderId) {
        return lock.call(() -> {
            if (memberId == null && orderId == null) {
                throw new MissingField("userId");
            }
            List<Order> found;
            if (orderId != null) {
                Order order = state.orders().get(orderId);
                if (memberId != null && !order.memberId().equals(memberId)) {
                    throw new OrderNotFound(orderId + " of member " + memberId);
                }
                found = List.of(order);
            } else {
                state.members().get(memberId);
                found = state.orders().ofMember(memberId);
                if (found.isEmpty()) {
                    throw new OrderNotFound("any order of member " + memberId);
                }
            }
            return found.stream().map(o -> desk.view(o, 0, state.now())).toList();
        });
    }

    /** What a cart would earn; books nothing. */
    public CartPreview preview(String memberId, long appliedPoints, String storeId, List<String> coupons,
                               List<LineRequest> lines) {
        return lock.call(() -> desk.preview(memberId, appliedPoints, storeId, coupons, lines));
    }
}
