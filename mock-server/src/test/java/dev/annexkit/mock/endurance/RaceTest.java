package dev.annexkit.mock.endurance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.NewMember;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many clients racing for the same scarce thing over HTTP: the mock hands out exactly what exists. */
class RaceTest {

    private static final int THREADS = 32;

    private AnnexCloudMockServer mock;
    private MockHttp http;

    @BeforeEach
    void start() {
        mock = MockHttp.server().seed(Seed.DEMO).start();
        http = new MockHttp(mock);
    }

    @AfterEach
    void stop() {
        mock.stop();
    }

    @Test
    void thirtyTwoMembersRacingForTheLastTenCouponsGetExactlyTenDistinctCodes() throws Exception {
        mock.program().addCoupons("FREE-SHIPPING", List.of("SHIP-0006", "SHIP-0007", "SHIP-0008", "SHIP-0009", "SHIP-0010"));
        for (int i = 0; i < THREADS; i++) {
            mock.program().enroll(NewMember.of("racer" + i + "@example.com", "racer" + i + "@example.com"));
            mock.program().points(PointsCommand.credit("racer" + i + "@example.com", 100, 1_000));
        }

        List<MockHttp.Answer> answers = race(i -> {
            String member = "racer" + i + "@example.com";
            return http.post("/rewards/FREE-SHIPPING/users/" + member + "/assign",
                    "{\"reward_id\":\"FREE-SHIPPING\",\"user_id\":\"" + member + "\"}");
        });

        List<MockHttp.Answer> won = answers.stream().filter(a -> a.status() == 200).toList();
        Set<String> codes = new HashSet<>();
        won.forEach(a -> codes.add(a.json().path("reward_code").asText()));
        assertThat(won).hasSize(10);
        assertThat(codes).hasSize(10);
        assertThat(answers).filteredOn(a -> a.status() != 200)
                .allSatisfy(a -> assertThat(a.json().path("errorCode").asText()).isEqualTo("AC1011"));
        assertThat(mock.program().reward("FREE-SHIPPING").coupons().issued()).isEqualTo(10);
        assertThat(mock.program().reward("FREE-SHIPPING").coupons().available()).isZero();
        long untouched = IntStream.range(0, THREADS)
                .filter(i -> mock.program().balance("racer" + i + "@example.com").available() == 1_000).count();
        assertThat(untouched).as("losers were not debited").isEqualTo(THREADS - 10);
    }

    @Test
    void thirtyTwoRedemptionsAgainstABalanceForThreeSucceedExactlyThreeTimes() throws Exception {
        mock.program().enroll(NewMember.of("saver@example.com", "saver@example.com"));
        mock.program().points(PointsCommand.credit("saver@example.com", 100, 1_500));

        List<MockHttp.Answer> answers = race(i -> http.post("/points",
                "{\"id\":\"saver@example.com\",\"actionId\":107,\"activity\":\"DEBIT\",\"rewardId\":\"FIVE-OFF\","
                        + "\"customId\":\"checkout-" + i + "\"}"));

        PointBalance balance = mock.program().balance("saver@example.com");
        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(3);
        assertThat(answers).filteredOn(a -> a.status() != 200)
                .allSatisfy(a -> assertThat(a.json().path("errorCode").asText()).isEqualTo("AC1010"));
        assertThat(balance.available()).isZero();
        assertThat(balance.used()).isEqualTo(1_500);
        assertThat(balance.lifetime()).isEqualTo(balance.available() + balance.used() + balance.expired() + balance.hold());
    }

    /** Runs one call per thread, all released at once, and returns the answers. */
    private static List<MockHttp.Answer> race(java.util.function.IntFunction<MockHttp.Answer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<MockHttp.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int index = i;
                Callable<MockHttp.Answer> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<MockHttp.Answer> answers = new ArrayList<>();
            for (Future<MockHttp.Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
