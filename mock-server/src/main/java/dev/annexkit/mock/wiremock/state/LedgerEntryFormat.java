package dev.annexkit.mock.wiremock.state;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import java.time.Instant;
import java.util.Map;

/**
 * How a {@link LedgerEntry} looks in a state export, as a Jackson mix-in: the fields of the record the entry
 * once was, in its component order, read back through its full constructor (so its checks apply and an error
 * names the same path). The entry is stored compactly now and is no record, so Jackson no longer finds its
 * fields by itself; this keeps the file format the domain does not know about in the adapter, unchanged.
 */
@JsonPropertyOrder({"entryId", "memberId", "actionId", "activity", "points", "reason", "rewardId", "rewardCode",
        "orderId", "customId", "storeId", "pointType", "createdAt", "expiresAt", "releaseAt", "attributes",
        "reversalOf", "heldUntilReleased"})
abstract class LedgerEntryFormat {

    @JsonCreator
    LedgerEntryFormat(@JsonProperty("entryId") String entryId, @JsonProperty("memberId") String memberId,
            @JsonProperty("actionId") int actionId, @JsonProperty("activity") Activity activity,
            @JsonProperty("points") long points, @JsonProperty("reason") String reason,
            @JsonProperty("rewardId") String rewardId, @JsonProperty("rewardCode") String rewardCode,
            @JsonProperty("orderId") String orderId, @JsonProperty("customId") String customId,
            @JsonProperty("storeId") String storeId, @JsonProperty("pointType") String pointType,
            @JsonProperty("createdAt") Instant createdAt, @JsonProperty("expiresAt") Instant expiresAt,
            @JsonProperty("releaseAt") Instant releaseAt, @JsonProperty("attributes") Map<String, String> attributes,
            @JsonProperty("reversalOf") String reversalOf,
            @JsonProperty("heldUntilReleased") boolean heldUntilReleased) {
    }

    @JsonProperty("entryId")
    abstract String entryId();

    @JsonProperty("memberId")
    abstract String memberId();

    @JsonProperty("actionId")
    abstract int actionId();

    @JsonProperty("activity")
    abstract Activity activity();

    @JsonProperty("points")
    abstract long points();

    @JsonProperty("reason")
    abstract String reason();

    @JsonProperty("rewardId")
    abstract String rewardId();

    @JsonProperty("rewardCode")
    abstract String rewardCode();

    @JsonProperty("orderId")
    abstract String orderId();

    @JsonProperty("customId")
    abstract String customId();

    @JsonProperty("storeId")
    abstract String storeId();

    @JsonProperty("pointType")
    abstract String pointType();

    @JsonProperty("createdAt")
    abstract Instant createdAt();

    @JsonProperty("expiresAt")
    abstract Instant expiresAt();

    @JsonProperty("releaseAt")
    abstract Instant releaseAt();

    @JsonProperty("attributes")
    abstract Map<String, String> attributes();

    @JsonProperty("reversalOf")
    abstract String reversalOf();

    @JsonProperty("heldUntilReleased")
    abstract boolean heldUntilReleased();
}
