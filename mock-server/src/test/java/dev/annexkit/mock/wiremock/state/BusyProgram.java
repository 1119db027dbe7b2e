package dev.annexkit.mock.wiremock.state;

import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.action.Action;
import dev.annexkit.mock.domain.action.ActionSeries;
import dev.annexkit.mock.domain.action.ActionStatus;
import dev.annexkit.mock.domain.group.NewGroupMember;
import dev.annexkit.mock.domain.issuance.IssuanceDetails;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.MergeRequest;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.order.LineRequest;
import dev.annexkit.mock.domain.order.NewOrder;
import dev.annexkit.mock.domain.order.OrderChange;
import dev.annexkit.mock.domain.order.OrderEvent;
import dev.annexkit.mock.domain.segment.SegmentDraft;
import dev.annexkit.mock.domain.store.Store;
import dev.annexkit.mock.domain.survey.Answer;
import dev.annexkit.mock.domain.survey.QuestionType;
import dev.annexkit.mock.domain.survey.SurveyDefinition;
import dev.annexkit.mock.domain.survey.SurveyQuestion;
import dev.annexkit.mock.domain.survey.SurveySection;
import dev.annexkit.mock.domain.survey.SurveyStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Activity in every area of a program on top of the demo seed, so a saved state has something everywhere. */
public final class BusyProgram {

    public static final int HELD_ACTION = 190;

    private BusyProgram() {
    }

    /** Puts activity in every area; the program must hold the demo seed. */
    public static void arrange(LoyaltyProgram p) {
        p.defineAction(new Action(HELD_ACTION, "Held review bonus", 40, ActionStatus.ACTIVE, 14));
        p.enroll(NewMember.of("ada", "ada@example.com").withName("Ada", "Lovelace"));
        p.enroll(NewMember.of("bob", "bob@example.com"));
        p.enroll(NewMember.of("dup", "dup@example.com"));
        p.enroll(NewMember.of("mallory", "mallory@example.com"));
        p.points(PointsCommand.credit("ada", 100, 2_000).withReason("Welcome"));
        p.points(PointsCommand.credit("ada", 100, 15).withCustomId("C-1"));
        p.points(PointsCommand.credit("bob", 100, 900));
        p.points(PointsCommand.award("ada", HELD_ACTION)); // on hold for 14 days
        p.points(PointsCommand.debit("ada", 100, 120));
        p.points(PointsCommand.redeem("ada", DemoProgram.FREE_SHIPPING)); // hands out a coupon code
        p.points(PointsCommand.credit("dup", 100, 30));
        p.members().merge(MergeRequest.of("bob", "dup", "agent@example.com"));
        p.members().requestDeletion(DemoProgram.DEMO_MEMBER, "dpo@example.com");
        p.orders().create(NewOrder.of("SO1", "ada", List.of(LineRequest.of("A", 2, "100"),
                LineRequest.of("B", 1, "40"))));
        p.orders().change("SO1", OrderChange.whole(OrderEvent.SHIP));
        p.orders().change("SO1", OrderChange.of(OrderEvent.RETURN, LineRequest.units("A", 1L)));
        p.issuances().create(IssuanceDetails.of("ISS-1", "bob", 174, 250, "SHIP"));
        p.issuances().create(IssuanceDetails.of("ISS-2", "bob", 174, 80, "HOLD"));
        p.stores().create(new Store("S1", "Pune central", null, null, null, null, null, "Pune", null, null));
        p.blocklist().block(List.of("mallory"), List.of("spam.example"), "admin@example.com");
        p.segments().create(new SegmentDraft("VIP", "Dynamic", LocalDate.parse("2024-01-01"),
                LocalDate.parse("2026-12-31"), List.of("ada"), null, null, null, null, null));
        p.actionProgress().defineSeries(new ActionSeries(77, "Triple", Map.of(100, 1), 10));
        String receipt = p.receipts().submitUrl("ada", "https://example.com/r1.png").submissionId();
        p.receipts().approve(receipt, 25);
        p.receipts().submitUrl("bob", "https://example.com/r2.png");
        String survey = p.surveys().create(new SurveyDefinition(null, "Quick poll", null, SurveyStatus.ACTIVE,
                null, null, null, null, List.of(new SurveySection(null, null, null, List.of(
                        new SurveyQuestion(null, "Stars?", QuestionType.RATING, false, null, null, null))))))
                .surveyId();
        p.surveys().respond(survey, "ada", List.of(Answer.rating("q1", 4)));
        p.groups().configure(p.groups().settings().withInvitationAcceptanceRequired(true));
        String group = p.groups().create("ada", "Household", List.of(), null).group().groupId();
        p.groups().invite("ada", group, List.of(new NewGroupMember("bob", null)));
    }
}
