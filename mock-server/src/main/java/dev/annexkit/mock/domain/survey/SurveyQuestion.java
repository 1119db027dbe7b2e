package dev.annexkit.mock.domain.survey;

import java.util.List;

/**
 * One question. {@code questionId} null in a definition means "assign one"; {@code minRating}/{@code maxRating}
 * only for RATING (1 to 5 when null).
 */
public record SurveyQuestion(String questionId, String questionText, QuestionType type, boolean required,
                             List<SurveyOption> options, Integer minRating, Integer maxRating) {

    public SurveyQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A question with its ids assigned and rating defaults applied. */
    SurveyQuestion settled(String id, List<SurveyOption> settledOptions) {
        boolean rating = type == QuestionType.RATING;
        return new SurveyQuestion(id, questionText, type, required, settledOptions,
                rating ? (minRating == null ? 1 : minRating) : null, rating ? (maxRating == null ? 5 : maxRating) : null);
    }
}
