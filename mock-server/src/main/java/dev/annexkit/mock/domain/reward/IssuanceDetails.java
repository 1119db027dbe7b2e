package dev.annexkit.mock.domain.reward;

/**
 * Who or what handed out a reward ({@code issuance_details} of the assign call).
 *
 * @param sourceType MANUAL when null
 */
public record IssuanceDetails(IssuanceSourceType sourceType, String sourceId, String sourceName, String notes) {

    public IssuanceDetails {
        if (sourceType == null) {
            sourceType = IssuanceSourceType.MANUAL;
        }
    }

    public static IssuanceDetails manual(String sourceId, String sourceName, String notes) {
        return new IssuanceDetails(IssuanceSourceType.MANUAL, sourceId, sourceName, notes);
    }
}
