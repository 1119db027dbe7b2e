package dev.annexkit.mock.wiremock.tolerance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rule {@link ToleranceRule#NULL_MEMBER}: Jackson's default writes every unset DTO field as {@code null} (the
 * SAP connector does so on every write); such a member means "not sent" and is dropped, at any depth, unless the
 * schema allows null there. Nulls inside arrays are left to validation: they are values, not unset fields.
 */
final class NullMembers {

    private NullMembers() {
    }

    /** Whether a member with this value is dropped; {@code shape} is null for a member the schema does not name. */
    static boolean dropped(JsonNode value, Shape shape) {
        return value.isNull() && (shape == null || !shape.nullable());
    }
}
