package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.survey.Answer;
import dev.annexkit.mock.domain.survey.QuestionType;
import dev.annexkit.mock.domain.survey.Survey;
import dev.annexkit.mock.domain.survey.SurveyDefinition;
import dev.annexkit.mock.domain.survey.SurveyOption;
import dev.annexkit.mock.domain.survey.SurveyPatch;
import dev.annexkit.mock.domain.survey.SurveyQuestion;
import dev.annexkit.mock.domain.survey.SurveyResponse;
import dev.annexkit.mock.domain.survey.SurveySection;
import dev.annexkit.mock.domain.survey.SurveyStatus;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireFormat;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Survey: surveys with sections and questions, and members' responses. */
final class SurveyHandlers {

    private SurveyHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("listSurveys", SurveyHandlers::list);
        handlers.put("createSurvey", SurveyHandlers::create);
        handlers.put("getSurvey", SurveyHandlers::get);
        handlers.put("updateSurvey", SurveyHandlers::update);
        handlers.put("deleteSurvey", SurveyHandlers::delete);
        handlers.put("submitSurveyResponse", SurveyHandlers::respond);
        handlers.put("listSurveyResponses", SurveyHandlers::responses);
    }

    private static ApiResponse list(ApiRequest request, LoyaltyProgram program, String site) {
        SurveyStatus status = request.query("status").filter(s -> !s.isBlank())
                .map(s -> WireFormat.enumValue("status", s, SurveyStatus.class, Enum::name)).orElse(null);
        Page<Survey> page = program.surveys().list(status, Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", page.total())
                .putObjects("surveys", page.items().stream().map(s -> survey(null, s)).toList()));
    }

    private static ApiResponse create(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        Survey created = program.surveys().create(new SurveyDefinition(b.text("surveyId").orElse(null),
                b.text("surveyName").orElse(null), b.text("description").orElse(null), status(b),
                instant(b, "startDate"), instant(b, "endDate"), b.number("benefitPoints").orElse(null),
                b.integer("actionId").orElse(null), sections(b.root().path("sections"))));
        return ApiResponse.created(survey(site, created));
    }

    private static ApiResponse get(ApiRequest request, LoyaltyProgram program, String site) {
        return ApiResponse.ok(survey(site, program.surveys().get(request.path("surveyId"))));
    }

    private static ApiResponse update(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        JsonNode sections = b.root().path("sections");
        Survey updated = program.surveys().update(request.path("surveyId"), new SurveyPatch(
                b.text("surveyName").orElse(null), b.text("description").orElse(null), status(b),
                instant(b, "startDate"), instant(b, "endDate"), b.number("benefitPoints").orElse(null),
                b.integer("actionId").orElse(null),
                sections.isMissingNode() || sections.isNull() ? null : sections(sections)));
        return ApiResponse.ok(survey(site, updated));
    }

    private static ApiResponse delete(ApiRequest request, LoyaltyProgram program, String site) {
        Survey deleted = program.surveys().delete(request.path("surveyId"));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("surveyId", deleted.surveyId())
                .put("status", "Success")
                .put("message", "The survey was deleted."));
    }

    private static ApiResponse respond(ApiRequest request, LoyaltyProgram program, String site) {
        JsonBody b = request.body();
        SurveyResponse response = program.surveys().respond(request.path("surveyId"), b.text("id").orElse(null),
                array(b.root().path("answers"), "answers", SurveyHandlers::answer));
        return ApiResponse.created(response(site, response));
    }

    private static ApiResponse responses(ApiRequest request, LoyaltyProgram program, String site) {
        String surveyId = request.path("surveyId");
        Page<SurveyResponse> page = program.surveys().responses(surveyId, Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("surveyId", surveyId)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", page.total())
                .putObjects("responses", page.items().stream().map(r -> response(null, r)).toList()));
    }

    // ---- wire → domain ----

    private static SurveyStatus status(JsonBody b) {
        return b.text("status").map(s -> WireFormat.enumValue("status", s, SurveyStatus.class, Enum::name))
                .orElse(null);
    }

    private static Instant instant(JsonBody b, String field) {
        return b.text(field).filter(s -> !s.isBlank()).map(s -> WireFormat.instant(field, s)).orElse(null);
    }

    private static List<SurveySection> sections(JsonNode node) {
        return array(node, "sections", (n, path) -> {
            JsonBody s = new JsonBody(n);
            return new SurveySection(s.text("sectionId").orElse(null), s.text("sectionTitle").orElse(null),
                    s.text("description").orElse(null),
                    array(n.path("questions"), path + ".questions", SurveyHandlers::question));
        });
    }

    private static SurveyQuestion question(JsonNode n, String path) {
        JsonBody q = new JsonBody(n);
        QuestionType type = q.text("type").map(t -> WireFormat.enumValue(path + ".type", t, QuestionType.class,
                Enum::name)).orElse(null);
        return new SurveyQuestion(q.text("questionId").orElse(null), q.text("questionText").orElse(null), type,
                bool(n.path("required"), path + ".required"),
                array(n.path("options"), path + ".options", (o, p) -> new SurveyOption(
                        new JsonBody(o).text("optionId").orElse(null), new JsonBody(o).text("optionText").orElse(null))),
                q.integer("minRating").orElse(null), q.integer("maxRating").orElse(null));
    }

    private static Answer answer(JsonNode n, String path) {
        JsonBody a = new JsonBody(n);
        JsonNode options = n.path("optionIds");
        List<String> optionIds = options.isMissingNode() || options.isNull() ? null
                : array(options, path + ".optionIds", (o, p) -> {
                    if (!o.isTextual()) {
                        throw new InvalidField(p, "must be a string");
                    }
                    return o.asText();
                });
        return new Answer(a.text("questionId").orElse(null), optionIds, a.text("text").orElse(null),
                a.integer("rating").orElse(null));
    }

    private static boolean bool(JsonNode n, String field) {
        if (n.isMissingNode() || n.isNull()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isTextual() && (n.asText().equalsIgnoreCase("true") || n.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(n.asText());
        }
        throw new InvalidField(field, "must be true or false");
    }

    /** Reads an optional array (null when absent) of objects; items are read with their path for errors. */
    private static <T> List<T> array(JsonNode node, String field, BiFunction<JsonNode, String, T> item) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new InvalidField(field, "must be an array");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            String path = field + "[" + i + "]";
            if (!n.isObject() && !field.endsWith("optionIds")) {
                throw new InvalidField(path, "must be an object");
            }
            items.add(item.apply(n, path));
        }
        return items;
    }

    // ---- domain → wire ----

    private static WireObject survey(String site, Survey s) {
        return WireObject.create()
                .put("siteId", site)
                .put("surveyId", s.surveyId())
                .put("surveyName", s.surveyName())
                .put("description", s.description())
                .put("status", s.status().name())
                .put("startDate", s.startDate())
                .put("endDate", s.endDate())
                .put("benefitPoints", s.benefitPoints())
                .put("actionId", s.actionId())
                .put("responseCount", s.responseCount())
                .putObjects("sections", s.sections().stream().map(SurveyHandlers::section).toList())
                .put("createDate", s.createdAt())
                .put("updateDate", s.updatedAt());
    }

    private static WireObject section(SurveySection s) {
        return WireObject.create()
                .put("sectionId", s.sectionId())
                .put("sectionTitle", s.sectionTitle())
                .put("description", s.description())
                .putObjects("questions", s.questions().stream().map(SurveyHandlers::question).toList());
    }

    private static WireObject question(SurveyQuestion q) {
        WireObject wire = WireObject.create()
                .put("questionId", q.questionId())
                .put("questionText", q.questionText())
                .put("type", q.type().name())
                .put("required", q.required());
        if (q.type().isChoice()) {
            wire.putObjects("options", q.options().stream().map(o -> WireObject.create()
                    .put("optionId", o.optionId()).put("optionText", o.optionText())).toList());
        }
        return wire.put("minRating", q.minRating()).put("maxRating", q.maxRating());
    }

    private static WireObject response(String site, SurveyResponse r) {
        return WireObject.create()
                .put("siteId", site)
                .put("responseId", r.responseId())
                .put("surveyId", r.surveyId())
                .put("id", r.memberId())
                .putObjects("answers", r.answers().stream().map(a -> WireObject.create()
                        .put("questionId", a.questionId())
                        .putTexts("optionIds", a.optionIds())
                        .put("text", a.text())
                        .put("rating", a.rating())).toList())
                .put("pointsAwarded", r.pointsAwarded())
                .put("activityId", r.activityId())
                .put("submitDate", r.submittedAt());
    }
}
