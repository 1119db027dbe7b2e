package dev.annexkit.mock.domain.order;

import dev.annexkit.mock.domain.error.InvalidField;
import java.util.Locale;

/** A change to an existing order ({@code status} of PATCH /orders/{orderId}), compared case-insensitively. */
public enum OrderEvent {
    ADD("Add"),
    SHIP("ship"),
    RETURN("return"),
    CANCEL("cancel");

    private final String wireName;

    OrderEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static OrderEvent parse(String field, String text) {
        for (OrderEvent e : values()) {
            if (e.wireName.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return e;
            }
        }
        throw new InvalidField(field, "must be Add, ship, return or cancel, got \"" + text + "\"");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
