package dev.annexkit.mock.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ProgramFixture;
import dev.annexkit.mock.domain.error.ActionNotFound;
import dev.annexkit.mock.domain.error.DuplicateIdInBatch;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MemberAlreadyExists;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.MemberNotOptedIn;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.kernel.BatchItem;
import dev.annexkit.mock.domain.kernel.BatchResult;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MemberLifecycleTest {

    private final ProgramFixture f = ProgramFixture.demo();
    private final LoyaltyProgram program = f.program;
    private final Members members = program.members();

    private static BatchItem<NewMember> item(String id) {
        return BatchItem.of(id, NewMember.of(id, null));
    }

    @Nested
    class CreateInBulk {

        @Test
        void eachItemSucceedsOrFailsOnItsOwnInRequestOrder() {
            f.enroll("taken");
            List<BatchResult<Member>> results = members.createInBulk(List.of(item("a"), item("taken"),
                    BatchItem.of("bad", NewMember.of("bad", "not-an-email")), item("b")));

            assertThat(results).extracting(BatchResult::id).containsExactly("a", "taken", "bad", "b");
            assertThat(results.get(0)).isInstanceOf(BatchResult.Succeeded.class);
            assertThat(((BatchResult.Failed<Member>) results.get(1)).error()).isInstanceOf(MemberAlreadyExists.class);
            assertThat(((BatchResult.Failed<Member>) results.get(2)).error()).isInstanceOf(InvalidField.class);
            assertThat(program.member("a").id()).isEqualTo("a");
            assertThat(program.member("b").id()).isEqualTo("b");
            assertThatThrownBy(() -> program.member("bad")).isInstanceOf(MemberNotFound.class);
        }

        @Test
        void anUnreadableItemFailsAloneWithItsReason() {
            List<BatchResult<Member>> results = members.createInBulk(List.of(
                    BatchItem.unreadable("x", new InvalidField("birthDate", "bad")), item("y")));

            assertThat(results.get(0)).isInstanceOf(BatchResult.Failed.class);
            assertThat(results.get(1)).isInstanceOf(BatchResult.Succeeded.class);
            assertThatThrownBy(() -> program.member("x")).isInstanceOf(MemberNotFound.class);
        }

        @Test
        void anIdNamedTwiceRefusesTheWholeCallAndEnrolsNobody() {
            assertThatThrownBy(() -> members.createInBulk(List.of(item("a"), item("b"), item("a"))))
                    .isInstanceOf(DuplicateIdInBatch.class).hasMessageContaining("a");
            assertThatThrownBy(() -> program.member("b")).isInstanceOf(MemberNotFound.class);
        }

        @Test
        void emptyOverLongOrIdlessBatchesAreRefusedAsAWhole() {
            assertThatThrownBy(() -> members.createInBulk(List.of())).isInstanceOf(InvalidField.class);
            List<BatchItem<NewMember>> tooMany = IntStream.rangeClosed(1, 101).mapToObj(i -> item("m" + i)).toList();
            assertThatThrownBy(() -> members.createInBulk(tooMany)).isInstanceOf(InvalidField.class);
            assertThatThrownBy(() -> members.createInBulk(List.of(item("ok"), item(null))))
                    .isInstanceOf(MissingField.class);
            assertThatThrownBy(() -> program.member("ok")).isInstanceOf(MemberNotFound.class);
        }
    }

    @Nested
    class UpdateInBulk {

        @Test
        void knownMembersChangeAndAnUnknownIdFailsItsItemOnly() {
            f.enroll("a");
            List<BatchResult<Member>> results = members.updateInBulk(List.of(
                    BatchItem.of("a", MemberPatch.none().withFirstName("Ada")),
                    BatchItem.of("ghost", MemberPatch.none().withFirstName("Nobody"))));

            assertThat(results.get(0)).isInstanceOf(BatchResult.Succeeded.class);
            assertThat(((BatchResult.Failed<Member>) results.get(1)).error()).isInstanceOf(MemberNotFound.class);
            assertThat(program.member("a").firstName()).isEqualTo("Ada");
        }
    }

    @Nested
    class Deletion {

        @Test
        void aRequestIsQueuedForTheNext0530UtcBatchAndTheMemberStaysReadable() {
            f.enroll("gone");
            var profile = members.requestDeletion("gone", "dpo@example.com");

            assertThat(profile.pendingDeletion().requestedBy()).isEqualTo("dpo@example.com");
            assertThat(profile.pendingDeletion().scheduledAt()).isEqualTo(Instant.parse("2024-04-01T05:30:00Z"));
            assertThat(members.profile("gone").pendingDeletion()).isEqualTo(profile.pendingDeletion());
            program.points(PointsCommand.credit("gone", 100, 10));
            f.assertInvariant("gone");
        }

        @Test
        void theBatchDeletesTheMemberAndItsHistoryOnceTheClockPasses0530() {
            f.enrollWith("gone", 300);
            members.requestDeletion("gone", "dpo@example.com");

            f.clock.advance(Duration.ofHours(5).plusMinutes(29));
            assertThat(program.member("gone").id()).isEqualTo("gone");
            f.clock.advance(Duration.ofMinutes(1));

            assertThatThrownBy(() -> program.member("gone")).isInstanceOf(MemberNotFound.class);
            assertThatThrownBy(() -> program.balance("gone")).isInstanceOf(MemberNotFound.class);
            f.enroll("gone");
            assertThat(program.balance("gone").lifetime()).as("a new member of that id starts clean").isZero();
        }

        @Test
        void aRequestAfter0530WaitsForTheNextDay() {
            f.clock.advance(Duration.ofHours(6));
            f.enroll("late");
            assertThat(members.requestDeletion("late", "dpo@example.com").pendingDeletion().scheduledAt())
                    .isEqualTo(Instant.parse("2024-04-02T05:30:00Z"));
            assertThat(DeletionRequest.nextBatchAfter(Instant.parse("2024-04-02T05:30:00Z")))
                    .isEqualTo(Instant.parse("2024-04-03T05:30:00Z"));
        }

        @Test
        void askingAgainKeepsTheFirstRequest() {
            f.enroll("m");
            members.requestDeletion("m", "first@example.com");
            f.clock.advance(Duration.ofHours(1));

            assertThat(members.requestDeletion("m", "second@example.com").pendingDeletion().requestedBy())
                    .isEqualTo("first@example.com");
        }

        @Test
        void aCancelledRequestLeavesTheMemberInPlaceAfterTheBatch() {
            f.enroll("m");
            members.requestDeletion("m", "dpo@example.com");

            assertThat(members.cancelDeletion("m")).isPresent();
            f.clock.advance(Duration.ofDays(2));

            assertThat(members.profile("m").pendingDeletion()).isNull();
            assertThat(members.cancelDeletion("m")).isEmpty();
        }

        @Test
        void unknownMembersAndMissingFieldsAreRejected() {
            assertThatThrownBy(() -> members.requestDeletion("ghost", "dpo@example.com"))
                    .isInstanceOf(MemberNotFound.class);
            f.enroll("m");
            assertThatThrownBy(() -> members.requestDeletion("m", " ")).isInstanceOf(MissingField.class)
                    .hasMessageContaining("requestedBy");
            assertThat(members.pendingDeletions()).isEmpty();
            assertThatThrownBy(() -> members.cancelDeletion("ghost")).isInstanceOf(MemberNotFound.class);
        }
    }

    @Nested
    class Merge {

        @Test
        void theSecondarysPointsActivityAssignmentsAndSpendMoveAndItIsGone() {
            program.enroll(NewMember.of("p", "p@example.com").withName("Pat", null));
            program.enroll(NewMember.of("s", "s@example.com").withName("Sam", "Smith").withPhone("555")
                    .withExtendedAttributes(Map.of("store", "NYC")));
            program.points(PointsCommand.credit("p", 100, 200));
            program.points(PointsCommand.credit("s", 100, 900));
            RewardAssignment assignment = program.assignReward(DemoProgram.FIVE_OFF, "s", null);
            program.accounts().recordSpend("s", new BigDecimal("40.00"), "A-1");

            MemberMerge merge = members.merge(new MergeRequest("p", "s", "agent@example.com", "Duplicate",
                    List.of(new DuplicateActionChoice("p", 100))));

            assertThat(merge.movedEntries()).isEqualTo(2);
            assertThat(merge.movedAssignments()).isEqualTo(1);
            assertThatThrownBy(() -> program.member("s")).isInstanceOf(MemberNotFound.class);
            var balance = f.assertInvariant("p");
            assertThat(balance.lifetime()).isEqualTo(1_100);
            assertThat(balance.available()).isEqualTo(600);
            assertThat(f.entries("p")).extracting(LedgerEntry::memberId).containsOnly("p");
            assertThat(program.rewardHistory("p", null, PageRequest.first()).items())
                    .extracting(RewardAssignment::assignId).containsExactly(assignment.assignId());
            assertThat(program.accounts().standing("p").spend()).isEqualByComparingTo("40.00");
            assertThat(program.accounts().standing("p").tier().current().name()).isEqualTo("Silver");
        }

        @Test
        void emptyProfileFieldsOfThePrimaryAreFilledFromTheSecondaryOthersKept() {
            program.enroll(NewMember.of("p", "p@example.com").withName("Pat", null));
            program.enroll(NewMember.of("s", "s@example.com").withName("Sam", "Smith").withPhone("555")
                    .withExtendedAttributes(Map.of("store", "NYC")));

            members.merge(MergeRequest.of("p", "s", "agent@example.com"));

            Member p = program.member("p");
            assertThat(p.email()).isEqualTo("p@example.com");
            assertThat(p.firstName()).isEqualTo("Pat");
            assertThat(p.lastName()).isEqualTo("Smith");
            assertThat(p.phone()).isEqualTo("555");
            assertThat(p.extendedAttributes()).containsEntry("store", "NYC");
        }

        @Test
        void theMergeRecordIsReadableUnderThePrimaryNewestFirst() {
            f.enroll("p");
            f.enroll("s1");
            f.enroll("s2");
            members.merge(MergeRequest.of("p", "s1", "agent@example.com"));
            f.clock.advance(Duration.ofDays(1));
            members.merge(new MergeRequest("p", "s2", "agent@example.com", "Duplicate records", List.of()));

            Page<MemberMerge> page = members.merges("p", PageRequest.first());
            assertThat(page.items()).extracting(MemberMerge::secondaryId).containsExactly("s2", "s1");
            assertThat(page.items().get(0).reason()).isEqualTo("Duplicate records");
            assertThat(page.items().get(0).status()).isEqualTo("completed");
            assertThatThrownBy(() -> members.merges("s1", PageRequest.first())).isInstanceOf(MemberNotFound.class);
        }

        @Test
        void bothMembersMustHaveOptedInElseNothingMoves() {
            f.enrollWith("p", 100);
            program.enroll(NewMember.of("s", null).withOptIn(OptInStatus.NO, null));
            program.points(PointsCommand.credit("s", 100, 50));

            assertThatThrownBy(() -> members.merge(MergeRequest.of("p", "s", "agent@example.com")))
                    .isInstanceOf(MemberNotOptedIn.class).hasMessageContaining("s");
            assertThatThrownBy(() -> members.merge(MergeRequest.of("s", "p", "agent@example.com")))
                    .isInstanceOf(MemberNotOptedIn.class);
            assertThat(f.assertInvariant("s").lifetime()).isEqualTo(50);
            assertThat(f.assertInvariant("p").lifetime()).isEqualTo(100);
        }

        @Test
        void unknownSameOrIncompleteMergesAreRejected() {
            f.enroll("p");
            f.enroll("s");
            assertThatThrownBy(() -> members.merge(MergeRequest.of("p", "ghost", "a@example.com")))
                    .isInstanceOf(MemberNotFound.class);
            assertThatThrownBy(() -> members.merge(MergeRequest.of("p", "p", "a@example.com")))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("secondaryUID");
            assertThatThrownBy(() -> members.merge(MergeRequest.of("p", "s", null)))
                    .isInstanceOf(MissingField.class).hasMessageContaining("mergedBy");
            assertThatThrownBy(() -> members.merge(new MergeRequest("p", "s", "a@example.com", null,
                    List.of(new DuplicateActionChoice("x", 100))))).isInstanceOf(InvalidField.class);
            assertThatThrownBy(() -> members.merge(new MergeRequest("p", "s", "a@example.com", null,
                    List.of(new DuplicateActionChoice("s", 999))))).isInstanceOf(ActionNotFound.class);
            assertThat(program.member("s").id()).isEqualTo("s");
        }

        @Test
        void interleavedHistoriesStillReplayConsistently() {
            f.enrollWith("p", 100);
            f.clock.advance(Duration.ofHours(1));
            f.enrollWith("s", 500);
            program.points(PointsCommand.debit("s", 100, 450));
            f.clock.advance(Duration.ofHours(1));
            program.points(PointsCommand.debit("p", 100, 80));

            members.merge(MergeRequest.of("p", "s", "agent@example.com"));

            var b = f.assertInvariant("p");
            assertThat(b.available()).isEqualTo(70);
            assertThat(b.used()).isEqualTo(530);
        }

        @Test
        void aQueuedDeletionOfTheSecondaryGoesWithIt() {
            f.enroll("p");
            f.enroll("s");
            members.requestDeletion("s", "dpo@example.com");

            members.merge(MergeRequest.of("p", "s", "agent@example.com"));

            assertThat(members.pendingDeletions()).isEmpty();
        }
    }
}
