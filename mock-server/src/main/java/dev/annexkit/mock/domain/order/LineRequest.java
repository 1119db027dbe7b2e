package dev.annexkit.mock.domain.order;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A line of a new order, of an {@code Add}, or the line a ship / return / cancel acts on.
 *
 * @param quantity  units; null on ship / return / cancel = every unit of the line in the right state
 * @param unitPrice price of one unit (ignored on ship / return / cancel: the booked price counts)
 * @param echo      other fields of the line kept as sent and echoed back (e.g. {@code netPrice})
 */
public record LineRequest(String productId, String secondaryKey, Long quantity, BigDecimal unitPrice,
                          String categoryId, String categoryName, Map<String, String> echo) {

    public LineRequest {
        echo = echo == null ? Map.of() : Map.copyOf(echo);
    }

    public static LineRequest of(String productId, long quantity, String unitPrice) {
        return new LineRequest(productId, null, quantity, new BigDecimal(unitPrice), null, null, Map.of());
    }

    /** Acts on {@code quantity} units of a line (null = all). */
    public static LineRequest units(String productId, Long quantity) {
        return new LineRequest(productId, null, quantity, null, null, null, Map.of());
    }

    public LineRequest withSecondaryKey(String key) {
        return new LineRequest(productId, key, quantity, unitPrice, categoryId, categoryName, echo);
    }
}
