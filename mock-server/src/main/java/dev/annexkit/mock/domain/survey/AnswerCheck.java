package dev.annexkit.mock.domain.survey;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a response's answers against the survey's questions. Every error names the question, as
 * {@code answers[<questionId>]}: every required question answered; each answer names a question of the survey, at
 * most once; SINGLE_CHOICE exactly one of its option ids, MULTIPLE_CHOICE one or more distinct ones, TEXT a
 * non-blank text, RATING a whole number within the range, and nothing else.
 */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    /** The ids of the sections the answers touch, in survey order. */
    public static List<String> check(Survey survey, List<Answer> answers) {
        if (answers == null || answers.isEmpty()) {
            throw new MissingField("answers");
        }
        Set<String> answered = new HashSet<>();
        Set<String> sections = new HashSet<>();
        for (Answer a : answers) {
            if (a.questionId() == null || a.questionId().isBlank()) {
                throw new MissingField("answers.questionId");
            }
            String field = "answers[" + a.questionId() + "]";
            Survey.Located located = survey.question(a.questionId())
                    .orElseThrow(() -> new InvalidField(field, "survey " + survey.surveyId() + " has no question "
                            + a.questionId()));
            if (!answered.add(a.questionId())) {
                throw new InvalidField(field, "question " + a.questionId() + " is answered more than once");
            }
            checkOne(located.question(), a, field);
            sections.add(located.section().sectionId());
        }
        for (SurveySection s : survey.sections()) {
            for (SurveyQuestion q : s.questions()) {
                if (q.required() && !answered.contains(q.questionId())) {
                    throw new MissingField("answers[" + q.questionId() + "] (required question \""
                            + q.questionText() + "\")");
                }
            }
        }
        return survey.sections().stream().map(SurveySection::sectionId).filter(sections::contains).toList();
    }

    private static void checkOne(SurveyQuestion q, Answer a, String field) {
        boolean hasOptions = a.optionIds() != null && !a.optionIds().isEmpty();
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (a.text() != null || a.rating() != null) {
                    throw new InvalidField(field, q.type() + " question " + q.questionId() + " takes optionIds only");
                }
                if (!hasOptions) {
                    throw new InvalidField(field, "choose " + (q.type() == QuestionType.SINGLE_CHOICE
                            ? "one" : "one or more") + " of " + optionIds(q));
                }
                if (q.type() == QuestionType.SINGLE_CHOICE && a.optionIds().size() != 1) {
                    throw new InvalidField(field, "question " + q.questionId() + " takes exactly one option, got "
                            + a.optionIds().size());
                }
                if (new LinkedHashSet<>(a.optionIds()).size() != a.optionIds().size()) {
                    throw new InvalidField(field, "an option is chosen twice");
                }
                Set<String> known = q.options().stream().map(SurveyOption::optionId).collect(Collectors.toSet());
                for (String id : a.optionIds()) {
                    if (!known.contains(id)) {
                        throw new InvalidField(field, "question " + q.questionId() + " has no option " + id
                                + "; choose from " + optionIds(q));
                    }
                }
            }
            case TEXT -> {
                if (hasOptions || a.rating() != null) {
                    throw new InvalidField(field, "TEXT question " + q.questionId() + " takes text only");
                }
                if (a.text() == null || a.text().isBlank()) {
                    throw new InvalidField(field, "question " + q.questionId() + " needs a non-blank text");
                }
            }
            case RATING -> {
                if (hasOptions || a.text() != null) {
                    throw new InvalidField(field, "RATING question " + q.questionId() + " takes a rating only");
                }
                if (a.rating() == null || a.rating() < q.minRating() || a.rating() > q.maxRating()) {
                    throw new InvalidField(field, "question " + q.questionId() + " takes a rating from "
                            + q.minRating() + " to " + q.maxRating() + ", got " + a.rating());
                }
            }
        }
    }

    private static String optionIds(SurveyQuestion q) {
        return q.options().stream().map(SurveyOption::optionId).collect(Collectors.joining(", "));
    }
}
