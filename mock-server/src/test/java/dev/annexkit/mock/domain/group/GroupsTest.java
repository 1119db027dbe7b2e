package dev.annexkit.mock.domain.group;

import static dev.annexkit.mock.domain.LedgerInvariant.assertBalanced;
import static dev.annexkit.mock.domain.LedgerInvariant.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.kernel.Ids;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.ManualClock;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.GroupNotActive;
import dev.annexkit.mock.domain.error.GroupNotFound;
import dev.annexkit.mock.domain.error.GroupRedemptionNotAllowed;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.InvitationNotFound;
import dev.annexkit.mock.domain.error.MemberAlreadyInGroup;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.NotGroupMember;
import dev.annexkit.mock.domain.error.NotGroupOwner;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.ledger.PointsOutcome;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.receipt.Receipt;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GroupsTest {

    static final String OWNER = "owner@x.com";
    static final String KID = "kid@x.com";
    static final String AUNT = "aunt@x.com";
    static final String STRANGER = "stranger@x.com";

    private final ManualClock clock = new ManualClock(Instant.parse("2024-08-08T07:00:12Z"));
    private final LoyaltyProgram program = new LoyaltyProgram(clock, Ids.sequential(), ProgramSettings.noExpiry());
    private final Groups groups = program.groups();

    GroupsTest() {
        program.defineAction(Action.active(100, "Manual", 0));
        program.defineAction(Action.active(102, "Review", 50));
        program.defineAction(Action.active(300, "Group redemption", 0));
        for (String id : List.of(OWNER, KID, AUNT, STRANGER)) {
            program.enroll(NewMember.of(id, null));
            program.points(PointsCommand.credit(id, 100, 1_000));
        }
    }

    private Group household(GroupConfig config, String... members) {
        return groups.create(OWNER, "Household",
                java.util.Arrays.stream(members).map(m -> new NewGroupMember(m, null)).toList(), config).group();
    }

    private PointBalance groupBalance(String groupId) {
        return assertBalanced(groups.balance(groupId), "group " + groupId);
    }

    /**
     * Each side balanced, and every point that moved under action 160 left one ledger and reached the other:
     * the group's 160 credits are the members' 160 debits, the group's 160 debits the members' 160 credits.
     */
    private void assertConserved(Group g) {
        groupBalance(g.groupId());
        long membersOut = 0;
        long membersIn = 0;
        for (String id : List.of(OWNER, KID, AUNT, STRANGER)) {
            member(program, id);
            for (LedgerEntry e : program.activity(id, PageRequest.of(1, 100)).items()) {
                if (e.actionId() == GroupActions.GROUP_TRANSFER) {
                    if (e.activity() == Activity.DEBIT) {
                        membersOut += e.points();
                    } else {
                        membersIn += e.points();
                    }
                }
            }
        }
        long groupIn = 0;
        long groupOut = 0;
        for (LedgerEntry e : groups.activity(g.groupId(), PageRequest.of(1, 100)).items()) {
            if (e.actionId() == GroupActions.GROUP_TRANSFER) {
                if (e.activity() == Activity.CREDIT) {
                    groupIn += e.points();
                } else {
                    groupOut += e.points();
                }
            }
        }
        assertThat(groupIn).as("group 160 credits = member 160 debits").isEqualTo(membersOut);
        assertThat(groupOut).as("group 160 debits = member 160 credits").isEqualTo(membersIn);
    }

    private void assertRefusedUnchanged(ThrowingCallable call, Class<? extends DomainException> type, String groupId) {
        PointBalance owner = program.balance(OWNER);
        PointBalance kid = program.balance(KID);
        PointBalance group = groupId == null ? null : groups.balance(groupId);
        assertThatThrownBy(call).isInstanceOf(type);
        assertThat(program.balance(OWNER)).isEqualTo(owner);
        assertThat(program.balance(KID)).isEqualTo(kid);
        if (groupId != null) {
            assertThat(groups.balance(groupId)).isEqualTo(group);
        }
    }

    @Nested
    class Create {

        @Test
        void theCreatorOwnsTheGroupAndListedMembersJoinOrFailOneByOne() {
            Group other = groups.create(AUNT, "Book club", List.of(), null).group();

            GroupCreation created = groups.create(OWNER, "Household", List.of(new NewGroupMember(KID, null),
                    new NewGroupMember(AUNT, GroupRole.MEMBER), new NewGroupMember("ghost", null),
                    new NewGroupMember(STRANGER, GroupRole.OWNER)), new GroupConfig(true, RedemptionPermission.ALL));

            Group g = created.group();
            assertThat(g.groupId()).matches("\\d+").isNotEqualTo(other.groupId());
            assertThat(g.ownerId()).isEqualTo(OWNER);
            assertThat(g.status()).isEqualTo(GroupStatus.ACTIVE);
            assertThat(g.config()).isEqualTo(new GroupConfig(true, RedemptionPermission.ALL));
            assertThat(g.members()).extracting(GroupMembership::memberId, GroupMembership::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(OWNER, GroupRole.OWNER),
                            org.assertj.core.groups.Tuple.tuple(KID, GroupRole.MEMBER));
            assertThat(created.results()).extracting(MemberAddResult::memberId, MemberAddResult::success)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(KID, true),
                            org.assertj.core.groups.Tuple.tuple(AUNT, false),
                            org.assertj.core.groups.Tuple.tuple("ghost", false),
                            org.assertj.core.groups.Tuple.tuple(STRANGER, false));
            assertThat(created.results().get(1).message()).contains("another group");
            assertThat(groups.groupOf(KID).orElseThrow().group().groupId()).isEqualTo(g.groupId());
        }

        @Test
        void aCreatorAlreadyInAGroupIsAConflict() {
            household(null, KID);
            assertThatThrownBy(() -> groups.create(KID, "Mine", List.of(), null))
                    .isInstanceOf(MemberAlreadyInGroup.class).hasMessageContaining(KID);
            assertThatThrownBy(() -> groups.create("ghost", "Mine", List.of(), null))
                    .isInstanceOf(MemberNotFound.class);
            assertThatThrownBy(() -> groups.create(AUNT, " ", List.of(), null))
                    .isInstanceOf(MissingField.class).hasMessageContaining("groupName");
        }

        @Test
        void withoutGroupLevelPermissionsTheSiteDefaultApplies() {
            groups.configure(new GroupSettings(false, false, new GroupConfig(false, RedemptionPermission.ALL)));
            Group g = household(new GroupConfig(true, RedemptionPermission.OWNER));
            assertThat(g.config()).isEqualTo(new GroupConfig(false, RedemptionPermission.ALL));
        }
    }

    @Nested
    class Update {

        @Test
        void onlyTheOwnerChangesNameStatusAndConfiguration() {
            Group g = household(null, KID);

            assertThatThrownBy(() -> groups.update(g.groupId(), new GroupChange(KID, "Mine", null, false, null, null)))
                    .isInstanceOf(NotGroupOwner.class).hasMessageContaining(KID);
            GroupView v = groups.update(g.groupId(), new GroupChange(OWNER, "Family", GroupStatus.INACTIVE, false,
                    true, RedemptionPermission.ALL));

            assertThat(v.group().name()).isEqualTo("Family");
            assertThat(v.group().status()).isEqualTo(GroupStatus.INACTIVE);
            assertThat(v.group().config()).isEqualTo(new GroupConfig(true, RedemptionPermission.ALL));
            assertThat(v.group().members()).hasSize(2);
            assertThatThrownBy(() -> groups.update("999", new GroupChange(OWNER, "x", null, false, null, null)))
                    .isInstanceOf(GroupNotFound.class);
        }

        @Test
        void dissolvingReleasesTheMembersKeepsThePointsAndIsFinal() {
            Group g = household(null, KID);
            program.points(PointsCommand.debit(KID, GroupActions.GROUP_TRANSFER, 300).withGroupId(g.groupId()));

            GroupView v = groups.update(g.groupId(), new GroupChange(OWNER, null, null, true, null, null));

            assertThat(v.group().status()).isEqualTo(GroupStatus.DELETED);
            assertThat(v.group().members()).isEmpty();
            assertThat(groups.groupOf(KID)).isEmpty();
            assertThat(groupBalance(g.groupId()).available()).isEqualTo(300);
            assertThat(groups.create(KID, "Kid's own", List.of(), null).group().ownerId()).isEqualTo(KID);
            assertThatThrownBy(() -> groups.update(g.groupId(), new GroupChange(OWNER, "again", GroupStatus.ACTIVE,
                    false, null, null))).isInstanceOf(GroupNotActive.class);
            assertRefusedUnchanged(() -> program.points(PointsCommand.debit(OWNER, GroupActions.GROUP_TRANSFER, 1)
                    .withGroupId(g.groupId())), NotGroupMember.class, g.groupId());
        }
    }

    @Nested
    class Invitations {

        @Test
        void whenAcceptanceIsRequiredMembersArePendingUntilTheyAccept() {
            groups.configure(GroupSettings.DEFAULT.withInvitationAcceptanceRequired(true));
            Group g = household(null);
            Group other = groups.create(AUNT, "Book club", List.of(), null).group();
            clock.advance(java.time.Duration.ofHours(1));
            groups.invite(AUNT, other.groupId(), List.of(new NewGroupMember(KID, null)));
            clock.advance(java.time.Duration.ofHours(1));

            List<MemberAddResult> results = groups.invite(OWNER, g.groupId(), List.of(new NewGroupMember(KID, null),
                    new NewGroupMember(KID, null), new NewGroupMember(AUNT, null)));

            assertThat(results).extracting(MemberAddResult::success).containsExactly(true, false, false);
            assertThat(results.get(0).invitation().status()).isEqualTo(InvitationStatus.PENDING);
            assertThat(results.get(0).invitation().invitedBy()).isEqualTo(OWNER);
            assertThat(groups.group(g.groupId()).group().members()).hasSize(1);
            assertThat(groups.invitations(KID, PageRequest.first()).items())
                    .extracting(v -> v.invitation().groupId(), InvitationView::groupName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(g.groupId(), "Household"),
                            org.assertj.core.groups.Tuple.tuple(other.groupId(), "Book club"));

            InvitationView accepted = groups.respond(KID, g.groupId(), InvitationStatus.ACCEPTED);

            assertThat(accepted.invitation().status()).isEqualTo(InvitationStatus.ACCEPTED);
            assertThat(groups.group(g.groupId()).group().membership(KID)).isPresent();
            assertThatThrownBy(() -> groups.respond(KID, other.groupId(), InvitationStatus.ACCEPTED))
                    .isInstanceOf(MemberAlreadyInGroup.class);
            assertThat(groups.respond(KID, other.groupId(), InvitationStatus.DECLINED).invitation().status())
                    .isEqualTo(InvitationStatus.DECLINED);
            assertThat(groups.invitations(KID, PageRequest.first()).total()).isZero();
            assertThatThrownBy(() -> groups.respond(KID, g.groupId(), InvitationStatus.ACCEPTED))
                    .isInstanceOf(InvitationNotFound.class);
        }

        @Test
        void withoutAcceptanceInvitedMembersJoinAtOnce() {
            Group g = household(null);
            List<MemberAddResult> results = groups.invite(null, g.groupId(), List.of(new NewGroupMember(KID, null),
                    new NewGroupMember(OWNER, null)));
            assertThat(results).extracting(MemberAddResult::success).containsExactly(true, false);
            assertThat(results.get(1).message()).contains("this group");
            assertThat(results.get(0).invitation()).isNull();
            assertThat(groups.group(g.groupId()).group().membership(KID)).isPresent();
        }

        @Test
        void onlyTheOwnerInvitesAndOnlyIntoAnActiveGroup() {
            Group g = household(null, KID);
            assertThatThrownBy(() -> groups.invite(KID, g.groupId(), List.of(new NewGroupMember(AUNT, null))))
                    .isInstanceOf(NotGroupOwner.class);
            groups.update(g.groupId(), new GroupChange(OWNER, null, GroupStatus.INACTIVE, false, null, null));
            assertThatThrownBy(() -> groups.invite(OWNER, g.groupId(), List.of(new NewGroupMember(AUNT, null))))
                    .isInstanceOf(GroupNotActive.class);
            assertThat(groups.groupOf(AUNT)).isEmpty();
        }
    }

    @Nested
    class GroupPoints {

        @Test
        void action160MovesPointsBetweenAMemberAndTheGroupKeepingBothLedgersConsistent() {
            Group g = household(null, KID);

            PointsOutcome in = program.points(PointsCommand.debit(KID, GroupActions.GROUP_TRANSFER, 400)
                    .withGroupId(g.groupId()));
            PointsOutcome out = program.points(PointsCommand.credit(OWNER, GroupActions.GROUP_TRANSFER, 150)
                    .withGroupId(g.groupId()));

            assertThat(in.balance().available()).isEqualTo(600);
            assertThat(in.groupBalance().available()).isEqualTo(400);
            assertThat(in.entry().attributes()).containsEntry("groupId", g.groupId());
            assertThat(out.balance().available()).isEqualTo(1_150);
            assertThat(out.groupBalance().available()).isEqualTo(250);
            assertThat(member(program, KID).used()).isEqualTo(400);
            assertThat(groupBalance(g.groupId())).isEqualTo(new PointBalance(250, 150, 0, 400, 0, 0));
            assertThat(groups.group(g.groupId()).balance().available()).isEqualTo(250);
            assertConserved(g);
        }

        @Test
        void transfersAreRefusedWithoutMembershipOrEnoughPointsAndChangeNothing() {
            Group g = household(null, KID);
            assertRefusedUnchanged(() -> program.points(PointsCommand.debit(AUNT, GroupActions.GROUP_TRANSFER, 1)
                    .withGroupId(g.groupId())), NotGroupMember.class, g.groupId());
            assertRefusedUnchanged(() -> program.points(PointsCommand.debit(KID, GroupActions.GROUP_TRANSFER, 1_001)
                    .withGroupId(g.groupId())), InsufficientPoints.class, g.groupId());
            assertRefusedUnchanged(() -> program.points(PointsCommand.credit(OWNER, GroupActions.GROUP_TRANSFER, 1)
                    .withGroupId(g.groupId())), InsufficientPoints.class, g.groupId());
            assertRefusedUnchanged(() -> program.points(PointsCommand.debit(KID, GroupActions.GROUP_TRANSFER, 1)
                    .withGroupId("404")), GroupNotFound.class, g.groupId());
            groups.update(g.groupId(), new GroupChange(OWNER, null, GroupStatus.INACTIVE, false, null, null));
            assertRefusedUnchanged(() -> program.points(PointsCommand.debit(KID, GroupActions.GROUP_TRANSFER, 1)
                    .withGroupId(g.groupId())), GroupNotActive.class, g.groupId());
            assertConserved(g);
        }

        @Test
        void takingFromTheGroupFollowsItsRedemptionPermission() {
            Group g = household(null, KID);
            program.points(PointsCommand.debit(OWNER, GroupActions.GROUP_TRANSFER, 500).withGroupId(g.groupId()));

            assertRefusedUnchanged(() -> program.points(PointsCommand.credit(KID, GroupActions.GROUP_TRANSFER, 100)
                    .withGroupId(g.groupId())), GroupRedemptionNotAllowed.class, g.groupId());
            assertRefusedUnchanged(() -> program.points(PointsCommand.debit(KID, 300, 100)
                    .withGroupId(g.groupId())), GroupRedemptionNotAllowed.class, g.groupId());

            groups.update(g.groupId(), new GroupChange(OWNER, null, null, false, null, RedemptionPermission.ALL));
            program.points(PointsCommand.credit(KID, GroupActions.GROUP_TRANSFER, 100).withGroupId(g.groupId()));
            assertThat(member(program, KID).available()).isEqualTo(1_100);
            assertConserved(g);
        }

        @Test
        void aDebitWithAGroupIdSpendsTheGroupsPointsNotTheMembers() {
            Group g = household(null, KID);
            program.points(PointsCommand.debit(KID, GroupActions.GROUP_TRANSFER, 500).withGroupId(g.groupId()));

            PointsOutcome spent = program.points(PointsCommand.debit(OWNER, 300, 200).withGroupId(g.groupId()));

            assertThat(spent.groupBalance().available()).isEqualTo(300);
            assertThat(spent.entry().attributes()).containsEntry("memberId", OWNER);
            assertThat(member(program, OWNER).available()).isEqualTo(1_000);
            assertThat(groupBalance(g.groupId())).isEqualTo(new PointBalance(300, 200, 0, 500, 0, 0));
            assertRefusedUnchanged(() -> program.points(PointsCommand.debit(OWNER, 300, 301)
                    .withGroupId(g.groupId())), InsufficientPoints.class, g.groupId());
            assertRefusedUnchanged(() -> program.points(PointsCommand.credit(OWNER, 100, 5)
                    .withGroupId(g.groupId())), InvalidField.class, g.groupId());
            assertConserved(g);
        }

        @Test
        void action8055MovesPointsBetweenTwoMembersOfTheSameGroup() {
            Group g = household(null, KID);

            PointsOutcome out = program.points(PointsCommand.debit(OWNER, GroupActions.MEMBER_TRANSFER, 250)
                    .withTransferToId(KID));

            assertThat(out.entry().attributes()).containsEntry("transferToId", KID);
            assertThat(member(program, OWNER).available()).isEqualTo(750);
            assertThat(member(program, KID).available()).isEqualTo(1_250);
            LedgerEntry received = program.activity(KID, PageRequest.first()).items().get(0);
            assertThat(received.attributes()).containsEntry("transferFromId", OWNER)
                    .containsEntry("transferOf", out.entry().entryId());
            assertRefusedUnchanged(() -> program.points(PointsCommand.debit(OWNER, GroupActions.MEMBER_TRANSFER, 1)
                    .withTransferToId(STRANGER)), NotGroupMember.class, g.groupId());
            assertRefusedUnchanged(() -> program.points(PointsCommand.debit(OWNER, GroupActions.MEMBER_TRANSFER, 1)),
                    MissingField.class, g.groupId());
            assertRefusedUnchanged(() -> program.points(PointsCommand.credit(OWNER, GroupActions.MEMBER_TRANSFER, 1)
                    .withTransferToId(KID)), InvalidField.class, g.groupId());
            assertRefusedUnchanged(() -> program.points(PointsCommand.debit(STRANGER, GroupActions.MEMBER_TRANSFER, 1)
                    .withTransferToId(KID)), NotGroupMember.class, g.groupId());
            assertRefusedUnchanged(() -> program.points(PointsCommand.debit(KID, GroupActions.MEMBER_TRANSFER, 5_000)
                    .withTransferToId(OWNER)), InsufficientPoints.class, g.groupId());
            assertConserved(g);
        }

        @Test
        void withAutoTransferEveryEarnedPointRollsUpToTheGroup() {
            Group g = household(new GroupConfig(true, RedemptionPermission.OWNER), KID);

            PointsOutcome earned = program.points(PointsCommand.award(KID, 102));
            Receipt r = program.receipts().submitUrl(KID, "https://x.com/r.png");
            program.receipts().approve(r.submissionId(), 30);

            assertThat(earned.balance().available()).isEqualTo(1_000);
            PointBalance kid = member(program, KID);
            assertThat(kid.lifetime()).isEqualTo(1_080);
            assertThat(kid.available()).isEqualTo(1_000);
            assertThat(groupBalance(g.groupId()).available()).isEqualTo(80);
            assertThat(program.balance(STRANGER).available()).isEqualTo(1_000);
            assertConserved(g);

            groups.update(g.groupId(), new GroupChange(OWNER, null, null, false, false, null));
            program.points(PointsCommand.award(KID, 102));
            assertThat(member(program, KID).available()).isEqualTo(1_050);
            assertThat(groupBalance(g.groupId()).available()).isEqualTo(80);
        }
    }
}
