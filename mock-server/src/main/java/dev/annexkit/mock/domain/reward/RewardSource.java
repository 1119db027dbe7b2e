package dev.annexkit.mock.domain.reward;

/**
 * Who or what handed out a reward ({@code issuance_details} of the assign call).
 *
 * @param sourceType MANUAL when null
 */
public record RewardSource(IssuanceSourceType sourceType, String sourceId, String sourceName, String notes) {

    public RewardSource {
        if (sourceType == null) {
            sourceType = IssuanceSourceType.MANUAL;
        }
    }

    public static RewardSource manual(String sourceId, String sourceName, String notes) {
        return new RewardSource(IssuanceSourceType.MANUAL, sourceId, sourceName, notes);
    }
}
