package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.Survey;
import dev.annexkit.sdk.model.SurveyAnswer;
import dev.annexkit.sdk.model.SurveyCreateRequest;
import dev.annexkit.sdk.model.SurveyList;
import dev.annexkit.sdk.model.SurveyOption;
import dev.annexkit.sdk.model.SurveyQuestion;
import dev.annexkit.sdk.model.SurveyQuestionType;
import dev.annexkit.sdk.model.SurveyResponse;
import dev.annexkit.sdk.model.SurveyResponseList;
import dev.annexkit.sdk.model.SurveyResponseRequest;
import dev.annexkit.sdk.model.SurveySection;
import dev.annexkit.sdk.model.SurveyStatus;
import dev.annexkit.sdk.model.SurveyUpdateRequest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import dev.annexkit.sdk.service.SurveyService.ListSurveyResponsesParams;
import dev.annexkit.sdk.service.SurveyService.ListSurveysParams;

@AnnexCloudMock(seed = Seed.DEMO)
class SurveyAcceptanceTest {

    static final String ADA = "ada@example.com";

    static void enrol(AnnexCloudClient client, String id) {
        client.users().createMember(new MemberCreateRequest().id(id).email(id));
    }

    static SurveyCreateRequest storeExperience(String id, SurveyStatus status) {
        return new SurveyCreateRequest().surveyId(id).surveyName("Store experience").status(status)
                .benefitPoints(50L).actionId(100)
                .sections(List.of(
                        new SurveySection().sectionId("visit").sectionTitle("Your visit").questions(List.of(
                                new SurveyQuestion().questionId("q1").questionText("How was your visit?")
                                        .type(SurveyQuestionType.RATING).required(true),
                                new SurveyQuestion().questionId("q2").questionText("Which department?")
                                        .type(SurveyQuestionType.SINGLE_CHOICE).required(true).options(List.of(
                                                new SurveyOption().optionId("shoes").optionText("Shoes"),
                                                new SurveyOption().optionId("apparel").optionText("Apparel"))))),
                        new SurveySection().sectionId("more").questions(List.of(
                                new SurveyQuestion().questionId("q4").questionText("Comments?")
                                        .type(SurveyQuestionType.TEXT)))));
    }

    static SurveyResponseRequest answers(String member, int rating, String option) {
        return new SurveyResponseRequest().id(member).answers(List.of(
                new SurveyAnswer().questionId("q1").rating(rating),
                new SurveyAnswer().questionId("q2").optionIds(List.of(option))));
    }

    @Nested
    class Definitions {

        @Test
        void createReadUpdateListAndDelete(AnnexCloudClient client) {
            Survey created = client.surveys().createSurvey(storeExperience("S-1", SurveyStatus.ACTIVE));
            client.surveys().createSurvey(storeExperience("S-2", null));

            assertThat(created.getSurveyId()).isEqualTo("S-1");
            assertThat(created.getResponseCount()).isZero();
            assertThat(created.getSections().get(0).getQuestions().get(0).getMaxRating()).isEqualTo(5);
            assertThat(client.surveys().getSurvey("S-2").getStatus()).isEqualTo(SurveyStatus.DRAFT);

            Survey updated = client.surveys().updateSurvey("S-2", new SurveyUpdateRequest().benefitPoints(75L)
                    .status(SurveyStatus.ACTIVE));
            assertThat(updated.getBenefitPoints()).isEqualTo(75L);
            assertThat(updated.getSurveyName()).isEqualTo("Store experience");

            SurveyList all = client.surveys().listSurveys();
            assertThat(all.getSurveys()).extracting(Survey::getSurveyId).containsExactly("S-2", "S-1");
            assertThat(client.surveys().listSurveys(ListSurveysParams.builder().status(SurveyStatus.INACTIVE).page(1).limit(10).build()).getTotal()).isZero();

            assertThat(client.surveys().deleteSurvey("S-1").getStatus()).isEqualTo("Success");
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.surveys().getSurvey("S-1"));
        }

