package dev.annexkit.sdk;

import static dev.annexkit.sdk.TestHttp.clientFor;
import static dev.annexkit.sdk.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.sdk.TestHttp.RecordingSleeper;
import dev.annexkit.sdk.TestHttp.SteppingClock;
import dev.annexkit.sdk.model.ActivityEntry;
import dev.annexkit.sdk.model.Reward;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import dev.annexkit.sdk.service.RewardsV2Service.ListRewardsParams;

class AutoPagingTest {

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

    static String activityPage(int current, int pages, String... ids) {
        StringBuilder entries = new StringBuilder();
        for (String id : ids) {
            entries.append(entries.length() == 0 ? "" : ",").append("{\"activityId\":\"").append(id).append("\"}");
        }
        return "{\"id\":\"ada\",\"currentPage\":" + current + ",\"pages\":" + pages + ",\"activityDetail\":["
                + entries + "]}";
    }

    @Nested
    class V3Pages {

        @Test
        void activityIsFetchedPageByPageAndStopsAtTheLast() throws InterruptedException {
            server.enqueue(json(200, activityPage(1, 2, "a1", "a2")));
            server.enqueue(json(200, activityPage(2, 2, "a3")));

            List<String> ids = client.activity().getMemberActivityAutoPaging("ada").stream()
                    .map(ActivityEntry::getActivityId).collect(Collectors.toList());

            assertThat(ids).containsExactly("a1", "a2", "a3");
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(server.takeRequest().getRequestUrl().queryParameter("page")).isEqualTo("1");
            assertThat(server.takeRequest().getRequestUrl().queryParameter("page")).isEqualTo("2");
        }

        @Test
        void snakeCaseCurrentPageIsUnderstoodToo() {
            server.enqueue(json(200, "{\"id\":\"ada\",\"current_page\":1,\"pages\":2,\"rewardDetail\":[{}]}"));
            server.enqueue(json(200, "{\"id\":\"ada\",\"current_page\":2,\"pages\":2,\"rewardDetail\":[{}]}"));

            assertThat(client.rewardsV1().listUsedRewardsAutoPaging("ada").stream().count()).isEqualTo(2);
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Nested
    class V2Pages {

        @Test
        void rewardsFollowTotalPageAndLimit() throws InterruptedException {
            server.enqueue(json(200, "{\"total\":3,\"page\":1,\"limit\":2,\"rewards\":[{\"reward_id\":\"r1\"},{\"reward_id\":\"r2\"}]}"));
            server.enqueue(json(200, "{\"total\":3,\"page\":2,\"limit\":2,\"rewards\":[{\"reward_id\":\"r3\"}]}"));

            List<Reward> rewards = client.rewards().listRewardsAutoPaging(ListRewardsParams.builder().limit(2).build()).stream()
                    .collect(Collectors.toList());

            assertThat(rewards).hasSize(3);
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(server.takeRequest().getRequestUrl().queryParameter("limit")).isEqualTo("2");
        }

        @Test
        void takingFewerItemsThanAPageHoldsFetchesOnePage() {
            server.enqueue(json(200, "{\"total\":30,\"page\":1,\"limit\":2,\"rewards\":[{\"reward_id\":\"r1\"},{\"reward_id\":\"r2\"}]}"));

            client.rewards().listRewardsAutoPaging(ListRewardsParams.builder().limit(2).build()).stream().limit(2).count();

            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }
}
