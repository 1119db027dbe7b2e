package dev.annexkit.mock.domain.issuance;

import dev.annexkit.mock.domain.error.InvalidField;
import java.util.Arrays;

/**
 * What a call does to an issuance, with the status label it is spelled as on the wire: {@code SHIP} and
 * {@code HOLD} come with a create or replace, the Title Case ones with a status update.
 */
public enum IssuanceEvent {
    SHIP("SHIP", false, false),
    HOLD("HOLD", false, false),
    RETURN("Return", true, false),
    PARTIAL_RETURN("Partial Return", true, true),
    PARTIAL_CANCEL("Partial Cancel", false, true),
    FULL_CANCEL("Full Cancel", false, false);

    private final String label;
    private final boolean isReturn;
    private final boolean partial;

    IssuanceEvent(String label, boolean isReturn, boolean partial) {
        this.label = label;
        this.isReturn = isReturn;
        this.partial = partial;
    }

    public String label() {
        return label;
    }

    /** A return (full or partial) rather than a cancel; meaningless for SHIP and HOLD. */
    public boolean isReturn() {
        return isReturn;
    }

    /** Takes back only the points the request names. */
    public boolean partial() {
        return partial;
    }

    /** Whether the event is a return or a cancel (a status update) rather than a create/replace status. */
    public boolean reverses() {
        return this != SHIP && this != HOLD;
    }

    /** The event spelled {@code label} (exactly, as documented); anything else names the field. */
    public static IssuanceEvent parse(String field, String label) {
        return Arrays.stream(values()).filter(e -> e.label.equals(label)).findFirst()
                .orElseThrow(() -> new InvalidField(field, "unknown status \"" + label + "\"; one of "
                        + Arrays.stream(values()).map(IssuanceEvent::label).toList()));
    }
}
