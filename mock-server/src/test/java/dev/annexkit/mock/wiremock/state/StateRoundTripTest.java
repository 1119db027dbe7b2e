package dev.annexkit.mock.wiremock.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.kernel.Ids;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.ManualClock;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.ProgramSnapshot;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.NewMember;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A state export read back as a seed restores the very same state, and the program goes on from there. */
class StateRoundTripTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));

    private LoyaltyProgram busy() {
        LoyaltyProgram p = new LoyaltyProgram(clock, Ids.seeded(7), ProgramSettings.expireAfter(Period.ofDays(365)));
        DemoProgram.load(p);
        BusyProgram.arrange(p);
        clock.advance(Duration.ofDays(3)); // holds still pending, nothing expired yet
        return p;
    }

    private static LoyaltyProgram reloaded(String export, ManualClock clock, long idSeed) {
        SeedJson.Document document = SeedJson.parse(export);
        assertThat(document.isState()).isTrue();
        return StateFiles.restore(clock, Ids.seeded(idSeed), document.state());
    }

    @Test
    void theDemoSeedsExportReloadsToTheSameExport() {
        LoyaltyProgram p = new LoyaltyProgram(clock, Ids.seeded(7), ProgramSettings.noExpiry());
        DemoProgram.load(p);
        String export = StateJson.export(p.snapshot());

        assertThat(StateJson.export(reloaded(export, clock, 7).snapshot())).isEqualTo(export);
    }

    @Test
    void aProgramWithActivityInEveryAreaReloadsToTheSameSnapshotAndExport() {
        LoyaltyProgram p = busy();
        ProgramSnapshot before = p.snapshot();
        String export = StateJson.export(before);

        LoyaltyProgram back = reloaded(export, clock, 7);

        assertThat(back.snapshot()).isEqualTo(before);
        assertThat(StateJson.export(back.snapshot())).isEqualTo(export);
        assertThat(export).contains("\"issuances\"", "\"idCounters\"", "\"heldUntilReleased\" : true",
                "\"merges\" : [ {", "\"issued\" : [ \"SHIP-0001\" ]", "\"invitations\" : [ {");
    }

    @Test
    void theReloadedProgramBehavesAsTheOriginalWouldHave() {
        LoyaltyProgram original = busy();
        String export = StateJson.export(original.snapshot());
        LoyaltyProgram back = reloaded(export, clock, 7);

        for (LoyaltyProgram p : List.of(original, back)) {
            clock.advance(Duration.ZERO);
            p.points(PointsCommand.credit("ada", 100, 5));
            p.enroll(NewMember.of("eve", "eve@example.com"));
            p.receipts().submitUrl("eve", "https://example.com/r3.png");
        }
        assertThat(StateJson.export(back.snapshot())).isEqualTo(StateJson.export(original.snapshot()));
    }

    @Test
    void idsNeverRepeatAfterAReloadEvenWithAnotherIdSeed() {
        LoyaltyProgram original = busy();
        LoyaltyProgram back = reloaded(StateJson.export(original.snapshot()), clock, 7);
        LoyaltyProgram otherSeed = reloaded(StateJson.export(original.snapshot()), clock, 8);

        Set<String> used = new HashSet<>(entryIds(original));
        String receiptBefore = original.snapshot().idCounters().lastReceiptNumber() + "";
        for (LoyaltyProgram p : List.of(back, otherSeed)) {
            p.points(PointsCommand.credit("ada", 100, 5));
            List<String> ids = entryIds(p);
            assertThat(used).doesNotContain(ids.get(ids.size() - 1));
            String receipt = p.receipts().submitUrl("ada", "https://example.com/r9.png").receiptId();
            assertThat(Long.parseLong(receipt)).isGreaterThan(Long.parseLong(receiptBefore));
        }
    }

    @Test
    void aCustomIdBookedBeforeTheReloadIsStillADuplicateAfterIt() {
        LoyaltyProgram back = reloaded(StateJson.export(busy().snapshot()), clock, 7);

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                back.points(PointsCommand.credit("ada", 100, 15).withCustomId("C-1")))
                .isInstanceOf(dev.annexkit.mock.domain.error.DomainException.class);
    }

    @Test
    void aMisspeltKeyDeepInsideAnExportIsRefusedWithItsPath() {
        String export = StateJson.export(busy().snapshot());
        String optional = export.replaceFirst("\"reason\" : \"Welcome\"", "\"reasn\" : \"Welcome\"");
        String required = export.replaceFirst("\"heldUntilReleased\"", "\"heldUntilReleasd\"");

        // an unknown key is named; a misspelt required one shows as the required one missing, at its place
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SeedJson.parse(optional))
                .isInstanceOf(dev.annexkit.mock.domain.error.InvalidField.class)
                .hasMessageContaining("points.ledger.ada").hasMessageContaining("reasn");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SeedJson.parse(required))
                .isInstanceOf(dev.annexkit.mock.domain.error.InvalidField.class)
                .hasMessageContaining("points.ledger.ada[0].heldUntilReleased");
    }

    private static List<String> entryIds(LoyaltyProgram p) {
        return p.snapshot().points().ledger().get("ada").stream().map(LedgerEntry::entryId).toList();
    }
}
