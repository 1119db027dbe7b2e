package dev.annexkit.mock.domain.survey;

import java.time.Instant;
import java.util.List;

/** Survey fields to change; null keeps the current value. {@code sections} replaces every section. */
public record SurveyPatch(String surveyName, String description, SurveyStatus status, Instant startDate,
                          Instant endDate, Long benefitPoints, Integer actionId, List<SurveySection> sections) {
}
