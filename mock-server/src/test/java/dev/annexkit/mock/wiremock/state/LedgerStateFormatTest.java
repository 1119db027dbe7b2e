package dev.annexkit.mock.wiremock.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ProgramSettings;
import dev.annexkit.mock.domain.issuance.IssuanceChange;
import dev.annexkit.mock.domain.kernel.IdGenerator;
import dev.annexkit.mock.domain.kernel.Ids;
import dev.annexkit.mock.domain.kernel.ManualClock;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.reward.AssignmentStatus;
import dev.annexkit.mock.domain.reward.RewardSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the ledger's part of the state file: {@code ledger-every-kind.json} was exported before ledger entries
 * were stored compactly, from a program holding every kind of entry (credits with expiry, hold and hold until
 * released, debits, voids, refunds, attributes, merged history) under ids of every shape an id generator or a
 * hand-edited file can give (canonical UUIDs, upper case, without hyphens, free text) and times with
 * nanoseconds. The same calls must still export exactly that text, and that text must load and export
 * unchanged through every way in: a seed, the server's {@code loadSeed} and {@code --state-file}.
 */
class LedgerStateFormatTest {

    private static final String GOLDEN = "ledger-every-kind.json";

    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00.123456789Z"));

    /** Ids of every shape, in turn: canonical, upper case, without hyphens, free text. */
    private static IdGenerator mixedIds() {
        IdGenerator uuids = Ids.seeded(11);
        long[] drawn = {0};
        return () -> {
            String uuid = uuids.nextId();
            return switch ((int) (drawn[0]++ % 4)) {
                case 1 -> uuid.toUpperCase(java.util.Locale.ROOT);
                case 2 -> uuid.replace("-", "");
                case 3 -> "legacy-" + drawn[0];
                default -> uuid;
            };
        };
    }

    private LoyaltyProgram everyKindOfEntry() {
        LoyaltyProgram p = new LoyaltyProgram(clock, mixedIds(), ProgramSettings.expireAfter(Period.ofDays(365)));
        DemoProgram.load(p);
        BusyProgram.arrange(p); // reasons, custom ids, holds, merges, orders (voids), issuances (held until released)
        clock.advance(Duration.ofNanos(1_001));
        p.points(PointsCommand.credit("ada", 100, 3_000).withReason("Top up"));
        String assignId = p.assignReward(DemoProgram.FREE_SHIPPING, "ada", RewardSource.manual("agent", "Agent", null)).assignId();
        clock.advance(Duration.ofMillis(1).plusNanos(7));
        p.updateAssignment(DemoProgram.FREE_SHIPPING, "ada", assignId, AssignmentStatus.CANCELLED, null, null);
        p.issuances().change(IssuanceChange.fullCancel("ISS-2")); // voids the credit held until released
        clock.advance(Duration.ofDays(3));
        return p;
    }

    @Test
    void everyKindOfEntryExportsAsBeforeTheCompactLedger() throws IOException {
        String export = StateJson.export(everyKindOfEntry().snapshot());

        assertThat(export).isEqualTo(golden());
    }

    @Test
    void theGoldenExportHoldsEveryKindOfEntry() throws IOException {
        List<LedgerEntry> entries = SeedJson.parse(golden()).state().points().ledger().values().stream()
                .flatMap(List::stream).toList();

        assertThat(entries).anyMatch(e -> e.isCredit() && e.expiresAt() != null)
                .anyMatch(e -> e.isCredit() && e.releaseAt() != null)
                .anyMatch(LedgerEntry::heldUntilReleased)
                .anyMatch(e -> !e.isCredit() && !e.isVoid())
                .anyMatch(LedgerEntry::isVoid)
                .anyMatch(e -> e.isCredit() && e.isReversal())
                .anyMatch(e -> !e.attributes().isEmpty())
                .anyMatch(e -> e.rewardCode() != null)
                .anyMatch(e -> e.orderId() != null)
                .anyMatch(e -> e.customId() != null)
                .anyMatch(e -> e.pointType() != null)
                .anyMatch(e -> e.createdAt().getNano() % 1_000_000 != 0);
        assertThat(entries.stream().map(LedgerEntry::entryId).collect(Collectors.toSet()))
                .anyMatch(id -> id.startsWith("legacy-"))
                .anyMatch(id -> id.length() == 32)
                .anyMatch(id -> id.length() == 36 && !id.equals(id.toLowerCase(java.util.Locale.ROOT)))
                .anyMatch(id -> id.length() == 36 && id.equals(id.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void theGoldenExportLoadsAsASeedAndExportsUnchanged() throws IOException {
        String golden = golden();
        LoyaltyProgram back = StateFiles.restore(clock, Ids.seeded(11), SeedJson.parse(golden).state());

        assertThat(StateJson.export(back.snapshot())).isEqualTo(golden);
        assertThat(back.snapshot()).isEqualTo(SeedJson.parse(golden).state());
    }

    @Test
    void instantsBeyondTheCompactRangeInAHandEditedFileSurviveTheRoundTrip() throws IOException {
        String golden = golden();
        int ledger = golden.indexOf("\"ledger\" : {");
        String edited = golden.substring(0, ledger) + golden.substring(ledger)
                .replaceFirst("\"createdAt\" : \"2025-01-01T00:00:00.123456789Z\"",
                        "\"createdAt\" : \"1600-02-29T12:00:00.500Z\"")
                .replaceFirst("\"expiresAt\" : \"2026-01-01T00:00:00.123456789Z\"",
                        "\"expiresAt\" : \"+1000000000-12-31T23:59:59.999999999Z\"");
        assertThat(edited).contains("1600-02-29T12:00:00.500Z", "+1000000000-12-31T23:59:59.999999999Z");

        LoyaltyProgram back = StateFiles.restore(clock, Ids.seeded(11), SeedJson.parse(edited).state());

        assertThat(StateJson.export(back.snapshot())).isEqualTo(edited);
        assertThat(back.snapshot().points().ledger().get("ada").get(0).createdAt())
                .isEqualTo(Instant.parse("1600-02-29T12:00:00.500Z"));
        assertThat(back.snapshot().points().ledger().get("ada").get(0).expiresAt()).isEqualTo(Instant.MAX);
    }

    @Test
    void theServerLoadsAndExportsTheGoldenFileUnchanged(@TempDir Path dir) throws IOException {
        String golden = golden();
        Path stateFile = Files.writeString(dir.resolve("state.json"), golden);

        try (AnnexCloudMockServer fromFile = AnnexCloudMockServer.builder().port(0).clock(clock)
                .stateFile(stateFile).start()) {
            assertThat(fromFile.exportState()).isEqualTo(golden);
            fromFile.loadSeed(golden);
            assertThat(fromFile.exportState()).isEqualTo(golden);
        }
        assertThat(Files.readString(stateFile)).isEqualTo(golden);
    }

    private static String golden() throws IOException {
        try (InputStream in = LedgerStateFormatTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
