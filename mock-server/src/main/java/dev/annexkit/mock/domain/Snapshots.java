package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds {@link ProgramSnapshot}s; the caller holds the program lock. */
final class Snapshots {

    private Snapshots() {
    }

    static ProgramSnapshot of(ProgramState state) {
        return new ProgramSnapshot(
                new ProgramSnapshot.Configuration(state.settings.pointsExpiry(), state.actions.all(),
                        state.tiers.all()),
                new ProgramSnapshot.MemberData(
                        state.members.all().stream().sorted(Comparator.comparing(Member::id)).toList(),
                        state.deletions.all(),
                        state.merges.all()),
                new ProgramSnapshot.PointsData(ledger(state), state.spend.all()),
                new ProgramSnapshot.RewardData(
                        state.rewards.all(),
                        state.rewards.all().stream().map(r -> state.rewards.couponCodes(r.rewardId())).toList(),
                        state.assignments.all().stream()
                                .sorted(Comparator.comparing(RewardAssignment::assignId)).toList()));
    }

    private static Map<String, List<LedgerEntry>> ledger(ProgramState state) {
        Map<String, List<LedgerEntry>> byMember = new TreeMap<>();
        for (String memberId : state.ledger.memberIds()) {
            byMember.put(memberId, state.ledger.entries(memberId));
        }
        return java.util.Collections.unmodifiableMap(byMember);
    }

}
