package dev.annexkit.mock.domain.reward;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reward definition (Rewards V2): what a member can get, for how many points, and who may get it.
 *
 * @param type                  free text, e.g. "Reward" or "External Reward"
 * @param subType               free text, e.g. "Coupon Based", "Fixed Amount Discount"
 * @param sequence              display order on the member dashboard
 * @param issuanceSourceTypes   how the reward may be handed out; MANUAL when none given
 * @param pointsPrice           points debited on redemption or assignment (0 = free)
 * @param value                 monetary value, if the reward has one
 * @param eligibility           rule groups; empty = everyone is eligible
 * @param transactionAttributes copied onto every debit entry the reward causes
 * @param couponBased           whether every redemption hands out one code from the reward's pool
 * @param createdAt             set by the program when first defined
 * @param modifiedAt            set by the program on every (re)definition
 */
public record Reward(
        String rewardId,
        String displayId,
        String name,
        String type,
        String subType,
        RewardStatus status,
        String categoryId,
        String categoryName,
        String description,
        String terms,
        int sequence,
        String imageUrl,
        long pointsPrice,
        BigDecimal value,
        Set<IssuanceSourceType> issuanceSourceTypes,
        List<RuleGroup> eligibility,
        Map<String, String> transactionAttributes,
        boolean couponBased,
        Instant createdAt,
        Instant modifiedAt) {

    public Reward {
        if (rewardId == null || rewardId.isBlank()) {
            throw new MissingField("rewardId");
        }
        if (name == null || name.isBlank()) {
            throw new MissingField("name");
        }
        if (status == null) {
            throw new MissingField("status");
        }
        if (pointsPrice < 0) {
            throw new InvalidField("pointsPrice", "must not be negative, was " + pointsPrice);
        }
        issuanceSourceTypes = issuanceSourceTypes == null || issuanceSourceTypes.isEmpty()
                ? Set.of(IssuanceSourceType.MANUAL) : Set.copyOf(issuanceSourceTypes);
        eligibility = eligibility == null ? List.of() : List.copyOf(eligibility);
        transactionAttributes = transactionAttributes == null ? Map.of() : Map.copyOf(transactionAttributes);
    }

    /** Starts a definition with the required fields; everything else has a neutral default. */
    public static Builder builder(String rewardId, String name, long pointsPrice) {
        return new Builder(rewardId, name, pointsPrice);
    }

    /** The same definition with the program-managed timestamps replaced. */
    public Reward stamped(Instant created, Instant modified) {
        return new Reward(rewardId, displayId, name, type, subType, status, categoryId, categoryName, description,
                terms, sequence, imageUrl, pointsPrice, value, issuanceSourceTypes, eligibility,
                transactionAttributes, couponBased, created, modified);
    }

    /** Fluent construction for seeding and tests, where most of the twenty fields are irrelevant. */
    public static final class Builder {
        private final String rewardId;
        private final String name;
        private final long pointsPrice;
        private String displayId;
        private String type = "Reward";
        private String subType;
        private RewardStatus status = RewardStatus.LIVE;
        private String categoryId;
        private String categoryName;
        private String description;
        private String terms;
        private int sequence;
        private String imageUrl;
        private BigDecimal value;
        private Set<IssuanceSourceType> sources = EnumSet.of(IssuanceSourceType.MANUAL);
        private List<RuleGroup> eligibility = List.of();
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private boolean couponBased;

        private Builder(String rewardId, String name, long pointsPrice) {
            this.rewardId = rewardId;
            this.name = name;
            this.pointsPrice = pointsPrice;
        }

        public Builder displayId(String v) { displayId = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder subType(String v) { subType = v; return this; }
        public Builder status(RewardStatus v) { status = v; return this; }
        public Builder category(String id, String categoryName) {
            this.categoryId = id;
            this.categoryName = categoryName;
            return this;
        }
        public Builder description(String v) { description = v; return this; }
        public Builder terms(String v) { terms = v; return this; }
        public Builder sequence(int v) { sequence = v; return this; }
        public Builder imageUrl(String v) { imageUrl = v; return this; }
        public Builder value(BigDecimal v) { value = v; return this; }
        public Builder issuanceSources(Set<IssuanceSourceType> v) { sources = v; return this; }
        public Builder eligibility(RuleGroup... groups) { eligibility = List.of(groups); return this; }
        public Builder attribute(String key, String v) { attributes.put(key, v); return this; }
        public Builder couponBased(boolean v) { couponBased = v; return this; }

        public Reward build() {
            return new Reward(rewardId, displayId, name, type, subType, status, categoryId, categoryName,
                    description, terms, sequence, imageUrl, pointsPrice, value, sources, eligibility, attributes,
                    couponBased, null, null);
        }
    }
}
