package dev.annexkit.sdk.acceptance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.IssuanceSourceType;
import dev.annexkit.sdk.model.MemberResponse;
import dev.annexkit.sdk.model.OptInStatus;
import dev.annexkit.sdk.model.Reward;
import dev.annexkit.sdk.model.RewardList;
import dev.annexkit.sdk.model.RewardStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A server that grows new fields and enum values must not break an older client. */
@AnnexCloudMock(seed = Seed.DEMO)
class ForwardCompatibilityAcceptanceTest {

    static final String FUTURE_REWARD = "{\"reward_id\":\"FIVE-OFF\",\"reward_name\":\"$5 off\","
            + "\"reward_status\":\"Paused\",\"points_to_redeem\":500,"
            + "\"issuance_source_types\":[\"manual\",\"sms\"],"
            + "\"loyalty_magic\":\"sparkles\",\"future_object\":{\"nested\":true}}";

    static void stubJson(AnnexCloudMockServer mock, String path, String body) {
        mock.wireMock().stubFor(get(urlPathEqualTo("/api/3.0" + path))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Nested
    class GetReward {

        @Test
        void unknownFieldIsKeptAndUnknownStatusBecomesTheDefaultCase(AnnexCloudMockServer mock, AnnexCloudClient client) {
            stubJson(mock, "/rewards/FIVE-OFF", FUTURE_REWARD);

            Reward reward = client.rewards().getReward("FIVE-OFF");

            assertThat(reward.getRewardId()).isEqualTo("FIVE-OFF");
            assertThat(reward.getPointsToRedeem()).isEqualTo(500L);
            assertThat(reward.getRewardStatus()).isEqualTo(RewardStatus.UNKNOWN_DEFAULT_OPEN_API);
            assertThat(reward.getAdditionalProperty("loyalty_magic")).isEqualTo("sparkles");
            assertThat(reward.getAdditionalProperty("future_object")).isNotNull();
            assertThat(reward.getIssuanceSourceTypes())
                    .containsExactly(IssuanceSourceType.MANUAL, IssuanceSourceType.UNKNOWN_DEFAULT_OPEN_API);
        }
    }

    @Nested
    class ListRewards {

        @Test
        void unknownFieldsInsideListItemsAndTheEnvelopeAreTolerated(AnnexCloudMockServer mock, AnnexCloudClient client) {
            stubJson(mock, "/rewards", "{\"site_id\":\"1\",\"total\":1,\"page\":1,\"limit\":10,"
                    + "\"next_cursor\":\"abc\",\"rewards\":[" + FUTURE_REWARD + "]}");

            RewardList list = client.rewards().listRewards();

            assertThat(list.getAdditionalProperty("next_cursor")).isEqualTo("abc");
            assertThat(list.getRewards()).singleElement()
                    .satisfies(r -> assertThat(r.getRewardStatus()).isEqualTo(RewardStatus.UNKNOWN_DEFAULT_OPEN_API));
        }
    }

    @Nested
    class GetMember {

        @Test
        void unknownMemberFieldAndOptInValueAreTolerated(AnnexCloudMockServer mock, AnnexCloudClient client) {
            stubJson(mock, "/users/x%40example.com", // the SDK percent-encodes @ in path ids
                    "{\"siteId\":\"1\",\"id\":\"x@example.com\","
                    + "\"email\":\"x@example.com\",\"optInStatus\":\"MAYBE\",\"loyaltyScore\":97}");

            MemberResponse member = client.users().getMember("x@example.com");

            assertThat(member.getId()).isEqualTo("x@example.com");
            assertThat(member.getOptInStatus()).isEqualTo(OptInStatus.UNKNOWN_DEFAULT_OPEN_API);
            assertThat(member.getAdditionalProperty("loyaltyScore")).isInstanceOf(Number.class);
            assertThat(((Number) member.getAdditionalProperty("loyaltyScore")).longValue()).isEqualTo(97L);
        }
    }
}
