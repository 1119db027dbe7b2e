package dev.annexkit.mock.domain.error;

/** No campaign with this id. */
public final class CampaignNotFound extends DomainException {

    public CampaignNotFound(String campaignId) {
        super("No campaign with id " + campaignId);
    }
}
