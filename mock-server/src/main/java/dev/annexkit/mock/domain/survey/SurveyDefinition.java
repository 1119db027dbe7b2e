package dev.annexkit.mock.domain.survey;

import java.time.Instant;
import java.util.List;

/**
 * A survey to create. {@code surveyId} null: assigned. {@code status} null: DRAFT. {@code startDate} null: open
 * from creation; {@code endDate} null: open-ended. {@code benefitPoints} null: none; {@code actionId} null: 100.
 */
public record SurveyDefinition(String surveyId, String surveyName, String description, SurveyStatus status,
                               Instant startDate, Instant endDate, Long benefitPoints, Integer actionId,
                               List<SurveySection> sections) {
}
