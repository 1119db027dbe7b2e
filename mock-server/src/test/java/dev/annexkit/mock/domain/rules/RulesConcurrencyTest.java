package dev.annexkit.mock.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ProgramFixture;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.reward.RewardSource;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Eight threads, 10,000 operations mixing action awards (limited, cooling down, in a campaign), negative-points
 * debits, redemptions, coupon assignments and blocklist changes: every rule and invariant must hold at the end.
 */
class RulesConcurrencyTest {

    private static final int THREADS = 8;
    private static final int OPS_PER_THREAD = 1_250;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void rulesHoldUnderMixedTrafficFromEightThreads() throws Exception {
        ProgramFixture f = ProgramFixture.demo();
        LoyaltyProgram program = f.program;
        f.clock.set(java.time.Instant.parse("2025-01-01T00:00:00Z"));
        program.addCoupons(DemoProgram.FREE_SHIPPING, IntStream.range(0, 800).mapToObj(i -> "C-" + i).toList());
        List<String> members = IntStream.range(0, 12).mapToObj(i -> "m" + i + "@ok.example").toList();
        members.forEach(f::enroll);
        f.enroll("banned@spam.example");
        program.blocklist().block(List.of(), List.of("spam.example"), "test");

        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> blockedPasses = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                Random random = new Random(100 + thread);
                for (int op = 0; op < OPS_PER_THREAD; op++) {
                    String member = members.get(random.nextInt(members.size()));
                    if (thread == 0 && op % 50 == 0) {
                        f.clock.advance(Duration.ofHours(7));
                    }
                    try {
                        switch (random.nextInt(10)) {
                            case 0, 1 -> program.points(PointsCommand.award(member, 102));
                            case 2 -> program.points(PointsCommand.award(member, 103));
                            case 3 -> program.points(PointsCommand.credit(member, 100, 1 + random.nextInt(400)));
                            case 4 -> program.points(PointsCommand.debit(member, 100, 1 + random.nextInt(300))
                                    .withAllowNegativePoints(random.nextBoolean()));
                            case 5 -> program.points(PointsCommand.redeem(member, DemoProgram.FREE_SHIPPING));
                            case 6 -> program.assignReward(DemoProgram.FREE_SHIPPING, member,
                                    RewardSource.manual("T" + thread, null, null));
                            case 7 -> {
                                program.points(PointsCommand.credit("banned@spam.example", 100, 10));
                                blockedPasses.add("credit");
                            }
                            case 8 -> {
                                if (random.nextBoolean()) {
                                    program.blocklist().block(List.of(member), List.of(), "t");
                                } else {
                                    program.blocklist().remove(member, null);
                                }
                            }
                            default -> program.points(PointsCommand.debit(member, 100,
                                    1 + random.nextInt(50)));
                        }
                    } catch (DomainException expected) {
                        // limits, cooldowns, empty pools, blocked members, insufficient points: all fine
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
            }));
        }
        for (Future<?> d : done) {
            d.get(170, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(blockedPasses).isEmpty();
        assertThat(program.balance("banned@spam.example")).isEqualTo(PointBalance.ZERO);
        Set<String> codes = new HashSet<>();
        for (String m : members) {
            PointBalance b = f.assertInvariant(m);
            assertThat(b.available()).isNotNegative();
            Map<String, Integer> reviewsPerMonth = new HashMap<>();
            LedgerEntry lastCheckIn = null;
            for (LedgerEntry e : allEntries(program, m)) {
                if (e.isCredit() && e.attributes().isEmpty() && e.actionId() == 102) {
                    reviewsPerMonth.merge(e.createdAt().atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1)
                            .toString(), 1, Integer::sum);
                }
                if (e.isCredit() && e.attributes().isEmpty() && e.actionId() == 103) {
                    if (lastCheckIn != null) {
                        assertThat(Duration.between(lastCheckIn.createdAt(), e.createdAt()))
                                .isGreaterThanOrEqualTo(Duration.ofHours(24));
                    }
                    lastCheckIn = e;
                }
            }
            assertThat(reviewsPerMonth.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
            for (RewardAssignment a : program.rewardHistory(m, null, PageRequest.of(1, 100)).items()) {
                if (a.couponCode() != null) {
                    assertThat(codes.add(a.couponCode())).as("code %s issued twice", a.couponCode()).isTrue();
                }
            }
        }
        assertThat(codes).isNotEmpty();
    }

    private static List<LedgerEntry> allEntries(LoyaltyProgram program, String member) {
        List<LedgerEntry> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            var p = program.activity(member, PageRequest.of(page, 100));
            all.addAll(p.items());
            if (page >= p.pages()) {
                break;
            }
        }
        java.util.Collections.reverse(all);
        return all;
    }
}
