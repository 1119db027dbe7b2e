package dev.annexkit.mock.wiremock.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.ProgramSnapshot;
import dev.annexkit.mock.domain.error.InvalidField;
import java.util.Set;

/**
 * Tells a state export from a seed and reads it. An export always starts with {@code configuration}; a seed
 * never has it. So a typo in a seed's key is reported as a seed problem, and a typo in an export as an export
 * problem, each with the keys that place takes.
 */
final class StateDocument {

    /** The sections of a state export, in the order {@link StateJson} writes them. */
    static final Set<String> SECTIONS = Set.of("configuration", "settings", "members", "points", "rewards",
            "products", "orders", "stores", "blocklist", "segments", "campaigns", "actionSeries", "receipts",
            "surveys", "groups", "issuances", "idCounters");

    private StateDocument() {
    }

    static boolean looksLikeState(JsonNode root) {
        return root.has("configuration");
    }

    /** The snapshot the export describes; {@link InvalidField} naming the first unknown key or bad value. */
    static ProgramSnapshot read(JsonNode root, String json) {
        SeedKeys.refuseUnknown(root, SECTIONS, "");
        if (!root.path("settings").isObject()) {
            throw new InvalidField("settings", "a state export must have its settings section");
        }
        return StateReader.read(json);
    }
}
