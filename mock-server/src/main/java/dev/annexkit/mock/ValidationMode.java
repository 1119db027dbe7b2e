package dev.annexkit.mock;

import java.util.Locale;

/**
 * How strictly the mock holds traffic to the spec.
 *
 * <p>Every mode but {@link #STRICT} first tolerates what real clients send (nulls, unknown fields, numbers as
 * strings and back, a single object for an array, enum casing: see the module README), recording each
 * tolerance; the handlers always see the canonical body.
 *
 * <ul>
 *   <li>{@link #OFF}: no contract checks beyond what the handlers need (tolerance still applies, so handlers
 *       see canonical bodies).</li>
 *   <li>{@link #REQUESTS} (the default): a request that breaks the contract after tolerance is answered 400
 *       {@code AC1004} naming the field or parameter, and changes nothing.</li>
 *   <li>{@link #FULL}: requests as above, and every answer of the mock is checked too; an answer that breaks
 *       the contract is replaced by a 500 and recorded (see
 *       {@link AnnexCloudMockServer#contractViolations()}). AnnexKit's own test suite runs in this mode.</li>
 *   <li>{@link #STRICT}: as {@link #FULL}, with no tolerance: whatever the tolerance layer would have rewritten
 *       is refused with 400 {@code AC1004} naming the field, for teams that keep their own client canonical.</li>
 * </ul>
 */
public enum ValidationMode {
    OFF, REQUESTS, FULL, STRICT;

    /** System property that sets the default mode, e.g. {@code -Dannexkit.mock.validation=full} in a build. */
    public static final String PROPERTY = "annexkit.mock.validation";

    /** The mode named by {@link #PROPERTY}, or {@link #REQUESTS}. */
    public static ValidationMode fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? REQUESTS : parse(value);
    }

    /** Parses {@code off}, {@code requests}, {@code full} or {@code strict}, case-insensitively. */
    public static ValidationMode parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown validation mode '" + name + "': use off, requests, full or strict", e);
        }
    }

    /** Whether requests are checked. */
    public boolean checksRequests() {
        return this != OFF;
    }

    /** Whether answers are checked. */
    public boolean checksResponses() {
        return this == FULL || this == STRICT;
    }

    /** Whether what real clients send is rewritten into canonical form (and recorded) rather than refused. */
    public boolean tolerates() {
        return this != STRICT;
    }
}
