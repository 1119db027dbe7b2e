package dev.annexkit.mock.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ProgramFixture;
import dev.annexkit.mock.domain.campaign.Campaign;
import dev.annexkit.mock.domain.campaign.CampaignRule;
import dev.annexkit.mock.domain.error.MemberBlocklisted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders earn through the same program rules as every other credit: campaigns multiply, the blocklist bars. */
class OrderRulesFromOtherAreasTest {

    private final ProgramFixture f = ProgramFixture.noExpiry();
    private final LoyaltyProgram program = f.program;

    @Test
    void aRunningPurchaseMultiplierCampaignMultipliesEveryLine() {
        f.enroll("ada");
        program.campaigns().define(new Campaign("7", "Double purchases", null, null, null, null,
                ProgramFixture.START.minusSeconds(60), ProgramFixture.START.plusSeconds(86_400), null, null, true,
                CampaignRule.multiply(new BigDecimal("2"), 109), List.of(), f.clock.instant(), f.clock.instant()));

        OrderView view = program.orders().create(NewOrder.of("SO1", "ada",
                List.of(LineRequest.of("A", 1, "100"), LineRequest.of("B", 2, "50"))));

        assertThat(view.pointsAwarded()).isEqualTo(2 * (100 + 2 * 50));
        f.assertInvariant("ada");
    }

    @Test
    void aCampaignOutsideItsWindowDoesNotApply() {
        f.enroll("ada");
        program.campaigns().define(new Campaign("8", "Last year", null, null, null, null,
                Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2023-12-31T00:00:00Z"), null, null, true,
                CampaignRule.multiply(new BigDecimal("3"), 109), List.of(), f.clock.instant(), f.clock.instant()));

        assertThat(program.orders().create(NewOrder.of("SO1", "ada", List.of(LineRequest.of("A", 1, "100"))))
                .pointsAwarded()).isEqualTo(100);
    }

    @Test
    void aBlocklistedMemberCannotEarnFromAnOrderAndNothingIsBooked() {
        f.enroll("ada");
        program.blocklist().block(List.of("ada"), List.of(), "admin@example.com");

        assertThatThrownBy(() -> program.orders().create(NewOrder.of("SO1", "ada", List.of(LineRequest.of("A", 1, "100")))))
                .isInstanceOf(MemberBlocklisted.class);
        assertThat(f.assertInvariant("ada").lifetime()).isZero();
        assertThatThrownBy(() -> program.orders().order("SO1")).isInstanceOf(dev.annexkit.mock.domain.error.OrderNotFound.class);
    }
}
