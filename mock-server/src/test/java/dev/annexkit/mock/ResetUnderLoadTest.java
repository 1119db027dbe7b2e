package dev.annexkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A reset never shows concurrent clients a half-registered server (WireMock's near-miss page, no stub at all). */
class ResetUnderLoadTest {

    @Test
    void readersDuringManyResetsOnlyEverSeeTheApisOwnAnswers() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(4);
        AtomicBoolean resetting = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> strange = new ConcurrentLinkedQueue<>();
        try (AnnexCloudMockServer mock = MockHttp.server().seed(Seed.DEMO).start()) {
            MockHttp http = new MockHttp(mock);
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                counts.add(readers.submit(() -> {
                    int seen = 0;
                    while (resetting.get()) {
                        MockHttp.Answer answer = http.get("/users/nobody", "nobody");
                        if (answer.status() != 404 || !answer.body().contains("\"errorCode\":\"AC1005\"")) {
                            strange.add(answer.status() + " " + answer.body());
                        }
                        seen++;
                    }
                    return seen;
                }));
            }
            for (int i = 0; i < 300; i++) {
                mock.reset();
            }
            resetting.set(false);
            int total = 0;
            for (Future<Integer> count : counts) {
                total += count.get();
            }

            assertThat(total).as("readers ran during the resets").isPositive();
            assertThat(strange).as("answers other than the API's 404").isEmpty();
        } finally {
            resetting.set(false);
            readers.shutdownNow();
        }
    }

    @Test
    void aResetStillDropsTheUsersStubsAndKeepsTheMocks() {
        try (AnnexCloudMockServer mock = MockHttp.server().start()) {
            int own = mock.wireMock().getStubMappings().size();
            mock.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/mine")
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.ok()));

            mock.reset();

            assertThat(mock.wireMock().getStubMappings()).hasSize(own)
                    .noneMatch(s -> "/mine".equals(s.getRequest().getUrl()));
            assertThat(new MockHttp(mock).get("/users/nobody", "nobody").status()).isEqualTo(404);
        }
    }
}
