package dev.annexkit.mock.domain.error;

/** The member has already answered this survey; each member answers a survey once. */
public final class SurveyAlreadyAnswered extends DomainException {

    public SurveyAlreadyAnswered(String surveyId, String memberId) {
        super("Member " + memberId + " has already answered survey " + surveyId);
    }
}
