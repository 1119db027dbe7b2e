package dev.annexkit.mock.wiremock.tolerance;

/**
 * Rule {@link ToleranceRule#UNKNOWN_FIELD}: the real service ignores fields it does not know ({@code id} in a
 * member PATCH, {@code email} on a coupon claim), so a member the schema does not allow is dropped before
 * validation. What the schema allows is never dropped: named properties, keyed maps
 * ({@code additionalProperties}, e.g. numbered bulk keys), free-form objects, any branch of a oneOf.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    /** Whether {@code name} is unknown to the object's schema (and so dropped). */
    static boolean unknown(Shape.Obj object, String name) {
        return object.member(name) == null;
    }
}
