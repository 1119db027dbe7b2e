package dev.annexkit.mock.domain.product;

import dev.annexkit.mock.domain.error.InvalidField;
import java.util.Locale;

/** Whether a product (or category) earns purchase points: by ratio, not at all, or a fixed bonus per unit. */
public enum PointType {
    YES("Yes"),
    NO("No"),
    BONUS("Bonus");

    private final String displayName;

    PointType(String displayName) {
        this.displayName = displayName;
    }

    /** The spelling of the read API: {@code Yes}, {@code No}, {@code Bonus}. */
    public String displayName() {
        return displayName;
    }

    /** Parses any case of {@code Yes}, {@code No} or {@code Bonus}; null stays null. */
    public static PointType parse(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, "must be Yes, No or Bonus, got \"" + text + "\"");
        }
    }
}
