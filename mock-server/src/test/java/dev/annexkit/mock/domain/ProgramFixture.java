package dev.annexkit.mock.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.domain.kernel.Ids;
import dev.annexkit.mock.domain.kernel.ManualClock;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.NewMember;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** A fresh program on a manual clock, plus the ledger invariant check every test runs after each step. */
public final class ProgramFixture {

    public static final Instant START = Instant.parse("2024-04-01T00:00:00Z");

    public final ManualClock clock = new ManualClock(START);
    public final LoyaltyProgram program;

    private ProgramFixture(ProgramSettings settings) {
        program = new LoyaltyProgram(clock, Ids.sequential(), settings);
    }

    public static ProgramFixture with(ProgramSettings settings) {
        return new ProgramFixture(settings);
    }

    public static ProgramFixture noExpiry() {
        return new ProgramFixture(ProgramSettings.noExpiry());
    }

    public static ProgramFixture expiringAfter(Period period) {
        return new ProgramFixture(ProgramSettings.expireAfter(period));
    }

    /** The demo configuration, points never expire. */
    public static ProgramFixture demo() {
        ProgramFixture f = noExpiry();
        DemoProgram.load(f.program);
        return f;
    }

    public Member enroll(String id) {
        return program.enroll(NewMember.of(id, null));
    }

    public Member enrollWith(String id, long points) {
        Member m = enroll(id);
        if (points > 0) {
            program.points(PointsCommand.credit(id, 100, points));
        }
        return m;
    }

    public long available(String memberId) {
        return program.balance(memberId).available();
    }

    /** Every ledger entry of the member, oldest first, read through the public paging API. */
    public List<LedgerEntry> entries(String memberId) {
        List<LedgerEntry> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<LedgerEntry> p = program.activity(memberId, PageRequest.of(page, 100));
            all.addAll(p.items());
            if (page >= p.pages()) {
                break;
            }
        }
        java.util.Collections.reverse(all);
        return all;
    }

    /**
     * lifetime = available + used + expired + hold, nothing negative, and the derived numbers agree with an
     * independent recomputation of lifetime and used straight from the entries.
     */
    public PointBalance assertInvariant(String memberId) {
        PointBalance b = program.balance(memberId);
        assertThat(b.lifetime()).as("lifetime = available + used + expired + hold for %s: %s", memberId, b)
                .isEqualTo(b.available() + b.used() + b.expired() + b.hold());
        assertThat(b.isConsistent()).as("consistent %s", b).isTrue();
        assertThat(b.available()).isNotNegative();
        long lifetime = 0;
        long used = 0;
        for (LedgerEntry e : entries(memberId)) {
            if (e.activity() == Activity.CREDIT) {
                if (e.isReversal()) {
                    used -= e.points();
                } else {
                    lifetime += e.points();
                }
            } else if (e.isVoid()) {
                lifetime -= e.points();
            } else {
                used += e.points();
            }
        }
        assertThat(b.lifetime()).as("lifetime recomputed").isEqualTo(lifetime);
        assertThat(b.used()).as("used recomputed").isEqualTo(used);
        return b;
    }
}
