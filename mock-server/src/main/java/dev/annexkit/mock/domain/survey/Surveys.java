package dev.annexkit.mock.domain.survey;

import dev.annexkit.mock.domain.action.SystemActions;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.SurveyAlreadyAnswered;
import dev.annexkit.mock.domain.error.SurveyAlreadyExists;
import dev.annexkit.mock.domain.error.SurveyClosed;
import dev.annexkit.mock.domain.error.SurveyHasResponses;
import dev.annexkit.mock.domain.group.GroupPoints;
import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.LedgerPostings;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Surveys made of sections of questions, and the responses members submit. A member answers a survey once; a
 * response to an ACTIVE survey within its dates whose answers fit the questions credits the survey's benefit
 * points under its action, with {@code surveyId}, {@code sectionId} (the answered sections, comma-separated) and
 * {@code responseId} as the credit's transaction attributes. Every call runs under the program lock.
 */
public final class Surveys {

    private final SurveyContext state;
    private final CallGuard lock;
    private final LedgerPostings postings;
    private final GroupPoints groupDesk;

    public Surveys(SurveyContext state, CallGuard lock, LedgerPostings postings, GroupPoints groupDesk) {
        this.state = state;
        this.lock = lock;
        this.postings = postings;
        this.groupDesk = groupDesk;
    }

    public Survey create(SurveyDefinition d) {
        return lock.call(() -> {
            if (d.surveyName() == null || d.surveyName().isBlank()) {
                throw new MissingField("surveyName");
            }
            if (d.surveyId() != null && d.surveyId().isBlank()) {
                throw new InvalidField("surveyId", "must not be blank");
            }
            if (d.surveyId() != null && state.surveys().exists(d.surveyId())) {
                throw new SurveyAlreadyExists(d.surveyId());
            }
            List<SurveySection> sections = SurveyStructure.settle(d.sections());
            checkDates(d.startDate(), d.endDate());
            long points = benefit(d.benefitPoints(), 0L);
            Instant now = state.now();
            Survey survey = new Survey(d.surveyId() != null ? d.surveyId() : state.surveys().nextId(), d.surveyName(),
                    d.description(), d.status() == null ? SurveyStatus.DRAFT : d.status(), d.startDate(),
                    d.endDate(), points, d.actionId() == null ? SystemActions.MANUAL : d.actionId(), sections, 0,
                    now, now);
            state.surveys().save(survey);
            return state.surveys().get(survey.surveyId());
        });
    }

    public Survey get(String surveyId) {
        return lock.call(() -> state.surveys().get(surveyId));
    }

    /** Changes the fields given; new sections only while the survey has no responses. */
    public Survey update(String surveyId, SurveyPatch p) {
        return lock.call(() -> {
            Survey s = state.surveys().get(surveyId);
            List<SurveySection> sections = s.sections();
            if (p.sections() != null) {
                if (s.responseCount() > 0) {
                    throw new SurveyHasResponses(surveyId, s.responseCount());
                }
                sections = SurveyStructure.settle(p.sections());
            }
            if (p.surveyName() != null && p.surveyName().isBlank()) {
                throw new InvalidField("surveyName", "must not be blank");
            }
            Instant start = p.startDate() != null ? p.startDate() : s.startDate();
            Instant end = p.endDate() != null ? p.endDate() : s.endDate();
            checkDates(start, end);
            Survey updated = new Survey(s.surveyId(), p.surveyName() != null ? p.surveyName() : s.surveyName(),
                    p.description() != null ? p.description() : s.description(),
                    p.status() != null ? p.status() : s.status(), start, end,
                    benefit(p.benefitPoints(), s.benefitPoints()),
                    p.actionId() != null ? p.actionId() : s.actionId(), sections, s.responseCount(), s.createdAt(),
                    state.now());
            state.surveys().save(updated);
            return state.surveys().get(surveyId);
        });
    }

    /** Deletes the survey and its responses; credited points stay in the members' histories. */
    public Survey delete(String surveyId) {
        return lock.call(() -> {
            Survey s = state.surveys().get(surveyId);
            state.surveys().delete(surveyId);
            return s;
        });
    }

    /** Newest first, optionally only one status. */
    public Page<Survey> list(SurveyStatus status, PageRequest page) {
        return lock.call(() -> Page.of(state.surveys().list(status), page));
    }

    /** Records a member's answers and credits the benefit; see the class comment. */
    public SurveyResponse respond(String surveyId, String memberId, List<Answer> answers) {
        return lock.call(() -> {
            Survey survey = state.surveys().get(surveyId);
            if (memberId == null || memberId.isBlank()) {
                throw new MissingField("id");
            }
            state.members().get(memberId);
            Instant now = state.now();
            if (!survey.isOpenAt(now)) {
                throw new SurveyClosed(surveyId, survey.status() != SurveyStatus.ACTIVE
                        ? "it is " + survey.status() : "it is open from " + survey.startDate() + " to "
                        + survey.endDate());
            }
            if (state.surveys().responseOf(surveyId, memberId).isPresent()) {
                throw new SurveyAlreadyAnswered(surveyId, memberId);
            }
            List<String> sectionIds = AnswerCheck.check(survey, answers);
            String responseId = state.nextId();
            LedgerEntry credit = null;
            if (survey.benefitPoints() > 0) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("surveyId", surveyId);
                attributes.put("sectionId", String.join(",", sectionIds));
                attributes.put("responseId", responseId);
                credit = postings.credit(state.ledger(), memberId, survey.actionId(), survey.benefitPoints(),
                        "Survey " + surveyId + " completed", attributes, now);
                groupDesk.rollUp(credit);
            }
            SurveyResponse response = new SurveyResponse(responseId, surveyId, memberId, answers,
                    credit == null ? 0 : credit.points(), credit == null ? null : credit.entryId(), now);
            state.surveys().record(response);
            return response;
        });
    }

    /** The survey's responses, oldest first. */
    public Page<SurveyResponse> responses(String surveyId, PageRequest page) {
        return lock.call(() -> {
            state.surveys().get(surveyId);
            return Page.of(state.surveys().responsesOf(surveyId), page);
        });
    }

    private static void checkDates(Instant start, Instant end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidField("endDate", "must not be before startDate");
        }
    }

    private static long benefit(Long requested, long fallback) {
        if (requested == null) {
            return fallback;
        }
        if (requested < 0) {
            throw new InvalidField("benefitPoints", "must not be negative, was " + requested);
        }
        return requested;
    }
}
