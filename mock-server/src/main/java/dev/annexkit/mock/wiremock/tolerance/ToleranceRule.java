package dev.annexkit.mock.wiremock.tolerance;

/**
 * The kinds of deviation from the canonical request shape that the mock tolerates, because real clients of
 * Annex Cloud send them and the real service evidently takes them. Each has a stable wire name (used in the
 * {@code X-AnnexKit-Tolerated} header and the admin report) and says what strict mode refuses.
 */
public enum ToleranceRule {
    /** A member whose value is {@code null} (Jackson's default for unset DTO fields): dropped. */
    NULL_MEMBER("null-member", "is null (strict mode: leave unset fields out)"),
    /** A property the schema does not name: dropped, as the real service ignores what it does not know. */
    UNKNOWN_FIELD("unknown-field", "is not a field of this operation (strict mode)"),
    /** A whole number written as a decimal ({@code "50.0"}, {@code 50.0}) where an integer is wanted. */
    WHOLE_DECIMAL("whole-decimal", "is a whole number written as a decimal where an integer is expected (strict mode)"),
    /** A numeric string ({@code "100"}, {@code "12.50"}) where a number is wanted. */
    STRING_TO_NUMBER("string-to-number", "is a numeric string where a number is expected (strict mode)"),
    /** A JSON number where a string is wanted ({@code discountAmount: 5}). */
    NUMBER_TO_STRING("number-to-string", "is a number where a string is expected (strict mode)"),
    /** A single object where an array of objects is wanted: wrapped in an array of one. */
    OBJECT_TO_ARRAY("object-to-array", "is an object where an array of objects is expected (strict mode)"),
    /** An enum value in other casing ({@code "add"}, {@code "ADD"}): folded to the spec's spelling. */
    ENUM_CASE("enum-case", "differs from the documented enum value only in casing (strict mode)");

    private final String wireName;
    private final String refusal;

    ToleranceRule(String wireName, String refusal) {
        this.wireName = wireName;
        this.refusal = refusal;
    }

    /** The rule's name on the wire, e.g. {@code null-member}. */
    public String wireName() {
        return wireName;
    }

    /** How strict mode describes the deviation after the field's path. */
    String refusal() {
        return refusal;
    }
}
