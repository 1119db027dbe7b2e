package dev.annexkit.sdk;

import static dev.annexkit.sdk.TestHttp.clientFor;
import static dev.annexkit.sdk.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.sdk.TestHttp.RecordingSleeper;
import dev.annexkit.sdk.TestHttp.SteppingClock;
import dev.annexkit.sdk.model.ActivityEntry;
import dev.annexkit.sdk.model.Reward;
import dev.annexkit.sdk.pagination.Pagers;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PagersTest {

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

            List<String> ids = Pagers.getMemberActivityAutoPaging(client.activity(), "ada").stream()
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

            assertThat(Pagers.listUsedRewardsAutoPaging(client.rewardsV1(), "ada").stream().count()).isEqualTo(2);
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Nested
    class V2Pages {

        @Test
        void rewardsFollowTotalPageAndLimit() throws InterruptedException {
            server.enqueue(json(200, "{\"total\":3,\"page\":1,\"limit\":2,\"rewards\":[{\"reward_id\":\"r1\"},{\"reward_id\":\"r2\"}]}"));
            server.enqueue(json(200, "{\"total\":3,\"page\":2,\"limit\":2,\"rewards\":[{\"reward_id\":\"r3\"}]}"));

            List<Reward> rewards = Pagers.listRewardsAutoPaging(client.rewards(), null, null, null, 2).stream()
                    .collect(Collectors.toList());

            assertThat(rewards).hasSize(3);
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(server.takeRequest().getRequestUrl().queryParameter("limit")).isEqualTo("2");
        }

        @Test
        void takingFewerItemsThanAPageHoldsFetchesOnePage() {
            server.enqueue(json(200, "{\"total\":30,\"page\":1,\"limit\":2,\"rewards\":[{\"reward_id\":\"r1\"},{\"reward_id\":\"r2\"}]}"));

            Pagers.listRewardsAutoPaging(client.rewards(), null, null, null, 2).stream().limit(2).count();

            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }
}
