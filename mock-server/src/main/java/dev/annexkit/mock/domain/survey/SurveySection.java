package dev.annexkit.mock.domain.survey;

import java.util.List;

/** A titled group of questions; {@code sectionId} null in a definition means "assign one". */
public record SurveySection(String sectionId, String sectionTitle, String description,
                            List<SurveyQuestion> questions) {

    public SurveySection {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
