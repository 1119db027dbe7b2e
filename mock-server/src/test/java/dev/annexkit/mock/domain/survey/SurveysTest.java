package dev.annexkit.mock.domain.survey;

import static dev.annexkit.mock.domain.LedgerInvariant.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.kernel.Ids;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.ManualClock;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.SurveyAlreadyAnswered;
import dev.annexkit.mock.domain.error.SurveyAlreadyExists;
import dev.annexkit.mock.domain.error.SurveyClosed;
import dev.annexkit.mock.domain.error.SurveyHasResponses;
import dev.annexkit.mock.domain.error.SurveyNotFound;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.member.NewMember;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SurveysTest {

    static final Instant START = Instant.parse("2024-08-01T00:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final LoyaltyProgram program = new LoyaltyProgram(clock, Ids.sequential(), ProgramSettings.noExpiry());
    private final Surveys surveys = program.surveys();

    SurveysTest() {
        program.enroll(NewMember.of("ada", null));
        program.enroll(NewMember.of("bob", null));
    }

    static List<SurveySection> sections() {
        return List.of(
                new SurveySection("visit", "Your visit", null, List.of(
                        new SurveyQuestion("q1", "How was your visit?", QuestionType.RATING, true, null, null, null),
                        new SurveyQuestion("q2", "Which department?", QuestionType.SINGLE_CHOICE, true, List.of(
                                new SurveyOption("shoes", "Shoes"), new SurveyOption("apparel", "Apparel")),
                                null, null))),
                new SurveySection("more", "Anything else", null, List.of(
                        new SurveyQuestion("q3", "What would bring you back?", QuestionType.MULTIPLE_CHOICE, false,
                                List.of(new SurveyOption("sales", "Sales"), new SurveyOption("events", "Events"),
                                        new SurveyOption("service", "Service")), null, null),
                        new SurveyQuestion("q4", "Any other comments?", QuestionType.TEXT, false, null, null,
                                null))));
    }

    Survey active(String id, long points) {
        return surveys.create(new SurveyDefinition(id, "Store experience", null, SurveyStatus.ACTIVE, null, null,
                points, 250, sections()));
    }

    static List<Answer> valid() {
        return List.of(Answer.rating("q1", 4), Answer.choice("q2", "shoes"), Answer.choice("q3", "sales", "events"),
                Answer.text("q4", "More events"));
    }

    @Nested
    class Create {

        @Test
        void defaultsAreDraftManualActionNoPointsAndAssignedIds() {
            Survey s = surveys.create(new SurveyDefinition(null, "Quick poll", null, null, null, null, null, null,
                    List.of(new SurveySection(null, null, null, List.of(
                            new SurveyQuestion(null, "Stars?", QuestionType.RATING, false, null, null, null),
                            new SurveyQuestion(null, "Pick", QuestionType.SINGLE_CHOICE, false, List.of(
                                    new SurveyOption(null, "A"), new SurveyOption(null, "B")), null, null))))));

            assertThat(s.surveyId()).isEqualTo("SURVEY-1");
            assertThat(s.status()).isEqualTo(SurveyStatus.DRAFT);
            assertThat(s.actionId()).isEqualTo(100);
            assertThat(s.benefitPoints()).isZero();
            SurveySection section = s.sections().get(0);
            assertThat(section.sectionId()).isEqualTo("s1");
            assertThat(section.questions()).extracting(SurveyQuestion::questionId).containsExactly("q1", "q2");
            assertThat(section.questions().get(0).minRating()).isEqualTo(1);
            assertThat(section.questions().get(0).maxRating()).isEqualTo(5);
            assertThat(section.questions().get(1).options()).extracting(SurveyOption::optionId)
                    .containsExactly("o1", "o2");
        }

        @Test
        void aTakenIdIsAConflict() {
            active("S", 10);
            assertThatThrownBy(() -> active("S", 10)).isInstanceOf(SurveyAlreadyExists.class);
        }

        @Test
        void structureRulesNameTheField() {
            assertThatThrownBy(() -> surveys.create(new SurveyDefinition(null, "x", null, null, null, null, null,
                    null, List.of(new SurveySection(null, null, null, List.of(new SurveyQuestion(null, "Pick",
                    QuestionType.SINGLE_CHOICE, false, List.of(new SurveyOption(null, "only")), null, null)))))))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("sections[0].questions[0].options");
            assertThatThrownBy(() -> surveys.create(new SurveyDefinition(null, "x", null, null, null, null, null,
                    null, List.of(new SurveySection("a", null, null, List.of(
                    new SurveyQuestion("q", "A", QuestionType.TEXT, false, null, null, null),
                    new SurveyQuestion("q", "B", QuestionType.TEXT, false, null, null, null)))))))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("questionId");
            assertThatThrownBy(() -> surveys.create(new SurveyDefinition(null, "x", null, null, null, null, null,
                    null, List.of(new SurveySection("a", null, null, List.of(
                    new SurveyQuestion("q", "A", QuestionType.RATING, false, null, 5, 5)))))))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("maxRating");
            assertThatThrownBy(() -> surveys.create(new SurveyDefinition(null, "x", null, null, null, null, null,
                    null, List.of()))).isInstanceOf(MissingField.class).hasMessageContaining("sections");
            assertThatThrownBy(() -> surveys.create(new SurveyDefinition(null, " ", null, null, null, null, null,
                    null, sections()))).isInstanceOf(MissingField.class).hasMessageContaining("surveyName");
            assertThat(surveys.list(null, PageRequest.first()).total()).isZero();
        }
    }

    @Nested
    class UpdateAndDelete {

        @Test
        void changesOnlyTheFieldsGiven() {
            active("S", 50);
            clock.advance(Duration.ofDays(1));

            Survey s = surveys.update("S", new SurveyPatch(null, "new text", SurveyStatus.INACTIVE, null, null, 75L,
                    null, null));

            assertThat(s.surveyName()).isEqualTo("Store experience");
            assertThat(s.description()).isEqualTo("new text");
            assertThat(s.status()).isEqualTo(SurveyStatus.INACTIVE);
            assertThat(s.benefitPoints()).isEqualTo(75);
            assertThat(s.updatedAt()).isEqualTo(START.plus(Duration.ofDays(1)));
            assertThat(s.sections()).hasSize(2);
        }

        @Test
        void sectionsCannotBeReplacedOnceResponsesExist() {
            active("S", 0);
            surveys.respond("S", "ada", valid());

            assertThatThrownBy(() -> surveys.update("S", new SurveyPatch(null, null, null, null, null, null, null,
                    sections()))).isInstanceOf(SurveyHasResponses.class).hasMessageContaining("S");
        }

        @Test
        void deletingRemovesTheSurveyAndItsResponsesButNotThePoints() {
            active("S", 50);
            surveys.respond("S", "ada", valid());

            surveys.delete("S");

            assertThatThrownBy(() -> surveys.get("S")).isInstanceOf(SurveyNotFound.class);
            assertThatThrownBy(() -> surveys.responses("S", PageRequest.first())).isInstanceOf(SurveyNotFound.class);
            assertThat(member(program, "ada").available()).isEqualTo(50);
        }

        @Test
        void listIsNewestFirstAndFiltersByStatus() {
            active("A", 1);
            surveys.create(new SurveyDefinition("B", "Draft one", null, null, null, null, null, null, sections()));
            active("C", 1);

            assertThat(surveys.list(null, PageRequest.first()).items()).extracting(Survey::surveyId)
                    .containsExactly("C", "B", "A");
            assertThat(surveys.list(SurveyStatus.ACTIVE, PageRequest.of(1, 1)).items()).extracting(Survey::surveyId)
                    .containsExactly("C");
            assertThat(surveys.list(SurveyStatus.ACTIVE, PageRequest.of(1, 1)).total()).isEqualTo(2);
        }
    }

    @Nested
    class Respond {

        @Test
        void aCompletedResponseCreditsTheBenefitWithSurveyAndSectionOnTheEntry() {
            active("S", 50);

            SurveyResponse r = surveys.respond("S", "ada", valid());

            assertThat(r.pointsAwarded()).isEqualTo(50);
            LedgerEntry credit = program.activity("ada", PageRequest.first()).items().get(0);
            assertThat(credit.entryId()).isEqualTo(r.activityId());
            assertThat(credit.actionId()).isEqualTo(250);
            assertThat(credit.attributes()).containsEntry("surveyId", "S").containsEntry("sectionId", "visit,more")
                    .containsEntry("responseId", r.responseId());
            assertThat(member(program, "ada").lifetime()).isEqualTo(50);
            assertThat(surveys.get("S").responseCount()).isEqualTo(1);
        }

        @Test
        void onlyRequiredQuestionsNeedAnswersAndTheSectionsAreThoseAnswered() {
            active("S", 5);
            SurveyResponse r = surveys.respond("S", "ada", List.of(Answer.choice("q2", "apparel"),
                    Answer.rating("q1", 1)));
            assertThat(program.activity("ada", PageRequest.first()).items().get(0).attributes())
                    .containsEntry("sectionId", "visit");
            assertThat(r.activityId()).isNotNull();
        }

        @Test
        void aSecondResponseIsAConflictAndCreditsNothing() {
            active("S", 50);
            surveys.respond("S", "ada", valid());

            assertThatThrownBy(() -> surveys.respond("S", "ada", valid())).isInstanceOf(SurveyAlreadyAnswered.class);
            assertThat(member(program, "ada").lifetime()).isEqualTo(50);
            assertThat(surveys.get("S").responseCount()).isEqualTo(1);
        }

        @Test
        void answersAreCheckedAgainstTheQuestionsNamingTheQuestion() {
            active("S", 50);
            assertRefused(List.of(Answer.choice("q2", "shoes")), MissingField.class, "q1");
            assertRefused(List.of(Answer.rating("q1", 6), Answer.choice("q2", "shoes")), InvalidField.class,
                    "answers[q1]");
            assertRefused(List.of(Answer.rating("q1", 3), Answer.choice("q2", "hats")), InvalidField.class,
                    "answers[q2]");
            assertRefused(List.of(Answer.rating("q1", 3), Answer.choice("q2", "shoes", "apparel")),
                    InvalidField.class, "exactly one");
            assertRefused(List.of(Answer.rating("q1", 3), Answer.choice("q2", "shoes"), Answer.choice("q3")),
                    InvalidField.class, "answers[q3]");
            assertRefused(List.of(Answer.rating("q1", 3), Answer.choice("q2", "shoes"),
                    Answer.choice("q3", "sales", "sales")), InvalidField.class, "twice");
            assertRefused(List.of(Answer.rating("q1", 3), Answer.choice("q2", "shoes"), Answer.text("q4", " ")),
                    InvalidField.class, "answers[q4]");
            assertRefused(List.of(Answer.rating("q1", 3), Answer.choice("q2", "shoes"), Answer.text("q9", "x")),
                    InvalidField.class, "answers[q9]");
            assertRefused(List.of(Answer.rating("q1", 3), Answer.rating("q1", 4), Answer.choice("q2", "shoes")),
                    InvalidField.class, "more than once");
            assertRefused(List.of(Answer.text("q1", "great"), Answer.choice("q2", "shoes")), InvalidField.class,
                    "answers[q1]");
            assertThat(member(program, "ada").lifetime()).isZero();
            assertThat(surveys.responses("S", PageRequest.first()).total()).isZero();
        }

        private void assertRefused(List<Answer> answers, Class<? extends Throwable> type, String text) {
            assertThatThrownBy(() -> surveys.respond("S", "ada", answers)).isInstanceOf(type)
                    .hasMessageContaining(text);
        }

        @Test
        void onlyActiveSurveysWithinTheirDatesTakeResponses() {
            surveys.create(new SurveyDefinition("D", "Draft", null, null, null, null, 5L, null, sections()));
            surveys.create(new SurveyDefinition("W", "Window", null, SurveyStatus.ACTIVE,
                    START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(2)), 5L, null, sections()));

            assertThatThrownBy(() -> surveys.respond("D", "ada", valid())).isInstanceOf(SurveyClosed.class)
                    .hasMessageContaining("DRAFT");
            assertThatThrownBy(() -> surveys.respond("W", "ada", valid())).isInstanceOf(SurveyClosed.class);
            clock.advance(Duration.ofDays(1));
            assertThat(surveys.respond("W", "ada", valid()).pointsAwarded()).isEqualTo(5);
            clock.advance(Duration.ofDays(2));
            assertThatThrownBy(() -> surveys.respond("W", "bob", valid())).isInstanceOf(SurveyClosed.class);
            member(program, "ada");
        }

        @Test
        void unknownMemberOrSurveyIsNotFound() {
            active("S", 5);
            assertThatThrownBy(() -> surveys.respond("S", "nobody", valid())).isInstanceOf(MemberNotFound.class);
            assertThatThrownBy(() -> surveys.respond("X", "ada", valid())).isInstanceOf(SurveyNotFound.class);
        }

        @Test
        void aSurveyWithoutPointsCreditsNothing() {
            active("S", 0);
            SurveyResponse r = surveys.respond("S", "ada", valid());
            assertThat(r.pointsAwarded()).isZero();
            assertThat(r.activityId()).isNull();
            assertThat(member(program, "ada").lifetime()).isZero();
        }

        @Test
        void responsesAreListedOldestFirstInPages() {
            active("S", 5);
            SurveyResponse first = surveys.respond("S", "ada", valid());
            SurveyResponse second = surveys.respond("S", "bob", valid());

            assertThat(surveys.responses("S", PageRequest.of(1, 1)).items()).containsExactly(first);
            assertThat(surveys.responses("S", PageRequest.of(2, 1)).items()).containsExactly(second);
            assertThat(surveys.responses("S", PageRequest.of(2, 1)).pages()).isEqualTo(2);
        }
    }
}
