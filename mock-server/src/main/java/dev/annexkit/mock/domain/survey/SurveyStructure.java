package dev.annexkit.mock.domain.survey;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a survey's sections and questions and assigns the ids left out. Section and question ids are unique
 * within the survey, option ids within their question; choice questions need at least two options, the other
 * types none; a rating range needs {@code min < max}. Errors name the field by its path, e.g.
 * {@code sections[0].questions[1].options}.
 */
public final class SurveyStructure {

    private SurveyStructure() {
    }

    /** The sections with every id assigned and defaults applied. */
    public static List<SurveySection> settle(List<SurveySection> sections) {
        if (sections == null || sections.isEmpty()) {
            throw new MissingField("sections");
        }
        Set<String> sectionIds = new HashSet<>();
        Set<String> questionIds = new HashSet<>();
        for (SurveySection s : sections) {
            if (s.sectionId() != null) {
                uniqueId(sectionIds, s.sectionId(), "sectionId");
            }
            for (SurveyQuestion q : s.questions()) {
                if (q.questionId() != null) {
                    uniqueId(questionIds, q.questionId(), "questionId");
                }
            }
        }
        List<SurveySection> settled = new ArrayList<>();
        for (int si = 0; si < sections.size(); si++) {
            SurveySection s = sections.get(si);
            String path = "sections[" + si + "]";
            if (s.questions().isEmpty()) {
                throw new MissingField(path + ".questions");
            }
            List<SurveyQuestion> questions = new ArrayList<>();
            for (int qi = 0; qi < s.questions().size(); qi++) {
                SurveyQuestion q = s.questions().get(qi);
                String qPath = path + ".questions[" + qi + "]";
                String id = q.questionId() != null ? q.questionId() : freeId(questionIds, "q");
                questions.add(q.settled(id, options(q, qPath)));
                checkRating(questions.get(questions.size() - 1), qPath);
            }
            String sectionId = s.sectionId() != null ? s.sectionId() : freeId(sectionIds, "s");
            settled.add(new SurveySection(sectionId, s.sectionTitle(), s.description(), questions));
        }
        return List.copyOf(settled);
    }

    private static List<SurveyOption> options(SurveyQuestion q, String path) {
        if (q.questionText() == null || q.questionText().isBlank()) {
            throw new MissingField(path + ".questionText");
        }
        if (q.type() == null) {
            throw new MissingField(path + ".type");
        }
        if (!q.type().isChoice()) {
            if (!q.options().isEmpty()) {
                throw new InvalidField(path + ".options", q.type() + " questions take no options");
            }
            return List.of();
        }
        if (q.options().size() < 2) {
            throw new InvalidField(path + ".options", q.type() + " questions need at least two options");
        }
        Set<String> ids = new HashSet<>();
        for (SurveyOption o : q.options()) {
            if (o.optionId() != null && !ids.add(o.optionId())) {
                throw new InvalidField(path + ".options", "option id " + o.optionId() + " is repeated");
            }
        }
        List<SurveyOption> settled = new ArrayList<>();
        for (int oi = 0; oi < q.options().size(); oi++) {
            SurveyOption o = q.options().get(oi);
            if (o.optionText() == null || o.optionText().isBlank()) {
                throw new MissingField(path + ".options[" + oi + "].optionText");
            }
            settled.add(new SurveyOption(o.optionId() != null ? o.optionId() : freeId(ids, "o"), o.optionText()));
        }
        return settled;
    }

    private static void checkRating(SurveyQuestion q, String path) {
        if (q.type() != QuestionType.RATING) {
            if (q.minRating() != null || q.maxRating() != null) {
                throw new InvalidField(path + ".minRating", "only RATING questions have a rating range");
            }
            return;
        }
        if (q.minRating() >= q.maxRating()) {
            throw new InvalidField(path + ".maxRating", "must be greater than minRating " + q.minRating()
                    + ", was " + q.maxRating());
        }
    }

    private static void uniqueId(Set<String> taken, String id, String field) {
        if (id.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        if (!taken.add(id)) {
            throw new InvalidField(field, id + " is used twice in the survey");
        }
    }

    private static String freeId(Set<String> taken, String prefix) {
        for (int n = 1; ; n++) {
            String id = prefix + n;
            if (taken.add(id)) {
                return id;
            }
        }
    }
}
