package dev.annexkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one run's result files (what {@code bench/run.sh} wrote) and prints issue 15's table: each measure
 * before (the numbers the issue was filed with, {@code before.properties}), now, the target and whether it is met.
 * A measure whose file is missing or unreadable is printed as "not run".
 *
 * <p>Usage: {@code Summary RESULTS_DIR}
 */
public final class Summary {

    private final Path dir;
    private final Properties before = new Properties();
    private final List<String> rows = new ArrayList<>();

    private Summary(Path dir) throws IOException {
        this.dir = dir;
        try (InputStream in = Summary.class.getResourceAsStream("before.properties")) {
            before.load(in);
        }
    }

    public static void main(String[] args) throws IOException {
        new Summary(Path.of(args[0])).print();
    }

    private void print() throws IOException {
        Optional<Double> stateful = cell("1-throughput.txt", "stateful", 3);
        Optional<Double> noval = cell("1-throughput.txt", "stateful-noval", 3);
        Optional<Double> staticRps = cell("1-throughput.txt", "static", 3);
        Optional<Double> prism = cell("1-throughput.txt", "prism", 3);
        row("stateful mock, req/s (16 VUs, mixed)", before("stateful.rps"), fmt(stateful, "%.0f"), "", "");
        row("plain WireMock static stubs, req/s", before("static.rps"), fmt(staticRps, "%.0f"), "", "");
        row("Prism, req/s", before("prism.rps"), fmt(prism, "%.0f"), "", "");
        Optional<Double> ratio = divide(stateful, staticRps);
        row("stateful ÷ static, validation + tolerance on", before("stateful.ratio") + "×", fmt(ratio, "%.2f×"),
                "≥ 0.80×", verdict(ratio.map(r -> r >= 0.80)));
        Optional<Double> novalRatio = divide(noval, staticRps);
        row("stateful ÷ static, validation off", "—", fmt(novalRatio, "%.2f×"), "≥ 0.90×",
                verdict(novalRatio.map(r -> r >= 0.90)));
        row("stateful p50 / p99 ms", before("stateful.p50") + " / " + before("stateful.p99"),
                fmt(cell("1-throughput.txt", "stateful", 4), "%.1f") + " / "
                        + fmt(cell("1-throughput.txt", "stateful", 5), "%.1f"), "", "");
        Optional<Double> cold = cell("3a-cold-start.txt", "standalone jar", 1);
        Optional<Double> coldCds = cell("3a-cold-start.txt", "standalone jar + AppCDS", 1);
        Optional<Double> coldPrism = cell("3a-cold-start.txt", "Prism", 1);
        row("standalone cold start → first signed 200, ms (median)", before("coldstart.ms"), fmt(cold, "%.0f"),
                "≤ 1,500", verdict(cold.map(ms -> ms <= 1_500)));
        row("  … with an AppCDS archive, ms", "—", fmt(coldCds, "%.0f"), "≤ 1,500",
                verdict(coldCds.map(ms -> ms <= 1_500)));
        row("  … Prism, ms", before("prism.coldstart.ms"), fmt(coldPrism, "%.0f"), "", "");
        Optional<Double> first = cell("3c-first-start.txt", "AnnexCloudMockServer (demo seed)", 1);
        row("first in-process start in a fresh JVM, ms", before("firststart.ms"), fmt(first, "%.0f"), "≤ 1,000",
                verdict(first.map(ms -> ms <= 1_000)));
        row("  … plain WireMockServer in a fresh JVM, ms", "—",
                fmt(cell("3c-first-start.txt", "plain WireMockServer", 1), "%.0f"), "", "");
        Optional<Double> reset = resetMillis();
        row("reset(), demo seed, ms", before("reset.demo.ms"), fmt(reset, "%.2f"), "≤ 5",
                verdict(reset.map(ms -> ms <= 5)));
        Optional<Double> heap = scaleHeapMb();
        row("1M members + 10M entries, heap MB", before("scale.heap.mb"), fmt(heap, "%,.0f"), "≤ 2,048",
                verdict(heap.map(mb -> mb <= 2_048)));
        Optional<Double> p99 = cell("4-scale.txt", "balance, domain", 3);
        row("balance read p99, µs (domain)", before("scale.balance.p99.us"), fmt(p99, "%.1f"), "≤ 1,000",
                verdict(p99.map(us -> us <= 1_000)));
        for (String call : List.of("get balance", "award points", "list member rewards")) {
            Optional<Double> sdk = cell("2b-sdk-cpu-static.txt", call, 3);
            row("SDK ÷ raw OkHttp + Gson, client CPU: " + call,
                    before("sdk.ratio." + call.replace(' ', '_')) + "×", fmt(sdk, "%.2f×"), "≤ 1.15×",
                    verdict(sdk.map(r -> r <= 1.15)));
        }
        System.out.println();
        System.out.println("Issue 15 — before (as filed) and now (" + dir.getFileName() + ")");
        System.out.println("| measure | before | now | target | met |");
        System.out.println("|---|---:|---:|---:|---|");
        rows.forEach(System.out::println);
    }

