package dev.annexkit.mock.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ProgramFixture;
import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.action.ActionSeries;
import dev.annexkit.mock.domain.blocklist.BlockEntryType;
import dev.annexkit.mock.domain.campaign.Campaign;
import dev.annexkit.mock.domain.campaign.CampaignRule;
import dev.annexkit.mock.domain.campaign.MemberCampaignView;
import dev.annexkit.mock.domain.campaign.Milestone;
import dev.annexkit.mock.domain.error.BlocklistEntryNotFound;
import dev.annexkit.mock.domain.error.DuplicateRecord;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MemberBlocklisted;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.reward.RewardSource;
import dev.annexkit.mock.domain.segment.MemberUpdate;
import dev.annexkit.mock.domain.segment.Segment;
import dev.annexkit.mock.domain.segment.SegmentCriteria;
import dev.annexkit.mock.domain.segment.SegmentDraft;
import dev.annexkit.mock.domain.segment.SegmentStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EngagementTest {

    private final ProgramFixture f = ProgramFixture.demo();
    private final LoyaltyProgram program = f.program;

    @Nested
    class Blocklisting {

        @Test
        void aBlockedMemberCanNeitherEarnNorRedeemAndNothingChanges() {
            f.enrollWith("ada", 1_000);
            program.blocklist().block(List.of("ada"), List.of(), "admin@x.io");

            assertThatThrownBy(() -> program.points(PointsCommand.credit("ada", 100, 10)))
                    .isInstanceOf(MemberBlocklisted.class).hasMessageContaining("ada");
            assertThatThrownBy(() -> program.points(PointsCommand.redeem("ada", DemoProgram.FIVE_OFF)))
                    .isInstanceOf(MemberBlocklisted.class);
            assertThatThrownBy(() -> program.assignReward(DemoProgram.FREE_SHIPPING, "ada",
                    RewardSource.manual(null, null, null))).isInstanceOf(MemberBlocklisted.class);
            assertThat(f.assertInvariant("ada").lifetime()).isEqualTo(1_000);
            assertThat(program.reward(DemoProgram.FREE_SHIPPING).coupons().available()).isEqualTo(5);

            program.blocklist().remove("ada", null);
            program.points(PointsCommand.credit("ada", 100, 10));
            assertThat(f.assertInvariant("ada").lifetime()).isEqualTo(1_010);
        }

        @Test
        void aBlockedDomainCoversEveryMemberWithAnEmailThere() {
            program.enroll(NewMember.of("c1", "Bob@Spam.Example"));
            program.enroll(NewMember.of("eve@spam.example", null));
            program.enroll(NewMember.of("ok", "ok@fine.example"));
            program.blocklist().block(List.of(), List.of("SPAM.example"), null);

            assertThat(program.blocklist().isBlocked("c1")).isTrue();
            assertThat(program.blocklist().isBlocked("eve@spam.example")).isTrue();
            assertThat(program.blocklist().isBlocked("ok")).isFalse();
            assertThat(program.blocklist().list(BlockEntryType.DOMAIN, PageRequest.first()).items())
                    .extracting(e -> e.entry()).containsExactly("spam.example");
        }

        @Test
        void badEntriesAreRejectedAndNothingIsStored() {
            assertThatThrownBy(() -> program.blocklist().block(List.of(DemoProgram.DEMO_MEMBER), List.of("nodot"), null))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("nodot");
            assertThatThrownBy(() -> program.blocklist().block(List.of("ghost"), List.of(), null))
                    .isInstanceOf(MemberNotFound.class);
            assertThat(program.blocklist().list(null, PageRequest.first()).total()).isZero();
            assertThatThrownBy(() -> program.blocklist().remove("ghost", null))
                    .isInstanceOf(BlocklistEntryNotFound.class);
        }
    }

    @Nested
    class SegmentsOverMembers {

        private Segment create(String name, List<String> listed, SegmentCriteria criteria) {
            return program.segments().create(new SegmentDraft(name, "Dynamic", LocalDate.parse("2024-01-01"),
                    LocalDate.parse("2024-12-31"), listed, null, null, null, null, criteria));
        }

        @Test
        void membersAreTheListedOnesPlusThoseMeetingEveryRule() {
            f.enrollWith("rich", 6_000);
            f.enrollWith("poor", 10);
            f.enroll("listed");
            Segment s = create("Big spenders", List.of("listed"), new SegmentCriteria(null, null,
                    new SegmentCriteria.PointsDetails(null, null, 5_000L, null, null, null), null, null));

            assertThat(program.segments().members(s.segmentId(), PageRequest.first()).items())
                    .extracting(Member::id).containsExactly("rich", "listed");
        }

        @Test
        void inactiveOrOutOfDateSegmentsHaveNoMembersAndUpdatesMerge() {
            f.enroll("a");
            f.enroll("b");
            Segment s = create("Listed", List.of("a"), null);
            Segment updated = program.segments().update(s.segmentId(), new SegmentDraft(null, null, null, null,
                    List.of("b"), MemberUpdate.ADD, null, null, null, null));
            assertThat(updated.memberIds()).containsExactly("a", "b");
            assertThat(updated.name()).isEqualTo("Listed");
            program.segments().update(s.segmentId(), new SegmentDraft(null, null, null, null, List.of("a"),
                    MemberUpdate.REMOVE, SegmentStatus.INACTIVE, null, null, null));

            assertThat(program.segments().members(s.segmentId(), PageRequest.first()).total()).isZero();
            assertThat(program.segments().list(SegmentStatus.INACTIVE, PageRequest.first()).items())
                    .extracting(Segment::memberIds).containsExactly(List.of("b"));
            f.clock.advance(Duration.ofDays(400));
            program.segments().update(s.segmentId(), new SegmentDraft(null, null, null, null, null, null,
                    SegmentStatus.ACTIVE, null, null, null));
            assertThat(program.segments().members(s.segmentId(), PageRequest.first()).total()).isZero();
        }

        @Test
        void namesAreUnique() {
            create("Same", List.of(), null);
            assertThatThrownBy(() -> create("same", List.of(), null)).isInstanceOf(DuplicateRecord.class);
        }
    }

    @Nested
    class CampaignsAndSeries {

        @Test
        void theDemoCampaignDoublesReviewsAndPaysItsMilestone() {
            f.clock.set(Instant.parse("2025-01-02T00:00:00Z"));
            f.enroll("m");
            program.points(PointsCommand.award("m", 102));
            program.points(PointsCommand.award("m", 102));

            // 2 × (50 + 50 campaign) + 40 milestone
            assertThat(f.assertInvariant("m").lifetime()).isEqualTo(240);
            MemberCampaignView view = program.campaigns().forMember("m", null, PageRequest.first()).items().get(0);
            assertThat(view.completedCredits()).isEqualTo(2);
            assertThat(view.pointsEarned()).isEqualTo(140);
            assertThat(view.milestones().get(0).completed()).isTrue();
        }

        @Test
        void outsideTheWindowOrAudienceThereIsNoBonus() {
            f.enroll("m");
            program.points(PointsCommand.award("m", 102)); // 2024: before the campaign
            assertThat(f.assertInvariant("m").lifetime()).isEqualTo(50);

            program.campaigns().define(new Campaign("9", "Gold only", null, null, null, null,
                    Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-12-31T00:00:00Z"), null, "Gold", true,
                    CampaignRule.bonus(500, 102), List.of(), f.clock.instant(), f.clock.instant()));
            assertThat(program.campaigns().bonusFor("m", 102, 50)).isZero();
            program.points(PointsCommand.credit("m", 100, 5_000));
            assertThat(program.campaigns().bonusFor("m", 102, 50)).isEqualTo(500);
            assertThat(program.campaigns().bonusFor("m", 101, 50)).isZero();
        }

        @Test
        void aMultiplierRoundsDown() {
            assertThat(CampaignRule.multiply(new BigDecimal("1.5"), 102).extraOn(33)).isEqualTo(16);
        }

        @Test
        void anActionSeriesPaysItsBonusOnceWhenCompleted() {
            f.enroll("m");
            program.points(PointsCommand.award("m", 101));
            assertThat(program.actionProgress().seriesProgress("m", 1234).completed()).isFalse();
            program.points(PointsCommand.award("m", 102));
            program.points(PointsCommand.award("m", 102));

            assertThat(program.actionProgress().seriesProgress("m", 1234).completed()).isTrue();
            assertThat(f.assertInvariant("m").lifetime()).isEqualTo(100 + 50 + 50 + 25);
        }

        @Test
        void seriesOverUnknownActionsAreRejected() {
            assertThatThrownBy(() -> program.actionProgress().defineSeries(
                    new ActionSeries(1, "x", Map.of(999, 1), 5))).hasMessageContaining("999");
            assertThat(program.action(103)).extracting(Action::cooldown).isEqualTo(Duration.ofHours(24));
        }
    }
}
