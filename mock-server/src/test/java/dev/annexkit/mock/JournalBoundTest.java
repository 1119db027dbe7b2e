package dev.annexkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WireMock keeps every request by default; the mock bounds its journal so long runs do not grow without end. */
class JournalBoundTest {

    @Test
    void journalKeepsOnlyTheNewestRequestsUpToTheLimit() {
        try (AnnexCloudMockServer mock = MockHttp.server().journalLimit(50).start()) {
            MockHttp http = new MockHttp(mock);
            for (int i = 0; i < 200; i++) {
                http.send("GET", "/users/member-" + i, null, Map.of());
            }

            List<ServeEvent> events = mock.wireMock().getAllServeEvents();

            assertThat(events).hasSizeBetween(1, 50);
            assertThat(events).extracting(e -> e.getRequest().getUrl()).contains("/api/3.0/users/member-199")
                    .doesNotContain("/api/3.0/users/member-0");
        }
    }
}
