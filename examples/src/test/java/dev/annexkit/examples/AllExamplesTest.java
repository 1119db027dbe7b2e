package dev.annexkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.RewardAssignResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs every example against the in-process mock server and checks what it did to the program's state. */
@AnnexCloudMock(seed = Seed.DEMO)
class AllExamplesTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void quickstartEnrolsEarnsAndReceivesACouponReward(AnnexCloudClient client, AnnexCloudMockServer mock) {
        RewardAssignResponse assigned = Quickstart.run(client, out);

        assertThat(assigned.getRewardCode()).startsWith("SHIP-");
        assertThat(mock.program().balance("ada@example.com").available()).isEqualTo(100 + 400 - 300);
        assertThat(output()).contains("ada@example.com has 500 points available", "can afford FIVE-OFF",
                "history: FREE-SHIPPING Awarded (300 points)", "200 points left");
    }

    @Test
    void redeemAtCheckoutDebitsOnceAndExplainsTheRefusals(AnnexCloudClient client, AnnexCloudMockServer mock) {
        RedeemAtCheckout.run(client, out);

        assertThat(mock.program().balance("grace@example.com").available()).isEqualTo(100);
        assertThat(output()).contains("redeemed FIVE-OFF for 500 points, 100 left",
                "second submission refused (AC1006)", "not enough points: HTTP 400 AC1010");
    }

    @Test
    void loadCouponCodesReportsRefusedCodesAndExactPoolCounts(AnnexCloudClient client, AnnexCloudMockServer mock) {
        int total = LoadCouponCodes.run(client, out);

        assertThat(total).isEqualTo(mock.program().reward("FREE-SHIPPING").coupons().total());
        assertThat(output()).contains("refused SHIP-1002", "refused bad code!", "accepted 1 of 3");
    }

    @Test
    void everyExampleAlsoRunsFromItsMainMethod() {
        Quickstart.main(new String[0]);
        RedeemAtCheckout.main(new String[0]);
        LoadCouponCodes.main(new String[0]);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
