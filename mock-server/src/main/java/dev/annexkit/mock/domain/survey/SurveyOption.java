package dev.annexkit.mock.domain.survey;

/** One choice of a choice question; {@code optionId} null in a definition means "assign one". */
public record SurveyOption(String optionId, String optionText) {
}
