package dev.annexkit.mock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.reward.Reward;
import dev.annexkit.mock.domain.tier.Tier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotAndSeedTest {

    @Test
    void twoProgramsThroughTheSameCallsHaveEqualSnapshots() {
        ProgramFixture a = ProgramFixture.demo();
        ProgramFixture b = ProgramFixture.demo();
        for (ProgramFixture f : List.of(a, b)) {
            f.enrollWith("m", 700);
            f.program.points(PointsCommand.redeem("m", DemoProgram.FREE_SHIPPING));
            f.program.members().requestDeletion("m", "dpo@example.com");
        }
        assertThat(a.program.snapshot()).isEqualTo(b.program.snapshot());
    }

    @Test
    void aRejectedCallLeavesTheSnapshotEqual() {
        ProgramFixture f = ProgramFixture.demo();
        f.enrollWith("m", 100);
        ProgramSnapshot before = f.program.snapshot();

        assertThatThrownBy(() -> f.program.points(PointsCommand.redeem("m", DemoProgram.FIVE_OFF)))
                .isInstanceOf(InsufficientPoints.class);

        assertThat(f.program.snapshot()).isEqualTo(before);
    }

    @Test
    void theSnapshotHoldsEveryArea() {
        ProgramFixture f = ProgramFixture.demo();
        f.enrollWith("m", 700);
        f.program.points(PointsCommand.redeem("m", DemoProgram.FREE_SHIPPING));

        ProgramSnapshot s = f.program.snapshot();

        assertThat(s.configuration().tiers()).extracting(Tier::name).containsExactly("Bronze", "Silver", "Gold");
        assertThat(s.members().members()).extracting(m -> m.id()).containsExactly("demo@annexkit.dev", "m");
        assertThat(s.points().ledger().get("m")).hasSize(2);
        assertThat(s.rewards().couponPools()).filteredOn(c -> c.rewardId().equals(DemoProgram.FREE_SHIPPING))
                .singleElement().satisfies(c -> {
                    assertThat(c.issued()).containsExactly("SHIP-0001");
                    assertThat(c.unused()).hasSize(4);
                });
        assertThat(s.rewards().assignments()).hasSize(1);
    }

    @Test
    void aSeedLoadsConfigurationMembersAndOpeningCredits() {
        ProgramFixture f = ProgramFixture.noExpiry();
        new ProgramSeed(List.of(Action.active(101, "Sign-up", 100)), List.of(new Tier(1, "Member", 1, 0)),
                List.of(Reward.builder("R1", "Reward one", 50).couponBased(true).build()),
                Map.of("R1", List.of("CODE-1", "CODE-2")),
                List.of(NewMember.of("ada", "ada@example.com")),
                List.of(PointsCommand.credit("ada", 100, 250), PointsCommand.award("ada", 101)))
                .applyTo(f.program);

        assertThat(f.assertInvariant("ada").available()).isEqualTo(350);
        assertThat(f.program.reward("R1").coupons().available()).isEqualTo(2);
        assertThat(f.program.tiers()).extracting(Tier::name).containsExactly("Member");
    }
}
