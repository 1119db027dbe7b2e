package dev.annexkit.mock.domain.error;

/** The survey does not take responses now: it is not ACTIVE, or outside its dates. */
public final class SurveyClosed extends DomainException {

    public SurveyClosed(String surveyId, String why) {
        super("Survey " + surveyId + " does not take responses: " + why);
    }
}
