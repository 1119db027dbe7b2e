package dev.annexkit.mock.domain.survey;

import java.time.Instant;
import java.util.List;

/**
 * A member's recorded answers to a survey.
 *
 * @param activityId the ledger credit of the benefit; null when the survey gives no points
 */
public record SurveyResponse(String responseId, String surveyId, String memberId, List<Answer> answers,
                             long pointsAwarded, String activityId, Instant submittedAt) {

    public SurveyResponse {
        answers = List.copyOf(answers);
    }
}
