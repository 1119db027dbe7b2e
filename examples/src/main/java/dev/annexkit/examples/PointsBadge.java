package dev.annexkit.examples;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.AnnexCloudException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.PointBalance;
import java.util.Locale;

/**
 * "Your own code": the loyalty badge a shop shows in its header. It reads the member's balance and degrades to a
 * neutral text when Annex Cloud cannot answer — exactly the kind of behaviour worth testing against the mock
 * (see {@code PointsBadgeTest} under {@code src/test}: the testing journey).
 */
public final class PointsBadge {

    private final AnnexCloudClient client;

    /**
     * @param client the application's configured client
     */
    public PointsBadge(AnnexCloudClient client) {
        this.client = client;
    }

    /**
     * The badge text for a member.
     *
     * @param memberId the member's id
     * @return e.g. {@code "1,200 points · Silver"}, {@code "Join our loyalty program"} or {@code "Points unavailable"}
     */
    public String textFor(String memberId) {
        try {
            PointBalance balance = client.points().getPointBalance(memberId);
            return String.format(Locale.ROOT, "%,d points · %s", balance.getAvailablePoints(), balance.getCurrentTier());
        } catch (NotFoundException e) {
            return "Join our loyalty program";
        } catch (AnnexCloudException e) {   // 5xx, timeouts, rate limits: never break the page over a badge
            return "Points unavailable";
        }
    }
}
