package dev.annexkit.mock.domain.error;

/** No survey has the given id. */
public final class SurveyNotFound extends DomainException {

    public SurveyNotFound(String surveyId) {
        super("Survey not found: " + surveyId);
    }
}
