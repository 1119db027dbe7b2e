package dev.annexkit.mock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.action.ActionStatus;
import dev.annexkit.mock.domain.error.ActionNotFound;
import dev.annexkit.mock.domain.error.DuplicateTransaction;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.BulkPointsResult;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.ledger.PointsOutcome;
import dev.annexkit.mock.domain.tier.Tier;
import dev.annexkit.mock.domain.tier.TierStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PointsTest {

    private final ProgramFixture f = ProgramFixture.noExpiry();
    private final LoyaltyProgram program = f.program;

    @BeforeEach
    void setUp() {
        program.defineAction(Action.active(101, "Sign-up", 100));
        program.defineAction(Action.active(102, "Write a review", 50));
        program.defineAction(new Action(103, "Retired", 10, ActionStatus.INACTIVE));
        program.defineAction(new Action(110, "Refer a friend", 200, ActionStatus.ACTIVE, 14));
        program.defineTier(new Tier(1, "Bronze", 1, 0));
        program.defineTier(new Tier(2, "Silver", 2, 1_000));
        program.defineTier(new Tier(3, "Gold", 3, 5_000));
        f.enroll("m");
    }

    @Nested
    class Credit {

        @Test
        void manualCreditAddsAvailableAndLifetimePoints() {
            PointsOutcome out = program.points(PointsCommand.credit("m", 100, 250).withReason("Bonus"));

            assertThat(out.entry().activity()).isEqualTo(Activity.CREDIT);
            assertThat(out.entry().points()).isEqualTo(250);
            assertThat(out.entry().reason()).isEqualTo("Bonus");
            assertThat(out.entry().expiresAt()).isNull();
            assertThat(out.balance()).isEqualTo(new PointBalance(250, 0, 0, 250, 0, 0));
            f.assertInvariant("m");
        }

        @Test
        void creditWithoutPointsAwardsTheActionsConfiguredPoints() {
            PointsOutcome out = program.points(PointsCommand.award("m", 102));

            assertThat(out.entry().points()).isEqualTo(50);
            assertThat(out.entry().actionId()).isEqualTo(102);
            assertThat(f.available("m")).isEqualTo(50);
            f.assertInvariant("m");
        }

        @Test
        void creditWithoutPointsForAnActionWithoutConfiguredPointsIsRejected() {
            assertThatThrownBy(() -> program.points(PointsCommand.award("m", 100)))
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("credit"));
            assertThat(f.entries("m")).isEmpty();
        }

        @Test
        void unknownActionIsRejected() {
            assertThatThrownBy(() -> program.points(PointsCommand.award("m", 999)))
                    .isInstanceOf(ActionNotFound.class).hasMessageContaining("999");
            assertThat(f.entries("m")).isEmpty();
        }

        @Test
        void inactiveActionIsRejected() {
            assertThatThrownBy(() -> program.points(PointsCommand.award("m", 103)))
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("actionId"));
            assertThat(f.entries("m")).isEmpty();
        }

        @Test
        void unknownMemberIsRejected() {
            assertThatThrownBy(() -> program.points(PointsCommand.credit("ghost", 100, 5)))
                    .isInstanceOf(MemberNotFound.class);
        }

        @Test
        void missingOrNonPositiveFieldsAreRejected() {
            assertThatThrownBy(() -> program.points(new PointsCommand("m", null, Activity.CREDIT, 5L, null, null,
                    null, null, null, null))).isInstanceOfSatisfying(MissingField.class,
                    e -> assertThat(e.field()).isEqualTo("actionId"));
            assertThatThrownBy(() -> program.points(new PointsCommand("m", 100, null, 5L, null, null, null, null,
                    null, null))).isInstanceOf(MissingField.class);
            assertThatThrownBy(() -> program.points(PointsCommand.credit("m", 100, 0)))
                    .isInstanceOf(InvalidField.class);
            assertThatThrownBy(() -> program.points(PointsCommand.credit("", 100, 1)))
                    .isInstanceOf(MissingField.class);
            assertThat(f.entries("m")).isEmpty();
        }

        @Test
        void heldCreditIsNotSpendableUntilReleased() {
            PointsOutcome out = program.points(PointsCommand.award("m", 110));

            assertThat(out.entry().releaseAt()).isEqualTo(ProgramFixture.START.plus(Duration.ofDays(14)));
            assertThat(out.balance().hold()).isEqualTo(200);
            assertThat(out.balance().available()).isZero();
            assertThatThrownBy(() -> program.points(PointsCommand.debit("m", 100, 1)))
                    .isInstanceOf(InsufficientPoints.class);
            f.assertInvariant("m");

            f.clock.advance(Duration.ofDays(14));

            assertThat(program.balance("m")).isEqualTo(new PointBalance(200, 0, 0, 200, 0, 0));
            program.points(PointsCommand.debit("m", 100, 200));
            f.assertInvariant("m");
        }
    }

    @Nested
    class Debit {

        @Test
        void manualDebitMovesPointsFromAvailableToUsed() {
            program.points(PointsCommand.credit("m", 100, 500));

            PointsOutcome out = program.points(PointsCommand.debit("m", 100, 120));

            assertThat(out.entry().activity()).isEqualTo(Activity.DEBIT);
            assertThat(out.balance()).isEqualTo(new PointBalance(380, 120, 0, 500, 0, 0));
            f.assertInvariant("m");
        }

        @Test
        void debitingMoreThanBalanceIsRejectedAndLeavesBalanceUnchanged() {
            program.points(PointsCommand.credit("m", 100, 100));
            PointBalance before = f.assertInvariant("m");

            assertThatThrownBy(() -> program.points(PointsCommand.debit("m", 100, 101)))
                    .isInstanceOfSatisfying(InsufficientPoints.class, e -> {
                        assertThat(e.requested()).isEqualTo(101);
                        assertThat(e.available()).isEqualTo(100);
                    });
            assertThat(program.balance("m")).isEqualTo(before);
            assertThat(f.entries("m")).hasSize(1);
        }

        @Test
        void debitWithoutPointsOrRewardIsRejected() {
            program.points(PointsCommand.credit("m", 100, 100));

            assertThatThrownBy(() -> program.points(new PointsCommand("m", 100, Activity.DEBIT, null, null, null,
                    null, null, null, null))).isInstanceOfSatisfying(MissingField.class,
                    e -> assertThat(e.field()).isEqualTo("debit"));
            assertThat(f.available("m")).isEqualTo(100);
        }
    }

    @Nested
    class CustomId {

        @Test
        void repeatingACustomIdWithTheSameActionIsADuplicateAndChangesNothing() {
            program.points(PointsCommand.credit("m", 100, 10).withCustomId("gadget01"));

            assertThatThrownBy(() -> program.points(PointsCommand.credit("m", 100, 10).withCustomId("gadget01")))
                    .isInstanceOf(DuplicateTransaction.class).hasMessageContaining("gadget01");
            assertThat(f.available("m")).isEqualTo(10);
            f.assertInvariant("m");
        }

        @Test
        void theSameCustomIdIsFineWithAnotherActionOrMember() {
            f.enroll("other");
            program.points(PointsCommand.credit("m", 100, 10).withCustomId("c1"));
            program.points(PointsCommand.award("m", 102).withCustomId("c1"));
            program.points(PointsCommand.credit("other", 100, 10).withCustomId("c1"));

            assertThat(f.available("m")).isEqualTo(60);
            assertThat(f.available("other")).isEqualTo(10);
        }
    }

    @Nested
    class Tiers {

        @Test
        void creditCrossingAThresholdReportsPreviousAndUpdatedTier() {
            PointsOutcome first = program.points(PointsCommand.credit("m", 100, 900));
            assertThat(first.tierChanged()).isFalse();
            assertThat(first.previousTier()).isNull();

            PointsOutcome second = program.points(PointsCommand.credit("m", 100, 100));

            assertThat(second.tierChanged()).isTrue();
            assertThat(second.previousTier().name()).isEqualTo("Bronze");
            assertThat(second.updatedTier().name()).isEqualTo("Silver");
        }

        @Test
        void spendingPointsDoesNotDemote() {
            program.points(PointsCommand.credit("m", 100, 1_200));

            PointsOutcome out = program.points(PointsCommand.debit("m", 100, 1_000));

            assertThat(out.tierChanged()).isFalse();
            assertThat(program.tierStatus("m").current().name()).isEqualTo("Silver");
        }

        @Test
        void tierStatusNamesNeighboursAndDistance() {
            program.points(PointsCommand.credit("m", 100, 1_200));

            TierStatus status = program.tierStatus("m");

            assertThat(status.current().name()).isEqualTo("Silver");
            assertThat(status.previous().name()).isEqualTo("Bronze");
            assertThat(status.next().name()).isEqualTo("Gold");
            assertThat(status.pointsToNextTier()).isEqualTo(3_800);
        }

        @Test
        void firstTierReachedFromNoTierIsReportedAsAChange() {
            LoyaltyProgram bare = ProgramFixture.noExpiry().program;
            bare.defineTier(new Tier(9, "Member", 1, 10));
            bare.enroll(dev.annexkit.mock.domain.member.NewMember.of("x", null));

            PointsOutcome out = bare.points(PointsCommand.credit("x", 100, 10));

            assertThat(out.tierChanged()).isTrue();
            assertThat(out.previousTier()).isNull();
            assertThat(out.updatedTier().name()).isEqualTo("Member");
        }
    }

    @Nested
    class Bulk {

        @Test
        void eachEntrySucceedsOrFailsOnItsOwn() {
            List<BulkPointsResult> results = program.bulkPoints(java.util.Arrays.asList(
                    PointsCommand.credit("m", 100, 100),
                    PointsCommand.debit("m", 100, 1_000),
                    PointsCommand.credit("ghost", 100, 5),
                    PointsCommand.award("m", 102),
                    null));

            assertThat(results).hasSize(5);
            assertThat(((BulkPointsResult.Rejected) results.get(4)).error()).isInstanceOf(MissingField.class);
            assertThat(results.get(0)).isInstanceOf(BulkPointsResult.Applied.class);
            assertThat(((BulkPointsResult.Rejected) results.get(1)).error()).isInstanceOf(InsufficientPoints.class);
            assertThat(((BulkPointsResult.Rejected) results.get(2)).error()).isInstanceOf(MemberNotFound.class);
            assertThat(((BulkPointsResult.Applied) results.get(3)).outcome().balance().available()).isEqualTo(150);
            assertThat(f.available("m")).isEqualTo(150);
            f.assertInvariant("m");
        }
    }

    @Nested
    class ActivityHistory {

        @Test
        void activityListsEntriesNewestFirstWithPaging() {
            for (int i = 1; i <= 12; i++) {
                program.points(PointsCommand.credit("m", 100, i));
            }

            Page<LedgerEntry> first = program.activity("m", PageRequest.of(1, 5));
            Page<LedgerEntry> last = program.activity("m", PageRequest.of(3, 5));

            assertThat(first.items()).extracting(LedgerEntry::points).containsExactly(12L, 11L, 10L, 9L, 8L);
            assertThat(first.total()).isEqualTo(12);
            assertThat(first.pages()).isEqualTo(3);
            assertThat(last.items()).extracting(LedgerEntry::points).containsExactly(2L, 1L);
            assertThat(program.activity("m", PageRequest.of(4, 5)).items()).isEmpty();
        }

        @Test
        void entryIdsComeFromTheIdGenerator() {
            PointsOutcome out = program.points(PointsCommand.credit("m", 100, 1));

            assertThat(out.entry().entryId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }
}
