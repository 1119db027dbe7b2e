package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.order.CartPreview;
import dev.annexkit.mock.domain.order.LineRequest;
import dev.annexkit.mock.domain.order.NewOrder;
import dev.annexkit.mock.domain.order.OrderChange;
import dev.annexkit.mock.domain.order.OrderEvent;
import dev.annexkit.mock.domain.order.OrderLine;
import dev.annexkit.mock.domain.order.OrderView;
import dev.annexkit.mock.domain.product.PricedLine;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.WireFormat;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Orders: create, change, look up, preview a cart. */
final class OrderHandlers {

    /** Line fields the domain does not compute with: kept as sent and echoed. */
    private static final List<String> ECHO = List.of("netPrice", "estimatedShipDate", "url", "imageUrl",
            "description", "coupon", "autoDelivery");

    private OrderHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("createOrder", OrderHandlers::create);
        handlers.put("updateOrder", OrderHandlers::update);
        // NetSuite's script still returns and cancels with the older PUT: same body, same rules.
        handlers.put("updateOrderLegacy", OrderHandlers::update);
        handlers.put("findOrders", OrderHandlers::find);
        handlers.put("previewCart", OrderHandlers::cart);
    }

    private static ApiResponse create(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        // shipDate has no behaviour on create (shipping is a PATCH), but a malformed one is still refused.
        b.text("shipDate").ifPresent(t -> WireFormat.instant("shipDate", t));
        NewOrder order = new NewOrder(b.requiredText("id"), b.requiredText("userId"), text(b, "email"),
                text(b, "firstName"), text(b, "lastName"), text(b, "orderTotal"), text(b, "discountAmount"),
                coupons(b), text(b, "storeId"), text(b, "source"),
                b.text("orderDate").map(t -> WireFormat.instant("orderDate", t)).orElse(null),
                yes(b, "disregardHoldPeriod"), lines(b));
        OrderView view = program.orders().create(order);
        return ApiResponse.ok(WireObject.create()
                .put("id", order.orderId())
                .put("userId", order.memberId())
                .put("email", order.email())
                .put("orderTotal", order.orderTotal())
                .put("storeId", order.storeId())
                .put("storeDetails", StoreWire.details(program, order.storeId()))
                .put("source", order.source())
                .put("pointsAwarded", view.pointsAwarded())
                .put("pointsOnHold", view.pointsOnHold())
                .put("updatedAvailablePoints", view.balance().available())
                .put("updatedLifetimePoints", view.balance().lifetime())
                .putObjects("orderDetail", view.order().lines().stream().map(OrderHandlers::line).toList()));
    }

    private static ApiResponse update(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        String orderId = request.path("orderId");
        String bodyId = b.requiredText("orderId");
        if (!bodyId.equals(orderId)) {
            throw new InvalidField("orderId", "must equal the path's order id " + orderId + ", was " + bodyId);
        }
        String status = b.requiredText("status");
        OrderEvent event = OrderEvent.parse("status", status);
        OrderView view = program.orders().change(orderId, new OrderChange(event, lines(b),
                yes(b, "disregardHoldPeriod")));
        return ApiResponse.ok(WireObject.create()
                .put("orderId", orderId)
                .put("status", status)
                .put("pointsAwarded", view.pointsAwarded())
                .put("pointsRemoved", view.pointsRemoved())
                .put("pointsOnHold", view.pointsOnHold()));
    }

    private static ApiResponse find(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        List<OrderView> views = program.orders().find(text(b, "userId"), text(b, "orderId"));
        List<WireObject> orders = new ArrayList<>();
        for (OrderView v : views) {
            NewOrder o = v.order().request();
            orders.add(WireObject.create()
                    .put("siteId", site)
                    .put("id", o.orderId())
                    .put("userId", o.memberId())
                    .put("email", o.email())
                    .put("orderDate", o.orderDate() != null ? o.orderDate() : v.order().createdAt())
                    .put("firstName", o.firstName())
                    .put("lastName", o.lastName())
                    .put("orderTotal", number(o.orderTotal()))
                    .put("storeId", o.storeId())
                    .put("storeDetails", StoreWire.details(program, o.storeId()))
                    .put("source", o.source())
                    .put("discountAmounts", number(o.discountAmount()))
                    .put("coupon", o.coupons().isEmpty() ? null : String.join(",", o.coupons()))
                    .put("pointsAwarded", v.pointsAwarded())
                    .put("pointsOnHold", v.pointsOnHold())
                    .putObjects("orderDetail", v.order().lines().stream().map(OrderHandlers::line).toList()));
        }
        return ApiResponse.ok(WireObject.create().put("siteId", site).put("total", orders.size())
                .putObjects("orders", orders));
    }

    private static ApiResponse cart(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        long applied = b.number("appliedPoints").orElse(0L);
        if (applied < 0) {
            throw new InvalidField("appliedPoints", "must not be negative");
        }
        CartPreview p = program.orders().preview(b.requiredText("userId"), applied, text(b, "storeId"),
                coupons(b), lines(b, "productDetail"));
        BigDecimal value = p.pointValue();
        List<WireObject> lines = new ArrayList<>();
        for (PricedLine l : p.lines()) {
            lines.add(WireObject.create().put("id", l.productId()).put("quantity", Long.toString(l.quantity()))
                    .put("unitPrice", WireNumbers.text(l.unitPrice())).put("points", l.points()));
        }
        return ApiResponse.ok(WireObject.create()
                .put("userId", p.memberId())
                .put("lifetimePoints", p.balance().lifetime())
                .put("usedPoints", p.balance().used())
                .put("availablePoints", p.balance().available())
                .put("holdPoints", p.balance().hold())
                .put("appliedPoints", p.appliedPoints())
                .put("cartPoints", p.cartPoints())
                .put("availablePointsAfterOrder", p.availableAfter())
                .put("holdPointsAfterOrder", p.holdAfter())
                .put("creditsToCurrencyRatio", value)
                .put("creditsToCurrencyValue", value.multiply(BigDecimal.valueOf(p.balance().available())))
                .put("creditsToCurrencyValueAfterOrder", value.multiply(BigDecimal.valueOf(p.availableAfter())))
                .put("creditsToCurrencyValueCartPoints", value.multiply(p.cartPoints()))
                .putObjects("productDetail", lines));
    }

    private static List<LineRequest> lines(JsonBody b) {
        return lines(b, "orderDetail");
    }

    private static List<LineRequest> lines(JsonBody b, String field) {
        List<LineRequest> lines = new ArrayList<>();
        for (JsonBody l : WireNumbers.objects(b, field)) {
            Map<String, String> echo = new LinkedHashMap<>();
            for (String f : ECHO) {
                l.text(f).ifPresent(v -> echo.put(f, v));
            }
            lines.add(new LineRequest(l.text("id").orElse(null), text(l, "secondarykey"),
                    l.number("quantity").orElse(null), WireNumbers.decimal(l, "unitPrice").orElse(null),
                    text(l, "categoryId"), text(l, "categoryName"), echo));
        }
        return lines;
    }

    private static WireObject line(OrderLine line) {
        LineRequest r = line.request();
        WireObject o = WireObject.create()
                .put("id", r.productId())
                .put("quantity", Long.toString(r.quantity()))
                .put("unitPrice", WireNumbers.text(r.unitPrice()))
                .put("netPrice", r.echo().get("netPrice"))
                .put("secondarykey", r.secondaryKey())
                .put("estimatedShipDate", r.echo().get("estimatedShipDate"))
                .put("categoryId", r.categoryId())
                .put("categoryName", r.categoryName());
        for (String f : List.of("url", "imageUrl", "description", "coupon")) {
            o.put(f, r.echo().get(f));
        }
        String auto = r.echo().get("autoDelivery");
        return o.put("autoDelivery", auto == null ? null : auto.toUpperCase(Locale.ROOT).startsWith("Y") ? "YES" : "NO");
    }

    private static List<String> coupons(JsonBody b) {
        JsonNode node = b.root().path("coupon");
        List<String> coupons = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> coupons.add(n.asText()));
        } else if (node.isValueNode() && !node.asText().isBlank()) {
            Arrays.stream(node.asText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(coupons::add);
        }
        return coupons;
    }

    private static boolean yes(JsonBody b, String field) {
        return b.text(field).map(t -> t.trim().equalsIgnoreCase("YES")).orElse(false);
    }

    private static String text(JsonBody b, String field) {
        return b.text(field).orElse(null);
    }

    private static BigDecimal number(String text) {
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
