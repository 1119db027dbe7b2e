package dev.annexkit.mock.domain.survey;

import dev.annexkit.mock.domain.error.SurveyNotFound;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Surveys in creation order and the responses of each, oldest first. Guarded by the program lock. */
public final class SurveyBook {

    private final Map<String, Survey> surveys = new LinkedHashMap<>();
    private final Map<String, List<SurveyResponse>> responses = new LinkedHashMap<>();
    private long counter;

    /** The last survey number handed out (part of the saved state, so ids never repeat). */
    public long counter() {
        return counter;
    }

    /** Continues numbering after {@code last} (restoring a saved state). */
    public void resumeAfter(long last) {
        counter = last;
    }

    public boolean exists(String surveyId) {
        return surveys.containsKey(surveyId);
    }

    public Survey get(String surveyId) {
        Survey survey = surveys.get(surveyId);
        if (survey == null) {
            throw new SurveyNotFound(surveyId);
        }
        return survey;
    }

    /** An id no survey has, {@code SURVEY-1}, {@code SURVEY-2}, … */
    public String nextId() {
        String id;
        do {
            id = "SURVEY-" + (++counter);
        } while (surveys.containsKey(id));
        return id;
    }

    public void save(Survey survey) {
        surveys.put(survey.surveyId(), survey.withResponseCount(responsesOf(survey.surveyId()).size()));
    }

    public void delete(String surveyId) {
        surveys.remove(surveyId);
        responses.remove(surveyId);
    }

    /** Newest first, optionally of one status. */
    public List<Survey> list(SurveyStatus status) {
        List<Survey> all = new ArrayList<>();
        for (Survey s : surveys.values()) {
            if (status == null || s.status() == status) {
                all.add(s);
            }
        }
        Collections.reverse(all);
        return all;
    }

    public List<SurveyResponse> responsesOf(String surveyId) {
        return List.copyOf(responses.getOrDefault(surveyId, List.of()));
    }

    public Optional<SurveyResponse> responseOf(String surveyId, String memberId) {
        return responses.getOrDefault(surveyId, List.of()).stream()
                .filter(r -> r.memberId().equals(memberId)).findFirst();
    }

    public void record(SurveyResponse response) {
        responses.computeIfAbsent(response.surveyId(), id -> new ArrayList<>()).add(response);
        save(get(response.surveyId()));
    }

    /** Every survey, by id (for the state export). */
    public List<Survey> all() {
        return surveys.values().stream().sorted(java.util.Comparator.comparing(Survey::surveyId)).toList();
    }

    /** Every response, by survey id then in answer order (for the state export). */
    public Map<String, List<SurveyResponse>> responses() {
        Map<String, List<SurveyResponse>> all = new java.util.TreeMap<>();
        responses.forEach((id, list) -> all.put(id, List.copyOf(list)));
        return Collections.unmodifiableMap(all);
    }
}
