#!/usr/bin/env bash
# Builds the benchmarks and runs all of them (see BENCHMARKS.md): JMH decoding, decoding on both Jackson lines,
# generation, scaling and the discriminator diagnostic; first-run generation in fresh JVMs; the memory harness; the
# Maven build measurements.
# Results go to benchmarks/target/results/ and the tables to benchmarks/target/results/report.md.
#
#   benchmarks/run.sh              everything (about 20 minutes on 2 cores)
#   QUICK=1 benchmarks/run.sh      a smoke run with minimal iterations (about 3 minutes)
#   SKIP_BUILD=1 / SKIP_MAVEN=1    reuse benchmarks.jar / skip measure-build.sh
#   DECODE_ONLY=1                  only the decoding benchmarks (decode, diagnostic, both Jackson lines); no generation,
#                                  scaling, memory or Maven measurements
#   DECODE_WARMUP=10               more warm-up iterations for the decoding benchmarks on a busy machine
#   SOURCE="..."                   how to describe the code under test in machine.txt (default: from git)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
results=benchmarks/target/results
jar=benchmarks/target/benchmarks.jar
mkdir -p "$results"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  rm -rf benchmarks/target/lib   # copy-dependencies only adds: no stale jar may stay on the thin class path
  mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests
fi

profilers=(-prof gc -prof io.github.webhookgen.bench.CpuTimeProfiler)
if [[ "${QUICK:-0}" == 1 ]]; then
  decode=(-f 1 -wi 2 -w 1s -i 2 -r 1s)
  steady=(-f 1 -wi 2 -w 1s -i 2 -r 1s)
  cold=(-f 2 -wi 0 -i 1)
  memory_sizes=(10 100)
else
  # Our decoder is ~100 generated classes that C2 compiles for seconds: steady after ~4 x 2 s on a quiet machine,
  # ~20 s under heavy load (then raise DECODE_WARMUP).
  decode=(-f 1 -wi "${DECODE_WARMUP:-6}" -w 2s -i 5 -r 2s)
  steady=(-f 1 -wi 5 -w 2s -i 5 -r 2s)
  cold=(-f 8 -wi 0 -i 1)
  memory_sizes=(10 100 1000)
fi

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  java -version 2>&1 | sed 's/^/java: /'
  mvn -v 2>&1 | sed -n '1p;3p' | sed 's/\x1b\[[0-9;]*m//g; s/^/mvn: /'
  if [[ -n "${SOURCE:-}" ]]; then
    echo "source: $SOURCE"
  else
    echo "source: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'); uncommitted outside benchmarks/:" \
      "$(git -C "$root" status --porcelain 2>/dev/null | grep -v ' benchmarks/$\| BENCHMARKS.md$' | awk '{print $2}' | tr '\n' ' ')"
  fi
  echo "settings: decoding ${decode[*]}; generation ${steady[*]}; QUICK=${QUICK:-0} DECODE_ONLY=${DECODE_ONLY:-0}"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$results/machine.txt"

java -jar "$jar" 'DecodeBenchmark' "${decode[@]}" "${profilers[@]}" -prof comp \
  -rf json -rff "$results/decode.json" | tee "$results/decode.txt"
java -jar "$jar" 'DiscriminatorOrderBenchmark' "${decode[@]}" "${profilers[@]}" \
  -rf json -rff "$results/diagnose.json" | tee "$results/diagnose.txt"
java -jar "$jar" 'JacksonLinesBenchmark' "${decode[@]}" "${profilers[@]}" \
  -rf json -rff "$results/lines.json" | tee "$results/lines.txt"
if [[ "${DECODE_ONLY:-0}" == 1 ]]; then
  rm -f "$results/generation.json" "$results/cold.json" "$results/memory.json"   # no tables from an earlier run
else
  java -jar "$jar" 'GenerationBenchmark|ScalingBenchmark' "${steady[@]}" "${profilers[@]}" \
    -rf json -rff "$results/generation.json" | tee "$results/generation.txt"
  # First run in a fresh JVM, on the thin class path (target/classes + target/lib): in the uber-jar the generator would
  # fingerprint its own code by hashing all 10 MB of it (~100 ms cold), which no real build does.
  java -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.openjdk.jmh.Main 'GenerationBenchmark' "${cold[@]}" \
    -prof io.github.webhookgen.bench.CpuTimeProfiler -bm ss -tu ms -rf json -rff "$results/cold.json" | tee "$results/cold.txt"
  java -cp "$jar" io.github.webhookgen.bench.ScalingMemory "$results/memory.json" "${memory_sizes[@]}"
fi

echo "load average after JMH: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"

java -cp "$jar" io.github.webhookgen.bench.Report "$results/decode.json" "$results/generation.json" \
  "$results/cold.json" "$results/memory.json" "$results/diagnose.json" "$results/lines.json" > "$results/report.md"

if [[ "${SKIP_MAVEN:-0}" != 1 && "${DECODE_ONLY:-0}" != 1 ]]; then
  if [[ "${QUICK:-0}" == 1 ]]; then export RUNS=${RUNS:-2} WARMUP=${WARMUP:-1}; fi
  OUT="$root/$results/build" benchmarks/measure-build.sh
  cat "$results/build/summary.md" >> "$results/report.md"
  echo "load average after Maven: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"
fi

cat "$results/machine.txt" "$results/report.md"
