#!/usr/bin/env bash
# Cold-start scan benchmarks for docs/performance.md. Needs hyperfine (apt-get install hyperfine)
# and the shared corpus (../shared/corpus or LINTEL_CORPUS). Prints medians in milliseconds.
#   tools/bench-scan.sh            all benchmarks
# Runs the CLI exactly as ./lintel does (AppCDS archive, JVM logging off stdout).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${LINTEL_CORPUS:-../shared/corpus}"
cfn="$corpus/cfn-templates"
runs="${RUNS:-10}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./lintel --version >/dev/null               # builds the jar and the CDS archive if needed
./lintel --version >/dev/null
jar=cli/target/lintel.jar
jsa=cli/target/lintel.jsa
lintel="java -Xlog:disable -Xlog:all=warning:stderr -XX:SharedArchiveFile=$jsa -Xshare:auto -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar $jar"

median() { # hyperfine JSON export -> median ms
  node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).results[0];console.log(Math.round(r.median*1000))' "$1"
}
bench() { # name command...
  local name=$1; shift
  hyperfine -N -w 2 -r "$runs" --export-json "$work/$name.json" "$*" >/dev/null 2>&1 \
    || hyperfine -w 2 -r "$runs" -i --export-json "$work/$name.json" "$*" >/dev/null
  printf '%-40s %6s ms\n' "$name" "$(median "$work/$name.json")"
}

echo "== Lintel $( $lintel --version ) on $(nproc) cores, $(java -version 2>&1 | head -1)"
files=$(find "$cfn" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.template' \) | wc -l)
echo "cfn-templates: $files files"
bench "cfn-templates (1 run, all files)" "$lintel check $cfn --format json --output /dev/null --fail-on never"
small=examples/cloudformation/private-bucket.yaml
bench "one small template" "$lintel check $small --format json --output /dev/null --fail-on never"
bench "whole shared corpus, -Xmx256m" "java -Xmx256m -Xlog:disable -XX:SharedArchiveFile=$jsa -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar $jar check $corpus --format json --output /dev/null --fail-on never"

for n in 1 4 16; do
  mkdir -p "$work/x$n"
  for i in $(seq 1 "$n"); do cp -r "$cfn" "$work/x$n/copy$i"; done
  bench "cfn-templates x$n" "$lintel check $work/x$n --format json --output /dev/null --fail-on never"
done

$lintel check "$cfn" --format sarif --jobs 1 --fail-on never > "$work/j1.sarif"
$lintel check "$cfn" --format sarif --jobs 8 --fail-on never > "$work/j8.sarif"
if cmp -s "$work/j1.sarif" "$work/j8.sarif"; then echo "--jobs 1 and --jobs 8: byte-identical SARIF"; else echo "--jobs 1 and --jobs 8 DIFFER"; exit 1; fi

if command -v npm >/dev/null 2>&1 && [ "${SKIP_PEERS:-0}" != 1 ]; then
  peers="${TMPDIR:-/tmp}/lintel-bench-peers"
  mkdir -p "$peers"
  [ -x "$peers/node_modules/.bin/cfn-lint" ] || npm install --prefix "$peers" --no-audit --no-fund --loglevel=error cfn-lint >/dev/null
  start=$(date +%s%N)
  find "$cfn" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) -print0 \
    | xargs -0 -n1 "$peers/node_modules/.bin/cfn-lint" validate >/dev/null 2>&1 || true
  peer_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  ours=$(median "$work/cfn-templates (1 run, all files).json")
  printf '%-40s %6s ms  (one process per file)\n' "npm cfn-lint, same files" "$peer_ms"
  echo "ratio cfn-lint / lintel: $(( peer_ms / (ours > 0 ? ours : 1) ))x"
fi
