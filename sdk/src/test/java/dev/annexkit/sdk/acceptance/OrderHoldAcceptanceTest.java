package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static dev.annexkit.sdk.acceptance.OrdersAcceptanceTest.change;
import static dev.annexkit.sdk.acceptance.OrdersAcceptanceTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.order.OrderHoldPolicy;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.OrderCreateRequest;
import dev.annexkit.sdk.model.OrderResponse;
import dev.annexkit.sdk.model.OrderUpdateResponse;
import dev.annexkit.sdk.model.OrderUpdateStatus;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.YesNoFlag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** tags-B §2.3's hold table ("Order Item Ship Date = 2 days", a 140-point order), on a server holding order points. */
class OrderHoldAcceptanceTest {

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final String ADA = "ada@example.com";

    AnnexCloudMockServer mock;
    AnnexCloudClient client;

    @BeforeEach
    void startServer() {
        mock = AnnexCloudMockServer.builder().seed(Seed.DEMO)
                .clock(Clock.fixed(START, ZoneOffset.UTC))
                .settings(ProgramSettings.noExpiry().withOrderHold(OrderHoldPolicy.daysAfterShip(2)))
                .start();
        client = AnnexCloudClient.builder().baseUrl(mock.baseUrl())
                .siteId(mock.credentials().siteId()).siteName(mock.credentials().siteName())
                .secret(mock.credentials().secret())
                .clock(Clock.fixed(START, ZoneOffset.UTC)).tokenLifetime(Duration.ofDays(3_650))
                .build();
        client.users().createMember(new MemberCreateRequest().id(ADA).email(ADA));
    }

    @AfterEach
    void stopServer() {
        mock.stop();
    }

    OrderResponse create140(String orderId, YesNoFlag disregard) {
        return client.orders().createOrder(new OrderCreateRequest().id(orderId).userId(ADA)
                .disregardHoldPeriod(disregard)
                .orderDetail(List.of(line("A", 1, "100"), line("B", 4, "10"))));
    }

    void assertHeld(OrderUpdateResponse response, long awarded, long onHold) {
        assertThat(response.getPointsAwarded()).as("pointsAwarded").isEqualTo(awarded);
        assertThat(response.getPointsOnHold()).as("pointsOnHold").isEqualTo(onHold);
        assertThat(balancedBalance(client, ADA).getHoldPoints()).isEqualTo(onHold);
    }

    @Test
    void createShipReturnFollowTheReferenceTable() {
        OrderResponse created = create140("H1", null);
        assertThat(created.getPointsAwarded()).isZero();
        assertThat(created.getPointsOnHold()).isEqualTo(140L);

        assertHeld(change(client, "H1", OrderUpdateStatus.SHIP, line("A", 1, "100")), 0, 140);
        assertApiError(InvalidRequestException.class, 400, "AC1030",
                () -> change(client, "H1", OrderUpdateStatus.RETURN, line("B", 1, "10")));
        assertHeld(change(client, "H1", OrderUpdateStatus.SHIP), 0, 140);
        assertHeld(change(client, "H1", OrderUpdateStatus.RETURN, line("B", 1, "10")), 0, 130);
        assertHeld(change(client, "H1", OrderUpdateStatus.RETURN), 0, 0);
        PointBalance balance = balancedBalance(client, ADA);
        assertThat(balance.getLifetimePoints()).isZero();
    }

    @Test
    void partialThenFullCancelVoidTheHeldPoints() {
        create140("H2", null);
        assertHeld(change(client, "H2", OrderUpdateStatus.CANCEL, line("B", 1, "10")), 0, 130);
        assertHeld(change(client, "H2", OrderUpdateStatus.CANCEL), 0, 0);
    }

    @Test
    void heldPointsAreReleasedTwoDaysAfterShipping() {
        create140("H3", null);
        mock.clock().advance(Duration.ofDays(10));
        assertThat(balancedBalance(client, ADA).getHoldPoints()).isEqualTo(140L);
        change(client, "H3", OrderUpdateStatus.SHIP);
        mock.clock().advance(Duration.ofDays(2));
        PointBalance balance = balancedBalance(client, ADA);
        assertThat(balance.getAvailablePoints()).isEqualTo(140L);
        assertThat(balance.getHoldPoints()).isZero();
    }

    @Test
    void disregardHoldPeriodReleasesAtOnce() {
        OrderResponse created = create140("H4", YesNoFlag.YES);
        assertThat(created.getPointsAwarded()).isEqualTo(140L);
        assertThat(created.getUpdatedAvailablePoints()).isEqualTo(140L);
    }
}
