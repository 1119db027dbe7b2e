package dev.annexkit.mock.domain.product;

import dev.annexkit.mock.domain.error.InvalidField;
import java.util.Locale;

/** Which settings govern a product's points ({@code pointAwardType}). */
public enum AwardBasis {
    /** The product's own settings, falling back to its category's for what it does not set. */
    PRODUCT("Product"),
    /** The category's settings only. */
    CATEGORY("Category");

    private final String displayName;

    AwardBasis(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Parses {@code Product} or {@code Category} in any case; null stays null. */
    public static AwardBasis parse(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, "must be Product or Category, got \"" + text + "\"");
        }
    }
}
