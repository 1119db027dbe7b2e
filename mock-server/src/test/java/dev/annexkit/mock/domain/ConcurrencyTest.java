package dev.annexkit.mock.domain;

import static dev.annexkit.mock.domain.DemoProgram.FIVE_OFF;
import static dev.annexkit.mock.domain.DemoProgram.FREE_SHIPPING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.reward.AssignmentStatus;
import dev.annexkit.mock.domain.reward.RewardSource;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hammers the façade from many threads; the single lock must keep every ledger invariant intact. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int OPS_PER_THREAD = 1_250;
    private static final int MEMBERS = 16;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mixedTrafficFromEightThreadsKeepsTheLedgerConsistent() throws Exception {
        ProgramFixture f = ProgramFixture.expiringAfter(Period.ofDays(20));
        LoyaltyProgram program = f.program;
        DemoProgram.load(program);
        program.addCoupons(FREE_SHIPPING, IntStream.range(0, 600).mapToObj(i -> "LOAD-" + i).toList());
        List<String> members = IntStream.range(0, MEMBERS).mapToObj(i -> "member" + i + "@x.io").toList();
        members.forEach(f::enroll);

        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger applied = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                Random random = new Random(thread);
                List<RewardAssignment> mine = new ArrayList<>();
                await(start);
                for (int op = 0; op < OPS_PER_THREAD; op++) {
                    String member = members.get(random.nextInt(MEMBERS));
                    if (thread == 0 && op % 25 == 0) {
                        f.clock.advance(Duration.ofDays(1)); // points credited early expire mid-run
                    }
                    try {
                        switch (random.nextInt(8)) {
                            case 0, 1, 2 -> program.points(
                                    PointsCommand.credit(member, 100, 1 + random.nextInt(1_000)));
                            case 3 -> program.points(PointsCommand.debit(member, 100, 1 + random.nextInt(300)));
                            case 4 -> program.points(PointsCommand.redeem(member,
                                    random.nextBoolean() ? FREE_SHIPPING : FIVE_OFF));
                            case 5 -> mine.add(program.assignReward(random.nextBoolean() ? FREE_SHIPPING : FIVE_OFF,
                                    member, RewardSource.manual("T" + thread, null, null)));
                            case 6 -> {
                                if (!mine.isEmpty()) {
                                    RewardAssignment a = mine.get(random.nextInt(mine.size()));
                                    AssignmentStatus to = AssignmentStatus.values()[1 + random.nextInt(3)];
                                    program.updateAssignment(a.rewardId(), a.memberId(), a.assignId(), to, null,
                                            null);
                                }
                            }
                            default -> program.balance(member);
                        }
                        applied.incrementAndGet();
                    } catch (DomainException expected) {
                        rejected.incrementAndGet();
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(110, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(applied.get() + rejected.get()).isEqualTo(THREADS * OPS_PER_THREAD);
        assertThat(rejected.get()).as("some operations should hit business rules").isPositive();

        List<String> issuedCodes = new ArrayList<>();
        long expired = 0;
        for (String member : members) {
            PointBalance b = f.assertInvariant(member);
            assertThat(b.available()).isNotNegative();
            expired += b.expired();
            for (int page = 1; ; page++) {
                Page<RewardAssignment> p = program.rewardHistory(member, null, PageRequest.of(page, 100));
                p.items().stream().map(RewardAssignment::couponCode).filter(c -> c != null).forEach(issuedCodes::add);
                if (page >= p.pages()) {
                    break;
                }
            }
        }
        Set<String> distinct = new HashSet<>(issuedCodes);
        assertThat(distinct).as("no coupon code issued twice").hasSameSizeAs(issuedCodes);
        assertThat(program.reward(FREE_SHIPPING).coupons().issued()).isEqualTo(issuedCodes.size());
        assertThat(expired).as("the clock moved enough for points to expire").isPositive();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
