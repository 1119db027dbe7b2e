package dev.annexkit.mock.wiremock.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.ProgramSeed;
import dev.annexkit.mock.domain.ProgramSnapshot;
import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.action.ActionStatus;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.domain.reward.RewardStatus;
import dev.annexkit.mock.domain.tier.Tier;
import dev.annexkit.mock.wiremock.handlers.MemberWire;
import dev.annexkit.mock.wiremock.http.Json;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.WireFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the admin API's JSON seed (format in the mock-server README) into a {@link ProgramSeed}, or a state
 * export into the {@link ProgramSnapshot} it describes. Every problem is an {@link InvalidField} naming the item,
 * e.g. {@code rewards[1]}, or the unknown key, e.g. {@code membres}.
 *
 * @see #parse(String)
 */
public final class SeedJson {

    /**
     * What a seed text holds: either a seed proper (the optional built-in program it goes on top of,
     * {@code none} by default or {@code demo}, and the data to load) or a whole saved state (a state export),
     * which then replaces everything and {@code seed} is empty.
     */
    public record Document(String base, ProgramSeed seed, ProgramSnapshot state) {

        /** True when the text was a state export rather than a seed. */
        public boolean isState() {
            return state != null;
        }
    }

    private SeedJson() {
    }

    /** Parses seed text. */
    public static Document parse(String json) {
        JsonNode root;
        try {
            root = Json.parse(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new InvalidField("seed", "is not well-formed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidField("seed", "must be a JSON object");
        }
        if (StateDocument.looksLikeState(root)) {
            return new Document("none", new ProgramSeed(null, null, null, null, null, null),
                    StateDocument.read(root, json));
        }
        SeedKeys.check(root);
        JsonBody body = new JsonBody(root);
        Map<String, List<String>> coupons = new LinkedHashMap<>();
        List<Reward> rewards = list(root, "rewards", item -> {
            Reward reward = reward(item);
            JsonNode codes = item.root().path("coupons");
            if (!codes.isMissingNode() && !codes.isNull()) {
                coupons.put(reward.rewardId(), texts(codes, "coupons"));
            }
            return reward;
        });
        List<NewMember> members = list(root, "members", MemberWire::newMember);
        List<PointsCommand> credits = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            long points = new JsonBody(root.path("members").get(i)).number("points").orElse(0L);
            if (points > 0) {
                credits.add(PointsCommand.credit(members.get(i).id(), 100, points).withReason("Seed opening balance"));
            }
        }
        credits.addAll(list(root, "credits", SeedJson::credit));
        return new Document(body.text("base").orElse("none"),
                new ProgramSeed(list(root, "actions", SeedJson::action), list(root, "tiers", SeedJson::tier),
                        rewards, coupons, members, credits), null);
    }

    private static <T> List<T> list(JsonNode root, String field, Function<JsonBody, T> reader) {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidField(field, "must be an array");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                throw new InvalidField(field + "[" + i + "]", "must be an object");
            }
            try {
                items.add(reader.apply(new JsonBody(node.get(i))));
            } catch (DomainException e) {
                throw new InvalidField(field + "[" + i + "]", e.getMessage());
            }
        }
        return items;
    }

    private static Action action(JsonBody b) {
        return new Action(b.integer("actionId").orElseThrow(() -> new MissingField("actionId")),
                b.text("name").orElse(null), b.number("points").orElse(0L),
                b.text("status").map(t -> WireFormat.enumValue("status", t, ActionStatus.class, Enum::name))
                        .orElse(ActionStatus.ACTIVE),
                b.integer("holdDays").orElse(0));
    }

    private static Tier tier(JsonBody b) {
        return new Tier(b.integer("tierId").orElseThrow(() -> new MissingField("tierId")),
                b.text("name").orElse(null), b.integer("level").orElseThrow(() -> new MissingField("level")),
                b.number("pointsThreshold").orElse(null), decimal(b, "spendThreshold"));
    }

    private static Reward reward(JsonBody b) {
        Reward.Builder r = Reward.builder(b.text("rewardId").orElse(null), b.text("name").orElse(null),
                b.number("points").orElse(0L));
        b.text("status").ifPresent(t -> r.status(
                WireFormat.enumValue("status", t, RewardStatus.class, RewardStatus::displayName)));
        b.text("displayId").ifPresent(r::displayId);
        b.text("type").ifPresent(r::type);
        b.text("subType").ifPresent(r::subType);
        b.text("description").ifPresent(r::description);
        b.text("terms").ifPresent(r::terms);
        b.text("imageUrl").ifPresent(r::imageUrl);
        b.integer("sequence").ifPresent(r::sequence);
        if (b.has("categoryId") || b.has("categoryName")) {
            r.category(b.text("categoryId").orElse(null), b.text("categoryName").orElse(null));
        }
        BigDecimal value = decimal(b, "value");
        if (value != null) {
            r.value(value);
        }
        b.textMap("transactionAttributes").forEach(r::attribute);
        JsonNode couponBased = b.root().path("couponBased");
        if (!couponBased.isMissingNode() && !couponBased.isNull()) {
            if (!couponBased.isBoolean()) {
                throw new InvalidField("couponBased", "must be true or false");
            }
            r.couponBased(couponBased.asBoolean());
        }
        return r.build();
    }

    private static PointsCommand credit(JsonBody b) {
        Activity activity = b.text("activity")
                .map(t -> WireFormat.enumValue("activity", t, Activity.class, Enum::name)).orElse(Activity.CREDIT);
        return new PointsCommand(b.requiredText("id"), b.integer("actionId").orElse(100), activity,
                b.number("points").orElse(null), b.text("reason").orElse(null), null, b.text("orderId").orElse(null),
                b.text("customId").orElse(null), null, b.text("pointType").orElse(null));
    }

    private static BigDecimal decimal(JsonBody b, String field) {
        JsonNode node = b.root().path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return new BigDecimal(node.asText().trim());
        } catch (NumberFormatException e) {
            throw new InvalidField(field, "must be a decimal number, got \"" + node.asText() + "\"");
        }
    }

    private static List<String> texts(JsonNode node, String field) {
        if (!node.isArray()) {
            throw new InvalidField(field, "must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        node.forEach(n -> {
            if (!n.isTextual()) {
                throw new InvalidField(field, "must be an array of strings");
            }
            values.add(n.asText());
        });
        return values;
    }
}
