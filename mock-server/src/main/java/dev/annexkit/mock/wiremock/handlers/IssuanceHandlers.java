package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.issuance.IssuanceChange;
import dev.annexkit.mock.domain.issuance.IssuanceDetails;
import dev.annexkit.mock.domain.issuance.IssuanceEvent;
import dev.annexkit.mock.domain.issuance.IssuanceProduct;
import dev.annexkit.mock.domain.issuance.IssuanceView;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireFormat;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Issuance: transactions with client-computed points — record, replace, return/cancel, look up. */
final class IssuanceHandlers {

    private IssuanceHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("createIssuance", IssuanceHandlers::create);
        handlers.put("replaceIssuance", IssuanceHandlers::replace);
        handlers.put("updateIssuanceStatus", IssuanceHandlers::updateStatus);
        handlers.put("findMemberIssuances", IssuanceHandlers::find);
    }

    private static ApiResponse create(ApiRequest request, LoyaltyProgram program, String site) {
        return ApiResponse.ok(issuance(program.issuances().create(details(request.body())), site));
    }

    private static ApiResponse replace(ApiRequest request, LoyaltyProgram program, String site) {
        return ApiResponse.ok(issuance(program.issuances().replace(details(request.body())), site));
    }

    private static ApiResponse updateStatus(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        IssuanceEvent event = IssuanceEvent.parse("orderStatus", b.requiredText("orderStatus"));
        IssuanceChange change = new IssuanceChange(b.requiredText("orderId"), text(b, "userId"), event,
                b.number("orderTotalPoints").orElse(null), products(b));
        return ApiResponse.ok(issuance(program.issuances().change(change), site));
    }

    private static ApiResponse find(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        Page<IssuanceView> page = program.issuances().find(request.path("memberId"), text(b, "userId"),
                text(b, "orderId"), Paging.of(request));
        List<WireObject> records = new ArrayList<>();
        for (IssuanceView v : page.items()) {
            records.add(issuance(v, site));
        }
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", (int) page.total())
                .putObjects("issuanceDetails", records));
    }

    private static IssuanceDetails details(JsonBody b) {
        return new IssuanceDetails(b.requiredText("orderId"), b.requiredText("userId"),
                b.integer("actionId").orElse(null), text(b, "source"), text(b, "coupon"),
                money(b, "orderTotalSpend"), b.number("orderTotalPoints").orElse(null),
                money(b, "orderDiscountAmount"), b.requiredText("orderStatus"),
                text(b, "pointType"), date(b, "orderDate"), date(b, "orderShipDate"), text(b, "storeId"),
                products(b));
    }

    /** An amount of money: a number, never negative, and within any real order's reach. */
    private static BigDecimal money(JsonBody b, String field) {
        BigDecimal amount = WireNumbers.decimal(b, field).orElse(null);
        if (amount != null && amount.signum() < 0) {
            throw new InvalidField(field, "must not be negative, got " + amount.toPlainString());
        }
        if (amount != null && amount.compareTo(MAX_MONEY) > 0) {
            throw new InvalidField(field, "is out of range (at most " + MAX_MONEY.toPlainString() + ")");
        }
        return amount;
    }

    /** A date as documented ({@code yyyy-MM-dd}, or a date-time); kept as sent once it reads as one. */
    private static String date(JsonBody b, String field) {
        String text = text(b, field);
        if (text != null && !text.isBlank()) {
            WireFormat.instant(field, text);
        }
        return text;
    }

    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");

    private static List<IssuanceProduct> products(JsonBody b) {
        List<IssuanceProduct> products = new ArrayList<>();
        for (JsonBody p : WireNumbers.objects(b, "productDetails")) {
            products.add(new IssuanceProduct(text(p, "productId"), text(p, "productName"),
                    p.integer("productQuantity").orElse(null)));
        }
        return products;
    }

    private static WireObject issuance(IssuanceView v, String site) {
        IssuanceDetails d = v.issuance().details();
        List<WireObject> products = new ArrayList<>();
        for (IssuanceProduct p : d.products()) {
            products.add(WireObject.create().put("productId", p.productId()).put("productName", p.productName())
                    .put("productQuantity", p.quantity()));
        }
        WireObject o = WireObject.create()
                .put("siteId", site)
                .put("userId", d.memberId())
                .put("orderId", d.orderId())
                .put("actionId", d.actionId())
                .put("source", d.source())
                .put("coupon", d.coupon())
                .put("orderTotalSpend", d.orderTotalSpend())
                .put("orderTotalPoints", d.orderTotalPoints())
                .put("pointsAwarded", v.pointsAwarded())
                .put("pointsOnHold", v.pointsOnHold())
                .put("pointsExpirationDate", v.issuance().expiresAt())
                .put("orderDiscountAmount", d.orderDiscountAmount())
                .put("orderStatus", d.status())
                .put("pointType", d.pointType())
                .put("orderDate", d.orderDate())
                .put("orderShipDate", d.orderShipDate())
                .put("storeId", d.storeId());
        return products.isEmpty() ? o : o.putObjects("productDetails", products);
    }

    private static String text(JsonBody b, String field) {
        return b.text(field).orElse(null);
    }
}
