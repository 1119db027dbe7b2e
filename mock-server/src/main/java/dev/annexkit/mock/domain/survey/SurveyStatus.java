package dev.annexkit.mock.domain.survey;

/** DRAFT while being prepared; only ACTIVE surveys take responses; INACTIVE ones are closed. */
public enum SurveyStatus {
    DRAFT,
    ACTIVE,
    INACTIVE
}
