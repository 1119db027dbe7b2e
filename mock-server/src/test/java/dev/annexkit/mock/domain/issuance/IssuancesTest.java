package dev.annexkit.mock.domain.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ProgramFixture;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.IssuanceAlreadyExists;
import dev.annexkit.mock.domain.error.IssuanceClosed;
import dev.annexkit.mock.domain.error.IssuanceMemberMismatch;
import dev.annexkit.mock.domain.error.IssuanceNotFound;
import dev.annexkit.mock.domain.error.IssuancePointsReleased;
import dev.annexkit.mock.domain.error.IssuanceReversalExceeded;
import dev.annexkit.mock.domain.error.MemberBlocklisted;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IssuancesTest {

    private static final String M = "ada@example.com";
    private static final String OTHER = "bob@example.com";

    private final ProgramFixture f = ProgramFixture.noExpiry();
    private final Issuances issuances = f.program.issuances();

    IssuancesTest() {
        f.enroll(M);
        f.enroll(OTHER);
    }

    private static IssuanceDetails shipped(String orderId, long points) {
        return IssuanceDetails.of(orderId, M, 174, points, "SHIP");
    }

    private static IssuanceDetails held(String orderId, long points) {
        return IssuanceDetails.of(orderId, M, 174, points, "HOLD");
    }

    private long ledgerSize() {
        return f.entries(M).size();
    }

    @Nested
    class Create {

        @Test
        void shipCreditsTheClientsPointsOnceUnderTheRequestsAction() {
            IssuanceDetails d = new IssuanceDetails("12345", M, 174, "Web", "acdb2344", null, 500L, null, "SHIP",
                    "Regular", "2024-06-19", null, "IN12369", List.of(new IssuanceProduct("p1", "sweater", 2)));

            IssuanceView view = issuances.create(d);

            assertThat(view.pointsAwarded()).isEqualTo(500);
            assertThat(view.pointsOnHold()).isZero();
            List<LedgerEntry> entries = f.entries(M);
            assertThat(entries).hasSize(1);
            LedgerEntry credit = entries.get(0);
            assertThat(credit.activity()).isEqualTo(Activity.CREDIT);
            assertThat(credit.actionId()).isEqualTo(174);
            assertThat(credit.points()).isEqualTo(500);
            assertThat(credit.orderId()).isEqualTo("12345");
            assertThat(credit.storeId()).isEqualTo("IN12369");
            assertThat(credit.pointType()).isEqualTo("Regular");
            PointBalance b = f.assertInvariant(M);
            assertThat(b.available()).isEqualTo(500);
        }

        @Test
        void holdKeepsThePointsOnHold() {
            IssuanceView view = issuances.create(held("H1", 300));

            assertThat(view.pointsAwarded()).isZero();
            assertThat(view.pointsOnHold()).isEqualTo(300);
            PointBalance b = f.assertInvariant(M);
            assertThat(b.available()).isZero();
            assertThat(b.hold()).isEqualTo(300);
        }

        @Test
        void pointsExpireWithTheSitesExpiry() {
            ProgramFixture expiring = ProgramFixture.expiringAfter(Period.ofDays(365));
            expiring.enroll(M);
            IssuanceView view = expiring.program.issuances().create(shipped("E1", 10));
            assertThat(view.issuance().expiresAt()).isAfter(ProgramFixture.START);
        }

        @Test
        void aTakenOrderIdIsADuplicateAndBooksNothing() {
            issuances.create(shipped("D1", 100));
            assertThatThrownBy(() -> issuances.create(shipped("D1", 50))).isInstanceOf(IssuanceAlreadyExists.class)
                    .hasMessageContaining("D1");
            assertThat(f.assertInvariant(M).lifetime()).isEqualTo(100);
        }

        @Test
        void anUnknownMemberIsNotFound() {
            assertThatThrownBy(() -> issuances.create(IssuanceDetails.of("X", "nobody@example.com", 174, 5, "SHIP")))
                    .isInstanceOf(MemberNotFound.class);
        }

        @Test
        void aBlocklistedMemberIsRefusedAndNothingIsRecorded() {
            f.program.blocklist().block(List.of(M), List.of(), "test");
            assertThatThrownBy(() -> issuances.create(shipped("B1", 100))).isInstanceOf(MemberBlocklisted.class);
            assertThatThrownBy(() -> issuances.issuance("B1")).isInstanceOf(IssuanceNotFound.class);
            assertThat(ledgerSize()).isZero();
        }

        @Test
        void returnOrCancelIsNotACreateStatus() {
            assertThatThrownBy(() -> issuances.create(IssuanceDetails.of("R1", M, 174, 5, "RETURN")))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("orderStatus");
            assertThatThrownBy(() -> issuances.create(IssuanceDetails.of("R1", M, 174, -5, "SHIP")))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("orderTotalPoints");
        }
    }

    @Nested
    class Replace {

        @Test
        void anIncreaseIsCreditedAndADecreaseDebited() {
            issuances.create(shipped("P1", 500));

            assertThat(issuances.replace(shipped("P1", 600)).pointsAwarded()).isEqualTo(600);
            assertThat(f.assertInvariant(M).available()).isEqualTo(600);

            assertThat(issuances.replace(shipped("P1", 450)).pointsAwarded()).isEqualTo(450);
            PointBalance b = f.assertInvariant(M);
            assertThat(b.available()).isEqualTo(450);
            assertThat(f.entries(M).get(2).activity()).isEqualTo(Activity.DEBIT);
        }

        @Test
        void aDecreaseNeverTakesTheBalanceBelowZero() {
            issuances.create(shipped("P1", 500));
            f.program.points(dev.annexkit.mock.domain.ledger.PointsCommand.debit(M, 100, 450));

            issuances.replace(shipped("P1", 0));

            PointBalance b = f.assertInvariant(M);
            assertThat(b.available()).isZero();
        }

        @Test
        void heldPointsFollowTheNewTotalWhileHeldAndAreReleasedByShip() {
            issuances.create(held("H1", 300));
            issuances.replace(held("H1", 400));
            assertThat(f.assertInvariant(M).hold()).isEqualTo(400);
            issuances.replace(held("H1", 250));
            PointBalance b = f.assertInvariant(M);
            assertThat(b.hold()).isEqualTo(250);
            assertThat(b.lifetime()).isEqualTo(250);

            IssuanceView shipped = issuances.replace(shipped("H1", 250));

            assertThat(shipped.pointsAwarded()).isEqualTo(250);
            assertThat(shipped.pointsOnHold()).isZero();
            b = f.assertInvariant(M);
            assertThat(b.available()).isEqualTo(250);
            assertThat(b.hold()).isZero();
            assertThat(b.lifetime()).isEqualTo(250);
        }

        @Test
        void releasedPointsCannotBeHeldAgain() {
            issuances.create(shipped("P1", 100));
            long before = ledgerSize();
            assertThatThrownBy(() -> issuances.replace(held("P1", 100))).isInstanceOf(IssuancePointsReleased.class)
                    .hasMessageContaining("P1");
            assertThat(ledgerSize()).isEqualTo(before);
        }

        @Test
        void anotherMemberOrAnUnknownIssuanceIsRefused() {
            issuances.create(shipped("P1", 100));
            assertThatThrownBy(() -> issuances.replace(IssuanceDetails.of("P1", OTHER, 174, 100, "SHIP")))
                    .isInstanceOf(IssuanceMemberMismatch.class).hasMessageContaining(OTHER);
            assertThatThrownBy(() -> issuances.replace(shipped("NOPE", 100))).isInstanceOf(IssuanceNotFound.class);
        }

        @Test
        void theNewTotalCannotFallBelowWhatWasAlreadyTakenBack() {
            issuances.create(shipped("P1", 500));
            issuances.change(IssuanceChange.partial("P1", IssuanceEvent.PARTIAL_RETURN, 200));
            assertThatThrownBy(() -> issuances.replace(shipped("P1", 150)))
                    .isInstanceOf(IssuanceReversalExceeded.class);
            assertThat(issuances.replace(shipped("P1", 400)).pointsAwarded()).isEqualTo(200);
            assertThat(f.assertInvariant(M).available()).isEqualTo(200);
        }
    }

    @Nested
    class UpdateStatus {

        @Test
        void aReturnDebitsReleasedPointsUnderAction148() {
            issuances.create(shipped("R1", 500));

            IssuanceView view = issuances.change(IssuanceChange.fullReturn("R1"));

            assertThat(view.pointsAwarded()).isZero();
            assertThat(view.issuance().state()).isEqualTo(IssuanceState.RETURNED);
            assertThat(view.issuance().details().status()).isEqualTo("Return");
            LedgerEntry debit = f.entries(M).get(1);
            assertThat(debit.activity()).isEqualTo(Activity.DEBIT);
            assertThat(debit.actionId()).isEqualTo(148);
            assertThat(debit.points()).isEqualTo(500);
            assertThat(f.assertInvariant(M).available()).isZero();
        }

        @Test
        void aPartialReturnTakesBackThePointsSentAndTheLastOneClosesTheIssuance() {
            issuances.create(shipped("R1", 500));
            IssuanceView first = issuances.change(IssuanceChange.partial("R1", IssuanceEvent.PARTIAL_RETURN, 200));
            assertThat(first.pointsAwarded()).isEqualTo(300);
            assertThat(first.issuance().state()).isEqualTo(IssuanceState.RELEASED);
            assertThat(f.assertInvariant(M).available()).isEqualTo(300);

            IssuanceView last = issuances.change(IssuanceChange.partial("R1", IssuanceEvent.PARTIAL_RETURN, 300));
            assertThat(last.issuance().state()).isEqualTo(IssuanceState.RETURNED);
            assertThat(f.assertInvariant(M).available()).isZero();
        }

        @Test
        void returningMoreThanIsGrantedIsRefusedAndChangesNothing() {
            issuances.create(shipped("R1", 500));
            long before = ledgerSize();
            assertThatThrownBy(() -> issuances.change(IssuanceChange.partial("R1", IssuanceEvent.PARTIAL_RETURN,
                    501))).isInstanceOf(IssuanceReversalExceeded.class).hasMessageContaining("501");
            assertThat(ledgerSize()).isEqualTo(before);
            assertThat(issuances.issuance("R1").pointsAwarded()).isEqualTo(500);
        }

        @Test
        void productsToReverseMustBeOnTheIssuance() {
            issuances.create(new IssuanceDetails("R1", M, 174, null, null, null, 500L, null, "SHIP", null, null,
                    null, null, List.of(new IssuanceProduct("p1", "sweater", 2))));
            assertThatThrownBy(() -> issuances.change(new IssuanceChange("R1", M, IssuanceEvent.PARTIAL_CANCEL, 100L,
                    List.of(new IssuanceProduct("p2", null, 1))))).isInstanceOf(IssuanceReversalExceeded.class)
                    .hasMessageContaining("p2");
            assertThatThrownBy(() -> issuances.change(new IssuanceChange("R1", M, IssuanceEvent.PARTIAL_CANCEL, 100L,
                    List.of(new IssuanceProduct("p1", null, 3))))).isInstanceOf(IssuanceReversalExceeded.class);
            assertThat(issuances.change(new IssuanceChange("R1", M, IssuanceEvent.PARTIAL_CANCEL, 250L,
                    List.of(new IssuanceProduct("p1", null, 1)))).pointsAwarded()).isEqualTo(250);
            f.assertInvariant(M);
        }

        @Test
        void heldPointsAreVoidedNotDebited() {
            issuances.create(held("H1", 300));

            issuances.change(IssuanceChange.partial("H1", IssuanceEvent.PARTIAL_CANCEL, 100));
            PointBalance b = f.assertInvariant(M);
            assertThat(b.hold()).isEqualTo(200);
            assertThat(b.lifetime()).isEqualTo(200);
            assertThat(b.used()).isZero();

            IssuanceView cancelled = issuances.change(IssuanceChange.fullCancel("H1"));
            assertThat(cancelled.issuance().state()).isEqualTo(IssuanceState.CANCELLED);
            assertThat(cancelled.pointsOnHold()).isZero();
            b = f.assertInvariant(M);
            assertThat(b.hold()).isZero();
            assertThat(b.lifetime()).isZero();
            assertThat(f.entries(M)).filteredOn(e -> e.activity() == Activity.DEBIT).allMatch(LedgerEntry::isVoid);
        }

        @Test
        void aFullCancelOfAReleasedIssuanceDebitsEverythingLeftButNeverBelowZero() {
            issuances.create(shipped("C1", 500));
            f.program.points(dev.annexkit.mock.domain.ledger.PointsCommand.debit(M, 100, 400));

            IssuanceView view = issuances.change(IssuanceChange.fullCancel("C1"));

            assertThat(view.issuance().state()).isEqualTo(IssuanceState.CANCELLED);
            assertThat(view.issuance().details().status()).isEqualTo("Full Cancel");
            PointBalance b = f.assertInvariant(M);
            assertThat(b.available()).isZero();
        }

        @Test
        void aFullyReturnedIssuanceCannotBeCancelledOrChangedAndNothingMoves() {
            issuances.create(shipped("R1", 500));
            issuances.change(IssuanceChange.fullReturn("R1"));
            long before = ledgerSize();

            assertThatThrownBy(() -> issuances.change(IssuanceChange.fullCancel("R1")))
                    .isInstanceOf(IssuanceClosed.class).hasMessageContaining("Issuance R1 is fully returned");
            assertThatThrownBy(() -> issuances.change(IssuanceChange.fullReturn("R1")))
                    .isInstanceOf(IssuanceClosed.class);
            assertThatThrownBy(() -> issuances.replace(shipped("R1", 900))).isInstanceOf(IssuanceClosed.class);
            assertThat(ledgerSize()).isEqualTo(before);
            f.assertInvariant(M);
        }

        @Test
        void shipAndHoldAreNotStatusUpdatesAndTheMemberMustMatch() {
            issuances.create(shipped("R1", 500));
            assertThatThrownBy(() -> issuances.change(new IssuanceChange("R1", null, IssuanceEvent.SHIP, null,
                    List.of()))).isInstanceOf(InvalidField.class);
            assertThatThrownBy(() -> issuances.change(new IssuanceChange("R1", OTHER, IssuanceEvent.RETURN, null,
                    List.of()))).isInstanceOf(IssuanceMemberMismatch.class);
            assertThatThrownBy(() -> issuances.change(IssuanceChange.fullCancel("NOPE")))
                    .isInstanceOf(IssuanceNotFound.class);
        }
    }

    @Nested
    class Transitions {

        @Test
        void everyClosedStateRefusesEveryEvent() {
            for (IssuanceState closed : List.of(IssuanceState.RETURNED, IssuanceState.CANCELLED)) {
                for (IssuanceEvent e : IssuanceEvent.values()) {
                    assertThat(IssuanceTransitions.cell(closed, e).allowed()).as("%s %s", closed, e).isFalse();
                }
            }
        }

        @Test
        void partialEventsKeepTheStateWhilePointsAreLeft() {
            assertThat(IssuanceTransitions.after(IssuanceState.RELEASED, IssuanceEvent.PARTIAL_CANCEL, 1, "I"))
                    .isEqualTo(IssuanceState.RELEASED);
            assertThat(IssuanceTransitions.after(IssuanceState.HELD, IssuanceEvent.PARTIAL_RETURN, 0, "I"))
                    .isEqualTo(IssuanceState.RETURNED);
            assertThat(IssuanceTransitions.after(IssuanceState.HELD, IssuanceEvent.FULL_CANCEL, 0, "I"))
                    .isEqualTo(IssuanceState.CANCELLED);
        }
    }

    @Nested
    class Find {

        @Test
        void pagesTheMembersIssuancesNewestFirst() {
            issuances.create(shipped("A", 1));
            f.clock.advance(java.time.Duration.ofMinutes(1));
            issuances.create(shipped("B", 2));
            issuances.create(shipped("C", 3));
            issuances.create(IssuanceDetails.of("Z", OTHER, 174, 9, "SHIP"));

            Page<IssuanceView> first = issuances.find(M, null, null, PageRequest.of(1, 2));
            assertThat(first.items()).extracting(v -> v.issuance().orderId()).containsExactly("C", "B");
            assertThat(first.total()).isEqualTo(3);
            assertThat(first.pages()).isEqualTo(2);
            assertThat(issuances.find(M, M, "A", PageRequest.first()).items())
                    .extracting(v -> v.issuance().orderId()).containsExactly("A");
            assertThat(issuances.find(M, null, "Z", PageRequest.first()).items()).isEmpty();
        }

        @Test
        void aBodyUserOtherThanThePathOrAnUnknownMemberIsRefused() {
            assertThatThrownBy(() -> issuances.find(M, OTHER, null, PageRequest.first()))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("userId");
            assertThatThrownBy(() -> issuances.find("nobody@example.com", null, null, PageRequest.first()))
                    .isInstanceOf(MemberNotFound.class);
        }
    }
}