    private void row(String measure, String was, String now, String target, String met) {
        rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", measure, was, now, target, met));
    }

    private String before(String key) {
        return before.getProperty(key, "—");
    }

    /** The number in column {@code column} (0 = the name) of the markdown row named {@code name}. */
    private Optional<Double> cell(String file, String name, int column) throws IOException {
        Path path = dir.resolve(file);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        for (String line : Files.readAllLines(path)) {
            String[] cells = line.split("\\|");
            if (cells.length > column + 1 && cells[1].trim().equals(name)) {
                return number(cells[column + 1]);
            }
        }
        return Optional.empty();
    }

    /** JMH's text result: {@code ResetBenchmark.reset  DEMO  avgt  4  1.460 ± 0.123  ms/op}. */
    private Optional<Double> resetMillis() throws IOException {
        Path path = dir.resolve("3b-reset.txt");
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        Pattern row = Pattern.compile("^ResetBenchmark\\.reset\\s+DEMO\\s+avgt\\s+\\d+\\s+([0-9.,]+)");
        for (String line : Files.readAllLines(path)) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                return number(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** Measured heap with all entries, or the extrapolation when the run stopped early. */
    private Optional<Double> scaleHeapMb() throws IOException {
        Path path = dir.resolve("4-scale.txt");
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        Optional<Double> heap = Optional.empty();
        Pattern size = Pattern.compile("^([0-9,]+) members, [0-9,]+ entries: heap");
        Pattern measured = Pattern.compile("entries: heap ([0-9,]+) MB");
        Pattern extrapolated = Pattern.compile("MB of entries, ([0-9,]+) MB in all");
        for (String line : Files.readAllLines(path)) {
            Matcher members = size.matcher(line);
            if (members.find() && number(members.group(1)).orElse(0.0) != 1_000_000) {
                return Optional.empty(); // a quick run's smaller program says nothing about 1M members
            }
            Matcher m = measured.matcher(line);
            if (m.find()) {
                heap = number(m.group(1));
            }
            Matcher e = extrapolated.matcher(line);
            if (e.find()) {
                heap = number(e.group(1));
            }
        }
        return heap;
    }

    private static Optional<Double> number(String text) {
        String cleaned = text.replace(",", "").replace("×", "").trim();
        try {
            return Optional.of(Double.parseDouble(cleaned));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> divide(Optional<Double> a, Optional<Double> b) {
        return a.flatMap(x -> b.map(y -> x / y));
    }

    private static String fmt(Optional<Double> value, String format) {
        return value.map(v -> String.format(Locale.ROOT, format, v)).orElse("not run");
    }

    private static String verdict(Optional<Boolean> met) {
        return met.map(m -> m ? "met" : "missed").orElse("—");
    }
}
