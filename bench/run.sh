#!/usr/bin/env bash
# Runs every AnnexKit benchmark and writes the raw output under bench/results/<UTC time>/.
#   bash bench/run.sh          full run (about 25 minutes on 2 cores)
#   bash bench/run.sh quick    smoke run with short durations and small sizes (about 6 minutes)
#   FIT_CHECK=1 bash bench/run.sh   also re-seeds 1M members x 10 entries in a 2 GB heap (+5 minutes)
# Never part of ./mvnw verify. Needs JDK 17+, npm (Prism is installed under bench/.prism) and about 14 GB of RAM
# for the full scale scenario.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-full}"
PRISM_VERSION=5.14.2

# One reactor build (-am) so the bench jar holds THIS tree's mock-server and sdk: ~/.m2 is shared with other
# checkouts, and a snapshot another branch installed there would otherwise be measured instead.
./mvnw -B -q -Pbench -pl bench,mock-server-standalone -am package -DskipTests

if [ ! -x bench/.prism/node_modules/.bin/prism ]; then
  mkdir -p bench/.prism
  (cd bench/.prism && npm install --no-audit --no-fund --no-save "@stoplight/prism-cli@${PRISM_VERSION}" >/dev/null)
fi

JAR=bench/target/annexkit-bench.jar
STANDALONE=$(ls mock-server-standalone/target/annexkit-mock-server-standalone-*-runnable.jar | head -1)
OUT="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-${MODE}"
mkdir -p "$OUT"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD)"
  echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "memory: $(free -g | awk '/Mem:/{print $2}') GB"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | sed -n 2p)"
  echo "node: $(node --version), prism: $(bench/.prism/node_modules/.bin/prism --version)"
} | tee "$OUT/machine.txt"

if [ "$MODE" = quick ]; then
  THROUGHPUT_ARGS="16 3 1 3"; JMH_ARGS="-wi 1 -w 1 -i 2 -r 1"; COLD_RUNS=2
  SCALE_ARGS="100000 10 20000"; SCALE_HEAP=-Xmx2g
else
  THROUGHPUT_ARGS="16 10 3 10"; JMH_ARGS="-wi 2 -w 2 -i 4 -r 2"; COLD_RUNS=5
  SCALE_ARGS="1000000 10 200000"; SCALE_HEAP=-Xmx12g
fi

echo "== 1. mock server throughput (stateful vs static WireMock vs Prism)"
java -Dbench.logs="$OUT" -cp "$JAR" dev.annexkit.bench.ServerThroughput $THROUGHPUT_ARGS stateful,stateful-noval,static,prism | tee "$OUT/1-throughput.txt"

echo "== 2. SDK overhead per call vs raw OkHttp + Gson"
java -jar "$JAR" SdkOverheadBenchmark $JMH_ARGS -rf text -rff "$OUT/2-sdk-overhead.txt" | tail -25
java -Xms1g -Xmx1g -cp "$JAR" dev.annexkit.bench.SdkCpuCost static | tee "$OUT/2b-sdk-cpu-static.txt"
echo "== 3a. cold start: standalone jar vs Prism"
java -Dbench.logs="$OUT" -cp "$JAR" dev.annexkit.bench.ColdStart "$STANDALONE" $COLD_RUNS | tee "$OUT/3a-cold-start.txt"
echo "== 3c. first in-process start in a fresh JVM"
java -cp "$JAR" dev.annexkit.bench.FirstStart $COLD_RUNS | tee "$OUT/3c-first-start.txt"
echo "== 3b. JUnit extension: AnnexCloudMockServer.reset()"
java -jar "$JAR" ResetBenchmark $JMH_ARGS -rf text -rff "$OUT/3b-reset.txt" | tail -8

echo "== 4. scale"
java $SCALE_HEAP -cp "$JAR" dev.annexkit.bench.Scale $SCALE_ARGS | tee "$OUT/4-scale.txt"
if [ "${FIT_CHECK:-0}" = 1 ]; then
  echo "== 4b. does 1M members x 10 entries fit in a 2 GB heap?"
  java -Xmx2g -cp "$JAR" dev.annexkit.bench.Scale 1000000 10 50000 | tee "$OUT/4b-scale-2g.txt"
fi
java -cp "$JAR" dev.annexkit.bench.Summary "$OUT" | tee "$OUT/summary.txt"
echo "results in $OUT"
