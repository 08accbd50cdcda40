#!/usr/bin/env bash
# What our Maven plugin costs a build, measured end to end with Maven (see BENCHMARKS.md):
#   (i)  no-change rebuild: `mvn -o -q compile` on a tiny consumer project that uses the plugin with its defaults,
#        against the same project without it (and, for reference, with jsonschema2pojo-maven-plugin instead);
#   (ii) clean generation: `rm -rf target && mvn -o -q generate-sources`, our plugin against
#        jsonschema2pojo-maven-plugin on the same schema directory, minus the same run without a generator.
# The consumer projects are under benchmarks/build-projects/. Uses hyperfine when it is installed, else a bash loop.
#
# Usage: benchmarks/measure-build.sh            (RUNS=10 WARMUP=2 by default; OUT=benchmarks/target/build-results)
#        SKIP_INSTALL=1 benchmarks/measure-build.sh   to reuse the plugin already in ~/.m2
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
projects=$here/build-projects
runs=${RUNS:-10}
warmup=${WARMUP:-2}
out=${OUT:-$here/target/build-results}
archive=$root/schemas/src/main/archive
version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$root/pom.xml" | head -1)
mvn_cmd="mvn -B -o -q -Dwebhookgen.version=$version"

mkdir -p "$out"

# The consumer projects resolve our plugin from the local repository, like any user project.
if [[ "${SKIP_INSTALL:-0}" != 1 ]]; then
  echo "Installing webhookgen $version (core, schemas, plugin) into the local repository..." >&2
  (cd "$root" && mvn -B -o -q install -DskipTests -pl maven-plugin -am)
fi

# time_commands NAME PREPARE CMD [NAME PREPARE CMD ...] -> CSV lines "name,mean_s,stddev_s,min_s" on stdout
time_commands() {
  local csv=$1; shift
  if command -v hyperfine >/dev/null; then
    local args=()
    while (($#)); do
      args+=(-n "$1")
      [[ -n "$2" ]] && args+=(--prepare "$2") || args+=(--prepare true)
      args+=("$3")
      shift 3
    done
    hyperfine --style basic --warmup "$warmup" --runs "$runs" --export-csv "$csv.raw" "${args[@]}" >&2
    # hyperfine's CSV: command,mean,stddev,median,user,system,min,max
    tail -n +2 "$csv.raw" | awk -F, '{print $1","$2","$3","$7}' > "$csv"
  else
    : > "$csv"
    while (($#)); do
      local name=$1 prepare=$2 cmd=$3; shift 3
      for ((i = 0; i < warmup; i++)); do bash -c "${prepare:-true}"; bash -c "$cmd" >/dev/null; done
      local samples=()
      for ((i = 0; i < runs; i++)); do
        bash -c "${prepare:-true}"
        local t0 t1
        t0=$(date +%s%N); bash -c "$cmd" >/dev/null; t1=$(date +%s%N)
        samples+=("$(( t1 - t0 ))")
      done
      printf '%s\n' "${samples[@]}" | awk -v name="$name" '
        { s += $1; ss += $1 * $1; if (min == "" || $1 < min) min = $1; n++ }
        END { m = s / n; sd = sqrt((ss - n * m * m) / (n > 1 ? n - 1 : 1));
              printf "%s,%.6f,%.6f,%.6f\n", name, m / 1e9, sd / 1e9, min / 1e9 }' >> "$csv"
      echo "  $name: $(tail -1 "$csv")" >&2
    done
  fi
}

mean_of() { awk -F, -v n="$2" '$1 == n { print $2 }' "$1"; }

echo "== (i) no-change rebuild: mvn -o -q compile, all three projects built once first" >&2
for p in plain webhookgen jsonschema2pojo; do (cd "$projects/$p" && rm -rf target && $mvn_cmd compile); done
time_commands "$out/rebuild.csv" \
  plain "" "cd '$projects/plain' && $mvn_cmd compile" \
  webhookgen "" "cd '$projects/webhookgen' && $mvn_cmd compile" \
  jsonschema2pojo "" "cd '$projects/jsonschema2pojo' && $mvn_cmd compile"

# What the rebuild did: our plugin must report up to date and the compiler must find nothing to compile.
(cd "$projects/webhookgen" && mvn -B -o -Dwebhookgen.version="$version" compile) > "$out/rebuild-webhookgen.log" 2>&1
(cd "$projects/jsonschema2pojo" && mvn -B -o compile) > "$out/rebuild-jsonschema2pojo.log" 2>&1

echo "== (ii) clean generation: rm -rf target && mvn -o -q generate-sources, same schema directory" >&2
time_commands "$out/generate.csv" \
  plain "rm -rf '$projects/plain/target'" "cd '$projects/plain' && $mvn_cmd generate-sources" \
  webhookgen "rm -rf '$projects/webhookgen/target'" \
    "cd '$projects/webhookgen' && $mvn_cmd -Dwebhookgen.archive='$archive' generate-sources" \
  jsonschema2pojo "rm -rf '$projects/jsonschema2pojo/target'" \
    "cd '$projects/jsonschema2pojo' && $mvn_cmd -Dbench.archive='$archive' generate-sources"

{
  echo "### Build: no-change rebuild (\`mvn -o -q compile\`, $runs runs after $warmup warm-up runs)"
  echo
  echo "| project | mean s | ± stddev | min s | added over plain, s |"
  echo "|---|---:|---:|---:|---:|"
  plain=$(mean_of "$out/rebuild.csv" plain)
  awk -F, -v base="$plain" '{ printf "| %s | %.2f | %.2f | %.2f | %+.2f |\n", $1, $2, $3, $4, $2 - base }' "$out/rebuild.csv"
  echo
  echo "Our plugin on the rebuild: $(grep -o 'webhookgen: sources are up to date[^)]*)' "$out/rebuild-webhookgen.log" | head -1 || echo 'no up-to-date line found')"
  echo "Compiler after our plugin: $(grep -Eo 'Nothing to compile[^.]*|Recompiling the module[^.]*|Changes detected[^!]*' "$out/rebuild-webhookgen.log" | head -1 || echo '?')"
  echo "Compiler after jsonschema2pojo: $(grep -Eo 'Nothing to compile[^.]*|Recompiling the module[^.]*|Changes detected[^!]*' "$out/rebuild-jsonschema2pojo.log" | head -1 || echo '?')"
  echo
  echo "### Build: clean generation (\`rm -rf target && mvn -o -q generate-sources\`, $runs runs after $warmup warm-up runs)"
  echo
  echo "| project | mean s | ± stddev | min s | generation (mean − plain), s |"
  echo "|---|---:|---:|---:|---:|"
  plain=$(mean_of "$out/generate.csv" plain)
  awk -F, -v base="$plain" '{ printf "| %s | %.2f | %.2f | %.2f | %.2f |\n", $1, $2, $3, $4, $2 - base }' "$out/generate.csv"
  ours=$(mean_of "$out/generate.csv" webhookgen)
  j2p=$(mean_of "$out/generate.csv" jsonschema2pojo)
  echo
  awk -v o="$ours" -v j="$j2p" -v p="$plain" 'BEGIN {
    printf "jsonschema2pojo ÷ ours: %.2f× for the whole Maven run, %.2f× for the generation alone (Maven startup subtracted).\n",
      j / o, (j - p) / (o - p) }'
} | tee "$out/summary.md"
