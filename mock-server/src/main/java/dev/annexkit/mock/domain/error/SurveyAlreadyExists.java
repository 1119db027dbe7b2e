package dev.annexkit.mock.domain.error;

/** A survey with the given id already exists. */
public final class SurveyAlreadyExists extends DomainException {

    public SurveyAlreadyExists(String surveyId) {
        super("Survey already exists: " + surveyId);
    }
}
