package dev.annexkit.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.wiremock.state.StateFile;
import dev.annexkit.mock.wiremock.state.StateFileRefused;
import dev.annexkit.mock.wiremock.state.StateSaver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stateFile(path)}: the state outlives the server, and a file that is not ours is never touched. */
class StateFileTest {

    @TempDir
    Path dir;

    private AnnexCloudMockServer.Builder server(Path file) {
        return MockHttp.server().seed(Seed.DEMO).stateFile(file).saveInterval(Duration.ofHours(1));
    }

    @Nested
    class Restart {

        @Test
        void keepsMembersBalancesCouponsAndIdCounters() {
            Path file = dir.resolve("state.json");
            String before;
            List<String> usedIds;
            try (AnnexCloudMockServer first = server(file).start()) {
                MockHttp http = new MockHttp(first);
                assertThat(http.post("/users", "{\"id\":\"ada\",\"email\":\"ada@example.com\"}").status())
                        .isEqualTo(200);
                first.program().points(PointsCommand.credit("ada", 100, 700));
                first.program().points(PointsCommand.redeem("ada", DemoProgram.FREE_SHIPPING));
                before = first.exportState();
                usedIds = ids(first);
            } // stopping saves

            assertThat(file).exists();
            try (AnnexCloudMockServer second = server(file).start()) {
                assertThat(second.exportState()).isEqualTo(before);
                MockHttp.Answer balance = new MockHttp(second).get("/points/ada", "ada");
                assertThat(balance.status()).isEqualTo(200);
                assertThat(balance.body()).contains("400"); // 700 - 300 for the shipping coupon
                assertThat(second.program().reward(DemoProgram.FREE_SHIPPING).coupons().issued()).isEqualTo(1);

                second.program().points(PointsCommand.credit("ada", 100, 1));
                List<String> after = ids(second);
                assertThat(after).containsAll(usedIds).doesNotHaveDuplicates().hasSize(usedIds.size() + 1);
            }
        }

        @Test
        void aResetIsSavedTooSoTheNextRunStartsFromTheSeed() {
            Path file = dir.resolve("state.json");
            String seedOnly;
            try (AnnexCloudMockServer first = server(file).start()) {
                seedOnly = first.exportState();
                first.program().points(PointsCommand.credit(DemoProgram.DEMO_MEMBER, 100, 5));
                first.reset();
            }
            try (AnnexCloudMockServer second = server(file).start()) {
                assertThat(second.exportState()).isEqualTo(seedOnly);
            }
        }

        private List<String> ids(AnnexCloudMockServer mock) {
            return mock.program().snapshot().points().ledger().values().stream().flatMap(List::stream)
                    .map(LedgerEntry::entryId).toList();
        }
    }

    @Nested
    class Saving {

        @Test
        void theSavedFileIsTheStateExportAndAValidSeed() throws Exception {
            Path file = dir.resolve("state.json");
            String export;
            try (AnnexCloudMockServer mock = server(file).start()) {
                mock.program().points(PointsCommand.credit(DemoProgram.DEMO_MEMBER, 100, 5));
                export = mock.exportState();
            }
            assertThat(Files.readString(file)).isEqualTo(export);
            try (AnnexCloudMockServer other = MockHttp.server().start()) {
                other.loadSeed(Files.readString(file));
                assertThat(other.exportState()).isEqualTo(export);
            }
        }

        @Test
        void writesOnlyAfterAChangeAndLeavesNoTemporaryFiles() throws Exception {
            Path file = dir.resolve("state.json");
            try (AnnexCloudMockServer mock = MockHttp.server().seed(Seed.DEMO).start();
                 StateSaver saver = new StateSaver(new StateFile(file), mock::program, Duration.ofHours(1))) {
                assertThat(saver.saveIfChanged()).as("first save").isTrue();
                assertThat(saver.saveIfChanged()).as("nothing happened").isFalse();

                mock.program().member(DemoProgram.DEMO_MEMBER); // a read: counted, but the text is the same
                assertThat(saver.saveIfChanged()).as("after a read").isFalse();

                mock.program().points(PointsCommand.credit(DemoProgram.DEMO_MEMBER, 100, 5));
                assertThat(saver.saveIfChanged()).as("after a credit").isTrue();
                assertThat(Files.readString(file)).isEqualTo(mock.exportState());
            }
            try (var listing = Files.list(dir)) {
                assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("state.json");
            }
        }

        @Test
        void savesInTheBackgroundWithinTheIntervalWithoutStopping() throws Exception {
            Path file = dir.resolve("state.json");
            try (AnnexCloudMockServer mock = MockHttp.server().seed(Seed.DEMO).stateFile(file)
                    .saveInterval(Duration.ofMillis(50)).start()) {
                mock.program().points(PointsCommand.credit(DemoProgram.DEMO_MEMBER, 100, 77));
                String expected = mock.exportState();

                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (!(Files.exists(file) && Files.readString(file).equals(expected))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20); // bounded poll for the saver thread, not a timing assertion
                }
                assertThat(Files.readString(file)).isEqualTo(expected);
            }
        }
    }

    @Nested
    class ForeignFiles {

        @Test
        void aCorruptFileIsRefusedAtStartAndLeftByteIdentical() throws Exception {
            Path file = dir.resolve("state.json");
            byte[] garbage = "{\"configuration\": {\"actions\": [ truncated".getBytes(StandardCharsets.UTF_8);
            Files.write(file, garbage);

            assertThatThrownBy(() -> server(file).build()).isInstanceOf(StateFileRefused.class)
                    .hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining("untouched");

            assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
        }

        @Test
        void theStandaloneCommandRefusesItWithAClearMessageAndExitCode2() throws Exception {
            Path file = dir.resolve("state.json");
            byte[] garbage = "not json at all".getBytes(StandardCharsets.UTF_8);
            Files.write(file, garbage);
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine cli = new picocli.CommandLine(new dev.annexkit.mock.cli.MockServerCommand());
            cli.setErr(new java.io.PrintWriter(err, true));

            int exit = cli.execute("--port", "0", "--state-file", file.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString()).contains("State file", "is not an AnnexKit state file", "untouched");
            assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
        }

        @Test
        void aFileThatIsNotAStateExportIsRefusedAndLeftAlone() throws Exception {
            Path file = dir.resolve("notes.json");
            byte[] seed = "{\"members\": [{\"id\": \"ada\"}]}".getBytes(StandardCharsets.UTF_8);
            Files.write(file, seed);

            assertThatThrownBy(() -> server(file).build()).isInstanceOf(StateFileRefused.class)
                    .hasMessageContaining("is not an AnnexKit state file");

            assertThat(Files.readAllBytes(file)).isEqualTo(seed);
        }

        @Test
        void aMissingFileStartsFromTheSeedAndIsCreatedOnStop() {
            Path file = dir.resolve("sub").resolve("state.json");
            String export;
            try (AnnexCloudMockServer mock = server(file).start()) {
                export = mock.exportState();
                assertThat(mock.program().member(DemoProgram.DEMO_MEMBER)).isNotNull();
            }
            assertThat(file).exists().content().isEqualTo(export);
        }
    }
}
