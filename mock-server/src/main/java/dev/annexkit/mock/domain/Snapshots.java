package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.action.ActionSeries;
import dev.annexkit.mock.domain.blocklist.BlockEntry;
import dev.annexkit.mock.domain.campaign.Campaign;
import dev.annexkit.mock.domain.kernel.IdCounters;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointsLedger;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.reward.RewardAssignment;
import dev.annexkit.mock.domain.segment.Segment;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds {@link ProgramSnapshot}s, one small method per area, each in id order; the caller holds the program lock. */
final class Snapshots {

    private Snapshots() {
    }

    static ProgramSnapshot of(ProgramState state) {
        return new ProgramSnapshot(configuration(state), state.settings, members(state), points(state),
                rewards(state), products(state), state.orders.all(), state.stores.all(), blocklist(state),
                segments(state), campaigns(state), actionSeries(state), state.receipts.all(), surveys(state),
                groups(state), state.issuances.all(), idCounters(state));
    }

    private static IdCounters idCounters(ProgramState state) {
        return new IdCounters(state.ids.drawn(), state.receipts.receiptCounter(), state.segments.lastId(),
                state.groups.counter(), state.surveys.counter());
    }

    private static ProgramSnapshot.Configuration configuration(ProgramState state) {
        return new ProgramSnapshot.Configuration(state.settings.pointsExpiry(), state.actions.all(), state.tiers.all());
    }

    private static ProgramSnapshot.MemberData members(ProgramState state) {
        return new ProgramSnapshot.MemberData(
                state.members.all().stream().sorted(Comparator.comparing(Member::id)).toList(),
                state.deletions.all(),
                state.merges.all());
    }

    private static ProgramSnapshot.PointsData points(ProgramState state) {
        return new ProgramSnapshot.PointsData(ledger(state.ledger), state.spend.all(),
                state.ledger.disregardedByMember());
    }

    private static ProgramSnapshot.RewardData rewards(ProgramState state) {
        return new ProgramSnapshot.RewardData(
                state.rewards.all(),
                state.rewards.all().stream().map(r -> state.rewards.couponCodes(r.rewardId())).toList(),
                state.assignments.all().stream().sorted(Comparator.comparing(RewardAssignment::assignId)).toList());
    }

    private static ProgramSnapshot.ProductData products(ProgramState state) {
        return new ProgramSnapshot.ProductData(state.products.products(), state.products.categories());
    }

    private static List<BlockEntry> blocklist(ProgramState state) {
        return state.blocklist.list(null).stream()
                .sorted(Comparator.comparing(BlockEntry::type).thenComparing(BlockEntry::entry)).toList();
    }

    private static List<Segment> segments(ProgramState state) {
        return state.segments.all().stream().sorted(Comparator.comparing(Segment::segmentId)).toList();
    }

    private static List<Campaign> campaigns(ProgramState state) {
        return state.campaigns.all().stream().sorted(Comparator.comparing(Campaign::campaignId)).toList();
    }

    private static List<ActionSeries> actionSeries(ProgramState state) {
        return List.copyOf(state.actionSeries.values()); // a TreeMap: already by series id
    }

    private static ProgramSnapshot.SurveyData surveys(ProgramState state) {
        return new ProgramSnapshot.SurveyData(state.surveys.all(), state.surveys.responses());
    }

    private static ProgramSnapshot.GroupData groups(ProgramState state) {
        return new ProgramSnapshot.GroupData(state.groups.settings(), state.groups.all(),
                state.groups.invitations(), ledger(state.groupLedger));
    }

    /** Entries per account id (member or group), each list oldest first. */
    private static Map<String, List<LedgerEntry>> ledger(PointsLedger ledger) {
        Map<String, List<LedgerEntry>> byAccount = new TreeMap<>();
        for (String id : ledger.memberIds()) {
            byAccount.put(id, ledger.entries(id));
        }
        return Collections.unmodifiableMap(byAccount);
    }
}
