package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.product.AwardBasis;
import dev.annexkit.mock.domain.product.BulkProductResult;
import dev.annexkit.mock.domain.product.Category;
import dev.annexkit.mock.domain.product.CategoryChange;
import dev.annexkit.mock.domain.product.PointType;
import dev.annexkit.mock.domain.product.PricedLine;
import dev.annexkit.mock.domain.product.Product;
import dev.annexkit.mock.domain.product.ProductChange;
import dev.annexkit.mock.domain.product.ProductQuote;
import dev.annexkit.mock.domain.product.ProductView;
import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.ErrorResponses;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Product: the catalogue's point settings and product-line points. */
final class ProductHandlers {

    private ProductHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("calculateProductPoints", ProductHandlers::calculate);
        handlers.put("getProduct", (r, p, site) -> ApiResponse.ok(product(site, p.products().product(r.path("prod_id")))));
        handlers.put("updateProduct", ProductHandlers::update);
        handlers.put("upsertProductsInBulk", ProductHandlers::bulk);
    }

    private static ApiResponse calculate(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody body = request.body();
        List<JsonBody> lines = WireNumbers.objects(body, "productDetail");
        List<ProductQuote> quotes = new ArrayList<>();
        for (JsonBody l : lines) {
            quotes.add(new ProductQuote(l.text("id").orElse(null), l.number("quantity").orElse(null),
                    WireNumbers.decimal(l, "unitPrice").orElse(null), l.text("productName").orElse(null),
                    l.text("categoryId").orElse(null), l.text("categoryName").orElse(null)));
        }
        List<PricedLine> priced = program.products().calculate(body.text("id").orElse(null), quotes);
        List<WireObject> data = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            PricedLine p = priced.get(i);
            data.add(WireObject.create()
                    .put("id", p.productId())
                    .put("quantity", Long.toString(p.quantity()))
                    .put("unitPrice", lines.get(i).text("unitPrice").orElse(WireNumbers.text(p.unitPrice())))
                    .put("autoDelivery", yesNo(lines.get(i), "autoDelivery"))
                    .put("points", p.points())
                    .put("calculation", p.calculation())
                    .put("pointsRatio", p.ratio()));
        }
        return ApiResponse.ok(WireObject.create().putObjects("data", data));
    }

    private static ApiResponse update(ApiRequest request, LoyaltyProgram program, String site) {
        ProductChange change = change(request.body());
        ProductView view = program.products().update(request.path("prod_id"), change);
        return ApiResponse.ok(settings(view, "200"));
    }

    private static ApiResponse bulk(ApiRequest request, LoyaltyProgram program, String site) {
        KeyedEntries<ProductChange> entries = KeyedEntries.parse(request.json(), "1", (key, body) -> change(body),
                (key, body) -> e -> failed(body.root().path("productDetail").path("productId").asText(null), e));
        List<BulkProductResult> outcomes = program.products().upsertInBulk(entries.parsed());
        for (int i = 0; i < entries.size(); i++) {
            BulkProductResult outcome = outcomes.get(i);
            entries.answer(i, outcome instanceof BulkProductResult.Applied applied
                    ? settings(applied.product(), applied.created() ? "201" : "200")
                    : failed(((BulkProductResult.Rejected) outcome).productId(),
                    ((BulkProductResult.Rejected) outcome).error()));
        }
        return ApiResponse.ok(WireObject.create().put("siteId", site).put("results", entries.byKey()));
    }

    private static ProductChange change(JsonBody body) {
        JsonBody p = body.at("productDetail");
        JsonBody c = body.at("categoryDetail");
        CategoryChange category = c.root().isMissingNode() || c.root().isNull() ? null : new CategoryChange(
                c.text("categoryId").orElse(null), c.text("categoryName").orElse(null),
                PointType.parse("categoryPointType", c.text("categoryPointType").orElse(null)),
                WireNumbers.decimal(c, "categoryPointRatio").orElse(null), c.number("categoryBonus").orElse(null),
                flag(c, "categoryBonusFlag"));
        return new ProductChange(p.text("productId").orElse(null),
                AwardBasis.parse("pointAwardType", body.text("pointAwardType").orElse(null)),
                p.text("productName").orElse(null), WireNumbers.decimal(p, "productPrice").orElse(null),
                PointType.parse("productPointType", p.text("productPointType").orElse(null)),
                WireNumbers.decimal(p, "productPointRatio").orElse(null), p.number("productBonus").orElse(null),
                flag(p, "productBonusFlag"), p.integer("productMinimumLimit").orElse(null), category);
    }

    private static Boolean flag(JsonBody body, String field) {
        return body.text(field).map(t -> switch (t.trim().toUpperCase(Locale.ROOT)) {
            case "YES", "TRUE" -> true;
            case "NO", "FALSE" -> false;
            default -> throw new InvalidField(field, "must be YES or NO, got \"" + t + "\"");
        }).orElse(null);
    }

    private static String yesNo(JsonBody body, String field) {
        Boolean value = flag(body, field);
        return value == null ? null : value ? "YES" : "NO";
    }

    private static WireObject product(String site, ProductView view) {
        Product p = view.product();
        Category c = view.category();
        return WireObject.create()
                .put("siteId", site)
                .put("productId", p.productId())
                .put("productName", p.name())
                .put("productPrice", p.price())
                .put("productPointType", p.pointType() == null ? null : p.pointType().displayName())
                .put("productMinimumLimit", p.minimumUnits())
                .put("productPointRatio", p.ratio())
                .put("bonusPoint", p.bonusPoints())
                .put("bonusFlag", p.bonusFlag() == null ? null : p.bonusFlag() ? "Yes" : "No")
                .put("categoryId", p.categoryId())
                .put("categoryName", c == null ? null : c.name())
                .put("categoryPointType", c == null || c.pointType() == null ? null : c.pointType().displayName())
                .put("categoryPointRatio", c == null ? null : c.ratio());
    }

    private static WireObject settings(ProductView view, String statusCode) {
        Product p = view.product();
        Category c = view.category();
        WireObject answer = WireObject.create()
                .put("productId", p.productId())
                .put("status", "Success")
                .put("statusCode", statusCode)
                .put("pointAwardType", p.awardBasis().displayName())
                .put("productDetail", WireObject.create()
                        .put("productId", p.productId())
                        .put("productName", p.name())
                        .put("productPrice", WireNumbers.text(p.price()))
                        .put("productPointType", p.pointType() == null ? null : p.pointType().displayName())
                        .put("productPointRatio", WireNumbers.text(p.ratio()))
                        .put("productBonus", p.bonusPoints() == null ? null : p.bonusPoints().toString())
                        .put("productBonusFlag", p.bonusFlag() == null ? null : p.bonusFlag() ? "YES" : "NO")
                        .put("productMinimumLimit", p.minimumUnits() == null ? null : p.minimumUnits().toString()));
        if (c != null) {
            answer.put("categoryDetail", WireObject.create()
                    .put("categoryId", c.categoryId())
                    .put("categoryName", c.name())
                    .put("categoryPointType", c.pointType() == null ? null : c.pointType().displayName())
                    .put("categoryPointRatio", WireNumbers.text(c.ratio()))
                    .put("categoryBonus", c.bonusPoints() == null ? null : c.bonusPoints().toString())
                    .put("categoryBonusFlag", c.bonusFlag() == null ? null : c.bonusFlag() ? "YES" : "NO"));
        }
        return answer;
    }

    private static WireObject failed(String productId, DomainException e) {
        AnnexError error = (AnnexError) ErrorResponses.of(e).body();
        return WireObject.create().put("productId", productId).put("status", "Failed")
                .put("statusCode", Integer.toString(ErrorResponses.of(e).status()))
                .put("errorCode", error.errorCode()).put("errorMessage", error.errorMessage());
    }
}
