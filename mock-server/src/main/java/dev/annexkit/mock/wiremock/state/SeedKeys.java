package dev.annexkit.mock.wiremock.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.error.InvalidField;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys a seed may hold, top level and per item. A misspelt key ({@code membres}) would otherwise be skipped
 * and seed nothing without a word; it is refused, naming every unknown key and what the place takes.
 */
final class SeedKeys {

    static final Set<String> TOP = Set.of("base", "actions", "tiers", "rewards", "members", "credits");

    private static final Map<String, Set<String>> ITEMS = Map.of(
            "actions", Set.of("actionId", "name", "points", "status", "holdDays"),
            "tiers", Set.of("tierId", "name", "level", "pointsThreshold", "spendThreshold"),
            "rewards", Set.of("rewardId", "name", "points", "status", "couponBased", "coupons", "sequence",
                    "displayId", "type", "subType", "categoryId", "categoryName", "description", "terms",
                    "imageUrl", "value", "transactionAttributes"),
            "members", Set.of("id", "email", "firstName", "lastName", "phone", "zipCode", "birthDate",
                    "anniversaryDate", "optInStatus", "optInDate", "status", "tags", "extendedAttribute", "points"),
            "credits", Set.of("id", "actionId", "points", "activity", "reason", "orderId", "customId",
                    "pointType"));

    private SeedKeys() {
    }

    /** Refuses any key of the seed, or of one of its items, that the seed format does not know. */
    static void check(JsonNode root) {
        refuseUnknown(root, TOP, "");
        for (Map.Entry<String, Set<String>> section : ITEMS.entrySet()) {
            JsonNode items = root.path(section.getKey());
            if (!items.isArray()) {
                continue; // SeedJson names the section when it is not an array
            }
            for (int i = 0; i < items.size(); i++) {
                refuseUnknown(items.get(i), section.getValue(), section.getKey() + "[" + i + "].");
            }
        }
    }

    /** Refuses the object's keys outside {@code known}; {@code prefix} places them ({@code rewards[0].}). */
    static void refuseUnknown(JsonNode object, Set<String> known, String prefix) {
        if (!object.isObject()) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                unknown.add(prefix + name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidField(String.join(", ", unknown), (unknown.size() == 1 ? "is not a key" : "are not keys")
                    + " known here; known keys: " + String.join(", ", known.stream().sorted().toList()));
        }
    }
}
