package dev.annexkit.sdk.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.annexkit.sdk.model.PointsRequest;
import org.junit.jupiter.api.Test;

class PointsRequestsTest {

    static JsonObject wire(PointsRequest request) {
        return JsonParser.parseString(request.toJson()).getAsJsonObject();
    }

    @Test
    void awardByActionCreditsTheActionsConfiguredPoints() {
        assertThat(wire(PointsRequests.awardByAction("ada", 42)).toString())
                .isEqualTo("{\"id\":\"ada\",\"actionId\":42,\"activity\":\"CREDIT\"}");
    }

    @Test
    void manualCreditAndDebitUseAction100() {
        assertThat(wire(PointsRequests.manualCredit("ada", 250, "Welcome")).toString())
                .isEqualTo("{\"id\":\"ada\",\"actionId\":100,\"activity\":\"CREDIT\",\"credit\":250,\"reason\":\"Welcome\"}");
        assertThat(wire(PointsRequests.manualDebit("ada", 50, "Fix")).toString())
                .isEqualTo("{\"id\":\"ada\",\"actionId\":100,\"activity\":\"DEBIT\",\"debit\":50,\"reason\":\"Fix\"}");
    }

    @Test
    void redemptionsDebit() {
        assertThat(wire(PointsRequests.redeemReward("ada", "FREE-SHIPPING")).toString())
                .isEqualTo("{\"id\":\"ada\",\"actionId\":107,\"activity\":\"DEBIT\",\"rewardId\":\"FREE-SHIPPING\"}");
        assertThat(wire(PointsRequests.redeemCustomPoints("ada", 300, 20, "Donation")).toString())
                .isEqualTo("{\"id\":\"ada\",\"actionId\":300,\"activity\":\"DEBIT\",\"debit\":20,\"reason\":\"Donation\"}");
    }

    @Test
    void groupTransfersUseAction160AndTheGroup() {
        JsonObject toGroup = wire(PointsRequests.transferToGroup("ada", "91", 10));
        JsonObject fromGroup = wire(PointsRequests.transferFromGroup("ada", "91", 10));

        assertThat(toGroup.toString()).contains("\"actionId\":160", "\"activity\":\"DEBIT\"", "\"debit\":10", "\"groupId\":\"91\"");
        assertThat(fromGroup.toString()).contains("\"actionId\":160", "\"activity\":\"CREDIT\"", "\"credit\":10");
    }

    @Test
    void memberTransferCarriesTheReceiverAsAnAdditionalField() {
        JsonObject transfer = wire(PointsRequests.transferToMember("ada", "bob", 10));

        assertThat(transfer.get("actionId").getAsInt()).isEqualTo(8055);
        assertThat(transfer.get("transferToId").getAsString()).isEqualTo("bob");
    }

    @Test
    void furtherFieldsChainOntoTheResult() {
        assertThat(wire(PointsRequests.manualCredit("ada", 1, null).customId("c-1")).get("customId").getAsString())
                .isEqualTo("c-1");
    }

    @Test
    void pointsMustBePositive() {
        assertThatThrownBy(() -> PointsRequests.manualDebit("ada", 0, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
