package dev.annexkit.sdk.retry;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one table of the POSTs the API de-duplicates itself: for each, the variant of the body and the key whose repeat
 * the API refuses with {@code 409 AC1006} without booking anything. A POST is retried only when it matches a row.
 * Each row is proven against the mock server's domain (which follows the API) by an acceptance test; so is each
 * variant that looks similar but is <em>not</em> de-duplicated (listed below the table).
 *
 * <table>
 *   <caption>De-duplicated POSTs</caption>
 *   <tr><th>request</th><th>variant</th><th>key</th></tr>
 *   <tr><td>{@code POST /points}</td><td>any activity, no {@code rewardId}</td>
 *       <td>{@code id} + {@code actionId} + {@code customId}</td></tr>
 *   <tr><td>{@code POST /points}</td><td>{@code CREDIT} to the member's own balance (no {@code groupId}, no
 *       {@code transferToId}, action neither 160 nor 8055), {@code retry} absent or {@code NO}</td>
 *       <td>{@code id} + {@code orderId}</td></tr>
 *   <tr><td>{@code POST /orders}</td><td>any</td><td>order {@code id}</td></tr>
 *   <tr><td>{@code POST /issuance}</td><td>any</td><td>{@code orderId}</td></tr>
 *   <tr><td>{@code POST /users}</td><td>any</td><td>member {@code id}</td></tr>
 * </table>
 *
 * <p>Not de-duplicated, so never retried without the caller's opt-in: a {@code DEBIT} with only an {@code orderId}
 * (the order id guards credits only); a reward redemption ({@code rewardId}), even with a {@code customId} (a reward
 * without a points price leaves no ledger entry to match, so a repeat hands the reward out again); a credit with
 * {@code retry: YES} (it asks the API to accept the order id again); group and member transfers with only an
 * {@code orderId}; a {@code customId} without an {@code actionId}; {@code /bulkpoints} and every PATCH.
 */
final class DeduplicationKeys {

    /** Actions whose points move between a member and a group or another member: the order-id check skips them. */
    private static final List<String> TRANSFER_ACTIONS = Arrays.asList("160", "8055");

    /** One row of the table. */
    static final class Key {
        final String path;
        final String variant;
        final String key;
        private final Predicate<JsonObject> matches;

        Key(String path, String variant, String key, Predicate<JsonObject> matches) {
            this.path = path;
            this.variant = variant;
            this.key = key;
            this.matches = matches;
        }

        @Override
        public String toString() {
            return "POST " + path + " (" + variant + ") by " + key;
        }
    }

    static final List<Key> TABLE = Collections.unmodifiableList(Arrays.asList(
            new Key("/points", "any activity, no rewardId", "id + actionId + customId",
                    body -> hasText(body, "customId") && hasText(body, "actionId") && !has(body, "rewardId")),
            new Key("/points", "CREDIT to the member's own balance, retry absent or NO", "id + orderId",
                    body -> "CREDIT".equalsIgnoreCase(text(body, "activity")) && hasText(body, "orderId")
                            && asksNoOrderIdReuse(body) && !has(body, "groupId") && !has(body, "transferToId")
                            && !TRANSFER_ACTIONS.contains(trimmed(body, "actionId"))),
            new Key("/orders", "any", "id", body -> hasText(body, "id")),
            new Key("/issuance", "any", "orderId", body -> hasText(body, "orderId")),
            new Key("/users", "any", "id", body -> hasText(body, "id"))));

    private DeduplicationKeys() {
    }

    /**
     * Finds the row a POST body matches.
     *
     * @param path the encoded URL path; its last segment names the resource
     * @param body the parsed JSON body
     * @return the matching row, or empty when the API would book a repeat again
     */
    static Optional<Key> of(String path, JsonObject body) {
        for (Key key : TABLE) {
            if (path.endsWith(key.path) && key.matches.test(body)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** {@code retry: YES} (or true) asks the API to accept an order id again; only its absence or NO keeps the key. */
    private static boolean asksNoOrderIdReuse(JsonObject body) {
        if (!body.has("retry") || body.get("retry").isJsonNull()) {
            return true;
        }
        String retry = text(body, "retry");
        return retry != null && (retry.trim().equalsIgnoreCase("NO") || retry.trim().equalsIgnoreCase("false"));
    }

    private static boolean has(JsonObject body, String name) {
        JsonElement value = body.get(name);
        return value != null && !value.isJsonNull();
    }

    private static boolean hasText(JsonObject body, String name) {
        String value = trimmed(body, name);
        return value != null && !value.isEmpty();
    }

    private static String trimmed(JsonObject body, String name) {
        String value = text(body, name);
        return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    private static String text(JsonObject body, String name) {
        JsonElement value = body.get(name);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
