package dev.annexkit.examples;

import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.SurveyAnswer;
import dev.annexkit.sdk.model.SurveyCreateRequest;
import dev.annexkit.sdk.model.SurveyOption;
import dev.annexkit.sdk.model.SurveyQuestion;
import dev.annexkit.sdk.model.SurveyQuestionType;
import dev.annexkit.sdk.model.SurveyResponse;
import dev.annexkit.sdk.model.SurveyResponseRequest;
import dev.annexkit.sdk.model.SurveySection;
import dev.annexkit.sdk.model.SurveyStatus;
import java.io.PrintStream;
import java.util.List;

/**
 * Surveys: the site publishes a short survey with a benefit (points credited by an action on completion); a
 * member answers it once and gets the points; a second response from the same member is refused.
 */
public final class SurveyBenefit {

    private SurveyBenefit() {
    }

    /** Runs the example against an in-process mock server. */
    public static void main(String[] args) {
        try (LocalMock mock = LocalMock.start()) {
            run(mock.client(), System.out);
        }
    }

    /** The example itself, against any client. Returns the member's response. */
    public static SurveyResponse run(AnnexCloudClient client, PrintStream out) {
        client.surveys().createSurvey(new SurveyCreateRequest().surveyId("VISIT-1").surveyName("Your last visit")
                .status(SurveyStatus.ACTIVE).benefitPoints(50L).actionId(100)
                .sections(List.of(new SurveySection().sectionId("visit").questions(List.of(
                        new SurveyQuestion().questionId("q1").questionText("How was your visit?")
                                .type(SurveyQuestionType.RATING).required(true),
                        new SurveyQuestion().questionId("q2").questionText("Which department?")
                                .type(SurveyQuestionType.SINGLE_CHOICE).required(true).options(List.of(
                                        new SurveyOption().optionId("shoes").optionText("Shoes"),
                                        new SurveyOption().optionId("garden").optionText("Garden"))))))));

        String member = "ines@example.com";
        client.users().createMember(new MemberCreateRequest().id(member).email(member));
        SurveyResponseRequest answers = new SurveyResponseRequest().id(member).answers(List.of(
                new SurveyAnswer().questionId("q1").rating(5),
                new SurveyAnswer().questionId("q2").optionIds(List.of("garden"))));

        SurveyResponse response = client.surveys().submitSurveyResponse("VISIT-1", answers);
        out.printf("%s answered %s and earned %d points%n", member, response.getSurveyId(),
                response.getPointsAwarded());
        try {
            client.surveys().submitSurveyResponse("VISIT-1", answers);
        } catch (ConflictException e) {
            out.printf("a second response is refused (%s)%n", e.errorCode());
        }
        out.printf("%s has %d points%n", member, client.points().getPointBalance(member).getAvailablePoints());
        return response;
    }
}
