package dev.annexkit.mock.domain.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A survey as stored: every id assigned, defaults applied. */
public record Survey(String surveyId, String surveyName, String description, SurveyStatus status,
                     Instant startDate, Instant endDate, long benefitPoints, int actionId,
                     List<SurveySection> sections, int responseCount, Instant createdAt, Instant updatedAt) {

    public Survey {
        sections = List.copyOf(sections);
    }

    /** Whether a response may be submitted at {@code now}: ACTIVE and within the dates (both inclusive). */
    public boolean isOpenAt(Instant now) {
        return status == SurveyStatus.ACTIVE && (startDate == null || !now.isBefore(startDate))
                && (endDate == null || !now.isAfter(endDate));
    }

    /** The question with this id and its section, if the survey has it. */
    public Optional<Located> question(String questionId) {
        for (SurveySection s : sections) {
            for (SurveyQuestion q : s.questions()) {
                if (q.questionId().equals(questionId)) {
                    return Optional.of(new Located(s, q));
                }
            }
        }
        return Optional.empty();
    }

    public Survey withResponseCount(int count) {
        return new Survey(surveyId, surveyName, description, status, startDate, endDate, benefitPoints, actionId,
                sections, count, createdAt, updatedAt);
    }

    /** A question and the section it is in. */
    public record Located(SurveySection section, SurveyQuestion question) {
    }
}
