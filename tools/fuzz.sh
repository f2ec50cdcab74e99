#!/usr/bin/env bash
# Fuzzes Lintel's parsers for real with Jazzer (coverage-guided), one JVM per parser.
#   tools/fuzz.sh [DURATION] [TEST...]      e.g. tools/fuzz.sh 10m JsonParserFuzzTest
# DURATION is per parser (Jazzer syntax: 30s, 10m, 2h; default 5m). Without TEST names every
# parser fuzz test runs in turn. The third-party parsers (Jackson, SnakeYAML, ANTLR runtime,
# Woodstox) are instrumented too, not only Lintel's own packages. New coverage is kept in
# .cifuzz-corpus/ (ignored by git); a crash is written under
# test-corpus/src/test/resources/dev/lintel/fuzz/<Test>Inputs/<method>/ and becomes a regression
# seed that every `mvn verify` runs: fix the bug, keep the seed.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-5m}"
shift || true
tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
  tests=(JsonParserFuzzTest YamlParserFuzzTest CorsXmlParserFuzzTest NginxParserFuzzTest FstabParserFuzzTest ConfigLoaderFuzzTest)
fi
export JAZZER_FUZZ=1
export JAZZER_MAX_DURATION="$duration"
export JAZZER_INSTRUMENTATION_INCLUDES='dev.lintel.**:com.fasterxml.jackson.**:org.yaml.snakeyaml.**:org.antlr.v4.runtime.**:com.ctc.wstx.**:org.codehaus.stax2.**:com.networknt.**'
for t in "${tests[@]}"; do
  echo "== fuzzing $t for $duration"
  start=$(date +%s)
  # a reactor build, so Lintel's own modules come from this checkout, never from ~/.m2
  if mvn -B -o -pl test-corpus -am test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
      > "target-fuzz-$t.log" 2>&1; then
    echo "   no finding after $(( $(date +%s) - start ))s"
  else
    echo "   FINDING or failure after $(( $(date +%s) - start ))s: see target-fuzz-$t.log"
  fi
done
