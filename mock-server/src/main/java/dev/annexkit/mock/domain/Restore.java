package dev.annexkit.mock.domain;

import dev.annexkit.mock.domain.kernel.IdCounters;
import dev.annexkit.mock.domain.receipt.Receipt;
import dev.annexkit.mock.domain.survey.SurveyResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Puts a {@link ProgramSnapshot} back into a fresh program's state, one small method per area, the mirror of
 * {@link Snapshots}. Values go in as saved: the rules already held when they were made, and re-running them
 * would re-stamp times and draw new ids. The caller holds the program lock.
 */
final class Restore {

    private Restore() {
    }

    static void into(ProgramState state, ProgramSnapshot s) {
        s.configuration().actions().forEach(state.actions::define);
        s.configuration().tiers().forEach(state.tiers::define);
        s.members().members().forEach(state.members::restore);
        s.members().pendingDeletions().forEach(state.deletions::queue);
        s.members().merges().forEach(state.merges::add);
        points(state, s.points());
        rewards(state, s.rewards());
        state.products.restore(s.products().products(), s.products().categories());
        s.orders().forEach(state.orders::save);
        s.stores().forEach(state.stores::create);
        s.blocklist().forEach(state.blocklist::restore);
        s.segments().forEach(state.segments::save);
        s.campaigns().forEach(state.campaigns::define);
        s.actionSeries().forEach(series -> state.actionSeries.put(series.seriesId(), series));
        // receipt numbers grow with each submission: their order is the order members' lists show
        s.receipts().stream().sorted(Comparator.comparing((Receipt r) -> r.receiptId().length())
                .thenComparing(Receipt::receiptId)).forEach(state.receipts::save);
        surveys(state, s.surveys());
        groups(state, s.groups());
        s.issuances().forEach(state.issuances::save);
        counters(state, s.idCounters());
    }

    private static void points(ProgramState state, ProgramSnapshot.PointsData points) {
        TreeSet<String> accounts = new TreeSet<>(points.ledger().keySet());
        accounts.addAll(points.disregardedNegativePoints().keySet());
        for (String id : accounts) {
            state.ledger.restore(id, points.ledger().getOrDefault(id, List.of()),
                    points.disregardedNegativePoints().getOrDefault(id, 0L));
        }
        points.spend().forEach(state.spend::restore);
    }

    private static void rewards(ProgramState state, ProgramSnapshot.RewardData rewards) {
        rewards.rewards().forEach(r -> state.rewards.restore(r, rewards.couponPools().stream()
                .filter(c -> c.rewardId().equals(r.rewardId())).findFirst().orElse(null)));
        rewards.assignments().forEach(state.assignments::save);
    }

    private static void surveys(ProgramState state, ProgramSnapshot.SurveyData surveys) {
        surveys.surveys().forEach(state.surveys::save);
        for (Map.Entry<String, List<SurveyResponse>> answered : surveys.responses().entrySet()) {
            answered.getValue().forEach(state.surveys::record); // recounts the survey's responses
        }
    }

    private static void groups(ProgramState state, ProgramSnapshot.GroupData groups) {
        state.groups.settings(groups.settings());
        groups.groups().stream().sorted(Comparator.comparing((dev.annexkit.mock.domain.group.Group g) ->
                g.groupId().length()).thenComparing(g -> g.groupId())).forEach(state.groups::save);
        groups.invitations().forEach(state.groups::invite);
        groups.ledger().forEach((groupId, entries) -> state.groupLedger.restore(groupId, entries, 0));
    }

    private static void counters(ProgramState state, IdCounters counters) {
        if (counters == null) {
            return; // an export from before the counters were saved: ids continue from the seed's
        }
        state.ids.skipTo(counters.generatedIds());
        state.receipts.resumeReceiptCounter(counters.lastReceiptNumber());
        state.segments.resumeAfter(counters.lastSegmentId());
        state.groups.resumeAfter(counters.lastGroupId());
        state.surveys.resumeAfter(counters.lastSurveyNumber());
    }
}