        @Test
        void aTakenIdIsAConflictAndABadStructureNamesTheField(AnnexCloudClient client) {
            client.surveys().createSurvey(storeExperience("S-1", SurveyStatus.ACTIVE));

            assertApiError(ConflictException.class, 409, "AC1006",
                    () -> client.surveys().createSurvey(storeExperience("S-1", SurveyStatus.ACTIVE)));
            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> client.surveys().createSurvey(new SurveyCreateRequest().surveyName("x").sections(List.of(
                            new SurveySection().questions(List.of(new SurveyQuestion().questionText("Pick")
                                    .type(SurveyQuestionType.MULTIPLE_CHOICE)
                                    .options(List.of(new SurveyOption().optionText("only"))))))))); 
            assertThat(e.errorMessage()).contains("sections[0].questions[0].options");
        }
    }

    @Nested
    class Responses {

        @Test
        void aCompletedResponseCreditsTheBenefitOnceWithTheSurveyOnTheTransaction(AnnexCloudClient client,
                                                                                  AnnexCloudMockServer mock) {
            enrol(client, ADA);
            client.surveys().createSurvey(storeExperience("S-1", SurveyStatus.ACTIVE));

            SurveyResponse response = client.surveys().submitSurveyResponse("S-1", answers(ADA, 4, "shoes"));

            assertThat(response.getPointsAwarded()).isEqualTo(50L);
            assertThat(response.getActivityId()).isNotBlank();
            assertThat(balancedBalance(client, ADA).getAvailablePoints()).isEqualTo(50L);
            LedgerEntry credit = mock.program().activity(ADA, PageRequest.first()).items().get(0);
            assertThat(credit.entryId()).isEqualTo(response.getActivityId());
            assertThat(credit.attributes()).containsEntry("surveyId", "S-1").containsEntry("sectionId", "visit");

            assertApiError(ConflictException.class, 409, "AC1006",
                    () -> client.surveys().submitSurveyResponse("S-1", answers(ADA, 5, "apparel")));
            assertThat(balancedBalance(client, ADA).getLifetimePoints()).isEqualTo(50L);
            assertThat(client.surveys().getSurvey("S-1").getResponseCount()).isEqualTo(1);
        }

        @Test
        void answersThatDoNotFitAreRefusedNamingTheQuestion(AnnexCloudClient client) {
            enrol(client, ADA);
            client.surveys().createSurvey(storeExperience("S-1", SurveyStatus.ACTIVE));

            InvalidRequestException rating = assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> client.surveys().submitSurveyResponse("S-1", answers(ADA, 9, "shoes")));
            InvalidRequestException option = assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> client.surveys().submitSurveyResponse("S-1", answers(ADA, 3, "hats")));
            InvalidRequestException required = assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> client.surveys().submitSurveyResponse("S-1", new SurveyResponseRequest().id(ADA)
                            .answers(List.of(new SurveyAnswer().questionId("q4").text("hi")))));

            assertThat(rating.errorMessage()).contains("q1");
            assertThat(option.errorMessage()).contains("q2", "hats");
            assertThat(required.errorMessage()).contains("q1");
            assertThat(balancedBalance(client, ADA).getLifetimePoints()).isZero();
        }

        @Test
        void aDraftSurveyTakesNoResponsesAndSectionsLockOnceAnswered(AnnexCloudClient client) {
            enrol(client, ADA);
            client.surveys().createSurvey(storeExperience("D", null));
            client.surveys().createSurvey(storeExperience("S", SurveyStatus.ACTIVE));
            client.surveys().submitSurveyResponse("S", answers(ADA, 4, "shoes"));

            assertApiError(InvalidRequestException.class, 400, "AC1042",
                    () -> client.surveys().submitSurveyResponse("D", answers(ADA, 4, "shoes")));
            assertApiError(InvalidRequestException.class, 400, "AC1041",
                    () -> client.surveys().updateSurvey("S", new SurveyUpdateRequest()
                            .sections(storeExperience("x", null).getSections())));
        }

        @Test
        void responsesArePagedOldestFirst(AnnexCloudClient client) {
            enrol(client, ADA);
            enrol(client, "bob@example.com");
            client.surveys().createSurvey(storeExperience("S", SurveyStatus.ACTIVE));
            client.surveys().submitSurveyResponse("S", answers(ADA, 4, "shoes"));
            client.surveys().submitSurveyResponse("S", answers("bob@example.com", 2, "apparel"));

            SurveyResponseList page2 = client.surveys().listSurveyResponses("S", ListSurveyResponsesParams.builder().page(2).limit(1).build());

            assertThat(page2.getTotal()).isEqualTo(2);
            assertThat(page2.getPages()).isEqualTo(2);
            assertThat(page2.getResponses()).extracting(SurveyResponse::getId).containsExactly("bob@example.com");
            assertThat(page2.getResponses().get(0).getAnswers()).hasSize(2);
            assertApiError(NotFoundException.class, 404, "AC1005",
                    () -> client.surveys().listSurveyResponses("nope"));
        }
    }
}
