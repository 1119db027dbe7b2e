package dev.annexkit.mock.wiremock.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ProgramFixture;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.action.ActionSeries;
import dev.annexkit.mock.domain.campaign.Campaign;
import dev.annexkit.mock.domain.campaign.CampaignRule;
import dev.annexkit.mock.domain.group.GroupActions;
import dev.annexkit.mock.domain.group.NewGroupMember;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.order.LineRequest;
import dev.annexkit.mock.domain.order.NewOrder;
import dev.annexkit.mock.domain.product.CategoryChange;
import dev.annexkit.mock.domain.product.PointType;
import dev.annexkit.mock.domain.product.ProductChange;
import dev.annexkit.mock.domain.segment.SegmentDraft;
import dev.annexkit.mock.domain.store.Store;
import dev.annexkit.mock.domain.survey.Answer;
import dev.annexkit.mock.domain.survey.QuestionType;
import dev.annexkit.mock.domain.survey.SurveyDefinition;
import dev.annexkit.mock.domain.survey.SurveyQuestion;
import dev.annexkit.mock.domain.survey.SurveySection;
import dev.annexkit.mock.domain.survey.SurveyStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "The export is identical before and after" proves nothing changed only if every area is in it: one change in
 * each area must change its section of the export (and so the export).
 */
class StateExportCompletenessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> changes() {
        return Stream.of(
                change("products", "/products/products", p -> p.products().upsertInBulk(List.of(new ProductChange(
                        "X2", null, "Double", new BigDecimal("10"), PointType.YES, new BigDecimal("2"), null, null,
                        null, null)))),
                change("product categories", "/products/categories", p -> p.products().upsertInBulk(List.of(
                        new ProductChange("X3", null, "Gadget", new BigDecimal("20"), null, null, null, null, null,
                                new CategoryChange("C1", "Gadgets", PointType.YES, BigDecimal.ONE, null, null))))),
                change("orders", "/orders", p -> p.orders().create(NewOrder.of("SO1", "ada",
                        List.of(LineRequest.of("A", 1, "100"))))),
                change("stores", "/stores", p -> p.stores().create(new Store("S1", "Pune central", null, null, null,
                        null, null, "Pune", null, null))),
                change("blocklist", "/blocklist", p -> p.blocklist().block(List.of("ada"), List.of("spam.example"),
                        "admin@example.com")),
                change("segments", "/segments", p -> p.segments().create(new SegmentDraft("VIP", "Dynamic",
                        LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), List.of("ada"), null, null, null,
                        null, null))),
                change("campaigns", "/campaigns", p -> p.campaigns().define(new Campaign("7", "Double purchases",
                        null, null, null, null, ProgramFixture.START, ProgramFixture.START.plusSeconds(86_400), null,
                        null, true, CampaignRule.multiply(new BigDecimal("2"), 109), List.of(), p.now(), p.now()))),
                change("action series", "/actionSeries", p -> p.actionProgress().defineSeries(
                        new ActionSeries(77, "Triple", Map.of(100, 1), 10))),
                change("receipts", "/receipts", p -> p.receipts().submitUrl("ada", "https://x.com/a.png")),
                change("surveys", "/surveys/surveys", StateExportCompletenessTest::poll),
                change("survey responses", "/surveys/responses", p -> {
                    poll(p);
                    p.surveys().respond("SURVEY-1", "ada", List.of(Answer.rating("q1", 4)));
                }),
                change("groups", "/groups/groups", p -> p.groups().create("ada", "Household", List.of(), null)),
                change("group invitations", "/groups/invitations", p -> {
                    p.groups().configure(p.groups().settings().withInvitationAcceptanceRequired(true));
                    String g = p.groups().create("ada", "Household", List.of(), null).group().groupId();
                    p.groups().invite("ada", g, List.of(new NewGroupMember("bob", null)));
                }),
                change("group settings", "/groups/settings", p -> p.groups().configure(
                        p.groups().settings().withInvitationAcceptanceRequired(true))),
                change("group ledger", "/groups/ledger", p -> {
                    String g = p.groups().create("ada", "Household", List.of(), null).group().groupId();
                    p.points(PointsCommand.debit("ada", GroupActions.GROUP_TRANSFER, 300).withGroupId(g));
                }),
                change("disregarded negative points", "/points/disregardedNegativePoints", p -> p.points(
                        PointsCommand.debit("ada", 100, 5_000).withAllowNegativePoints(true))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeInTheAreaChangesItsSectionOfTheExport(String area, String section, Consumer<LoyaltyProgram> change)
            throws Exception {
        LoyaltyProgram program = arranged(ProgramSettings.noExpiry());
        String before = StateJson.export(program.snapshot());

        change.accept(program);

        String after = StateJson.export(program.snapshot());
        assertThat(JSON.readTree(before).at(section)).as(section).isNotEqualTo(JSON.readTree(after).at(section));
    }

    @org.junit.jupiter.api.Test
    void theSiteSettingsAreInTheExport() throws Exception {
        JsonNode refusing = JSON.readTree(StateJson.export(arranged(ProgramSettings.noExpiry()).snapshot()));
        JsonNode allowing = JSON.readTree(StateJson.export(arranged(ProgramSettings.noExpiry()
                .withAllowNegativePoints(true)).snapshot()));

        assertThat(refusing.at("/settings/allowNegativePoints").asBoolean()).isFalse();
        assertThat(allowing.at("/settings/allowNegativePoints").asBoolean()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void theExportHasOneSectionPerArea() throws Exception {
        JsonNode export = JSON.readTree(StateJson.export(arranged(ProgramSettings.noExpiry()).snapshot()));
        List<String> sections = new java.util.ArrayList<>();
        export.fieldNames().forEachRemaining(sections::add);

        assertThat(sections).containsExactly("configuration", "settings", "members", "points", "rewards", "products",
                "orders", "stores", "blocklist", "segments", "campaigns", "actionSeries", "receipts", "surveys",
                "groups", "issuances", "idCounters");
    }

    private static LoyaltyProgram arranged(ProgramSettings settings) {
        ProgramFixture f = ProgramFixture.with(settings);
        f.enrollWith("ada", 1_000);
        f.enrollWith("bob", 1_000);
        return f.program;
    }

    private static void poll(LoyaltyProgram p) {
        p.surveys().create(new SurveyDefinition(null, "Quick poll", null, SurveyStatus.ACTIVE, null, null, null, null,
                List.of(new SurveySection(null, null, null, List.of(
                        new SurveyQuestion(null, "Stars?", QuestionType.RATING, false, null, null, null))))));
    }

    private static Arguments change(String area, String section, Consumer<LoyaltyProgram> change) {
        return Arguments.of(area, section, change);
    }
}
