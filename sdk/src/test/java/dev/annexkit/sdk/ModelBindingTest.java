package dev.annexkit.sdk;

import static dev.annexkit.sdk.TestHttp.clientFor;
import static dev.annexkit.sdk.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.sdk.TestHttp.RecordingSleeper;
import dev.annexkit.sdk.TestHttp.SteppingClock;
import dev.annexkit.sdk.errors.AnnexCloudException;
import dev.annexkit.sdk.model.EligibilityOperator;
import dev.annexkit.sdk.model.MemberRewardList;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.Reward;
import dev.annexkit.sdk.model.RewardStatus;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How 2xx answers bind to the models at every depth (the SDK reads them in one pass): known fields bind, unknown
 * ones are kept, and an answer of the wrong shape is the contract failure naming the field.
 */
class ModelBindingTest {

    private final MockWebServer server = new MockWebServer();
    private AnnexCloudClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        SteppingClock clock = new SteppingClock();
        client = clientFor(server, clock, new RecordingSleeper(clock)).build();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private static String reward(String conditions) {
        return "{\"reward_id\":\"FIVE-OFF\",\"reward_name\":\"$5 off\",\"reward_status\":\"Live\","
                + "\"points_to_redeem\":\"500\",\"coupon_based\":true,\"transaction_attributes\":{\"store\":\"7\"},"
                + "\"eligibility_rules\":[{\"show_on_member_dashboard\":true,\"conditions\":" + conditions + "}],"
                + "\"loyalty_magic\":\"sparkles\"}";
    }

    private static final String CONDITION =
            "{\"attribute\":\"tier\",\"operator\":\"Equals\",\"values\":[\"Gold\"],\"weight\":2.5}";

    @Nested
    class AWellFormedAnswer {

        @Test
        void bindsKnownFieldsAtEveryDepth() {
            server.enqueue(json(200, reward("[" + CONDITION + "]")));

            Reward reward = client.rewards().getReward("FIVE-OFF");

            assertThat(reward.getRewardId()).isEqualTo("FIVE-OFF");
            assertThat(reward.getRewardStatus()).isEqualTo(RewardStatus.LIVE);
            assertThat(reward.getPointsToRedeem()).isEqualTo(500L);
            assertThat(reward.getCouponBased()).isTrue();
            assertThat(reward.getTransactionAttributes()).containsEntry("store", "7");
            assertThat(reward.getEligibilityRules()).singleElement().satisfies(rule -> {
                assertThat(rule.getShowOnMemberDashboard()).isTrue();
                assertThat(rule.getConditions()).singleElement().satisfies(condition -> {
                    assertThat(condition.getAttribute()).isEqualTo("tier");
                    assertThat(condition.getOperator()).isEqualTo(EligibilityOperator.EQUALS);
                    assertThat(condition.getValues()).containsExactly("Gold");
                });
            });
        }

        @Test
        void keepsUnknownFieldsOfEveryJsonKindAtEveryDepth() {
            server.enqueue(json(200, "{\"site_id\":\"1\",\"member_id\":\"ada\",\"total\":1,"
                    + "\"next_cursor\":\"abc\",\"ratio\":0.5,\"beta\":false,\"tags\":[\"a\",1],"
                    + "\"meta\":{\"nested\":true},\"gone\":null,"
                    + "\"rewards\":[" + reward("[" + CONDITION + "]") + "]}"));

            MemberRewardList list = client.rewards().listMemberRewards("ada");

            assertThat(list.getMemberId()).isEqualTo("ada");
            assertThat(list.getTotal()).isEqualTo(1L);
            assertThat(list.getAdditionalProperty("next_cursor")).isEqualTo("abc");
            assertThat(((Number) list.getAdditionalProperty("ratio")).doubleValue()).isEqualTo(0.5);
            assertThat(list.getAdditionalProperty("beta")).isEqualTo(false);
            assertThat(list.getAdditionalProperty("tags")).isInstanceOf(List.class)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2).contains("a");
            assertThat(list.getAdditionalProperty("meta")).isInstanceOf(Map.class)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("nested", true);
            assertThat(list.getAdditionalProperties()).containsKey("gone");
            assertThat(list.getAdditionalProperty("gone")).isNull();
            Reward reward = list.getRewards().get(0);
            assertThat(reward.getAdditionalProperty("loyalty_magic")).isEqualTo("sparkles");
            assertThat(((Number) reward.getEligibilityRules().get(0).getConditions().get(0)
                    .getAdditionalProperty("weight")).doubleValue()).isEqualTo(2.5);
        }

        @Test
        void readsNullAsAnUnsetOptionalField() {
            server.enqueue(json(200, "{\"id\":\"ada\",\"currentTier\":null,\"availablePoints\":null}"));

            PointBalance balance = client.points().getPointBalance("ada");

            assertThat(balance.getId()).isEqualTo("ada");
            assertThat(balance.getCurrentTier()).isNull();
            assertThat(balance.getAvailablePoints()).isNull();
            assertThat(balance.getAdditionalProperties()).isNull();
        }

        @Test
        void aModelWrittenBackKeepsItsUnknownFields() {
            server.enqueue(json(200, "{\"id\":\"ada\",\"availablePoints\":5,\"loyaltyScore\":\"97\"}"));

            PointBalance balance = client.points().getPointBalance("ada");

            assertThat(balance.toJson()).isEqualTo("{\"id\":\"ada\",\"availablePoints\":5,\"loyaltyScore\":\"97\"}");
        }
    }

    @Nested
    class AnAnswerOfTheWrongShape {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "object for a string at the top      | {\"member_id\":{\"x\":1}}                           | member_id",
            "array for a string at the top       | {\"member_id\":[\"ada\"]}                         | member_id",
            "string for a nested list            | {\"member_id\":\"ada\",\"rewards\":\"none\"}             | rewards",
            "object for a string in a list item  | {\"rewards\":[{\"reward_name\":{}}]}              | reward_name",
            "object for an enum in a list item   | {\"rewards\":[{\"reward_status\":{}}]}            | reward_status",
            "required field missing deep inside  | {\"rewards\":[{\"eligibility_rules\":[{\"conditions\":[{\"attribute\":\"tier\",\"values\":[]}]}]}] | operator",
            "required string given as null       | {\"rewards\":[{\"eligibility_rules\":[{\"conditions\":[{\"attribute\":null,\"operator\":\"Equals\",\"values\":[]}]}]}] | attribute",
            "not an object at all                | [1,2]                                             | BEGIN_ARRAY",
        })
        void isTheContractFailureNamingTheField(String what, String body, String field) {
            server.enqueue(json(200, body));

            assertThatThrownBy(() -> client.rewards().listMemberRewards("ada"))
                    .isExactlyInstanceOf(AnnexCloudException.class)
                    .satisfies(e -> {
                        AnnexCloudException failure = (AnnexCloudException) e;
                        assertThat(failure.httpStatus()).isZero();
                        assertThat(failure.rawBody()).isEqualTo(body);
                        assertThat(failure.getMessage())
                                .startsWith("HTTP 0: The response does not match the API contract")
                                .contains(field);
                    });
        }
    }
}
