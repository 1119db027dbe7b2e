package dev.annexkit.mock.domain.survey;

import java.util.List;

/** The answer to one question: option ids for the choice types, text for TEXT, a rating for RATING. */
public record Answer(String questionId, List<String> optionIds, String text, Integer rating) {

    public Answer {
        optionIds = optionIds == null ? null : List.copyOf(optionIds);
    }

    public static Answer choice(String questionId, String... optionIds) {
        return new Answer(questionId, List.of(optionIds), null, null);
    }

    public static Answer text(String questionId, String text) {
        return new Answer(questionId, null, text, null);
    }

    public static Answer rating(String questionId, int rating) {
        return new Answer(questionId, null, null, rating);
    }
}
