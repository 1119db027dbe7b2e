package dev.annexkit.mock.domain.error;

/** A survey that has collected responses cannot change its sections, so stored answers keep their meaning. */
public final class SurveyHasResponses extends DomainException {

    public SurveyHasResponses(String surveyId, int count) {
        super("Survey " + surveyId + " has " + count + " responses; its sections can no longer be replaced");
    }
}
