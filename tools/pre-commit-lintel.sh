#!/usr/bin/env sh
# The pre-commit hook `lintel` (language: script): runs `lintel check --only-known` on the files
# pre-commit passes, so only files Lintel reads by name are analysed and the config's exclude
# globs apply. Needs nothing but a JDK 17+ and Maven: the CLI jar is built once per hook version
# into ${LINTEL_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/lintel}/<commit>/lintel.jar (reusing
# cli/target/lintel.jar when the hook checkout already has one). LINTEL_MAVEN_ARGS adds Maven
# options to that build (for example -o).
set -eu
[ "$#" -eq 0 ] && exit 0
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cache=${LINTEL_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/lintel}
# The hook checkout's commit names the cache entry; git hooks export GIT_DIR and friends for the
# user's repository, so drop them to ask about the hook checkout itself.
key=$(cd "$here" && env -u GIT_DIR -u GIT_WORK_TREE -u GIT_INDEX_FILE git rev-parse HEAD 2>/dev/null || true)
if [ -z "$key" ]; then
  key=src-$(cat "$here/pom.xml" "$here"/*/pom.xml 2>/dev/null | cksum | cut -d ' ' -f 1)
fi
jar="$cache/$key/lintel.jar"
if [ ! -f "$jar" ]; then
  built="$here/cli/target/lintel.jar"
  mkdir -p "$cache/$key"
  if [ ! -f "$built" ]; then
    echo "lintel: building the CLI once for this hook version (JDK 17+ and Maven)..." >&2
    # shellcheck disable=SC2086
    (cd "$here" && mvn -B -q -Dstyle.color=never -DskipTests -Dinvoker.skip=true ${LINTEL_MAVEN_ARGS:-} \
      package -pl cli -am) >"$cache/$key/build.log" 2>&1 || {
      tail -n 40 "$cache/$key/build.log" >&2
      echo "lintel: building the CLI failed (log: $cache/$key/build.log)" >&2
      exit 3
    }
  fi
  cp "$built" "$jar.$$" && mv -f "$jar.$$" "$jar"
fi
# AppCDS (as ./lintel does): one training scan of the hook's examples/ records the classes a
# scan loads, so every later commit starts the JVM faster. Failures only cost the speed-up.
jsa="$cache/$key/lintel.jsa"
if [ ! -f "$jsa" ] && [ -d "$here/examples" ]; then
  java -Xlog:disable -XX:ArchiveClassesAtExit="$jsa.$$" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" \
    check "$here/examples" --format sarif --output /dev/null --fail-on never >/dev/null 2>&1 \
    && mv -f "$jsa.$$" "$jsa" || rm -f "$jsa.$$"
fi
cds=""
[ -f "$jsa" ] && cds="-XX:SharedArchiveFile=$jsa"
# shellcheck disable=SC2086
exec java -Xlog:disable -Xlog:all=warning:stderr $cds -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
  -jar "$jar" check --only-known "$@"
