# Sourced by ./benchcrm and .ci/run: exports JAVA_HOME of a JDK 21 or newer, trying JAVA_HOME,
# then every JDK under /usr/lib/jvm (newest first), then java on the PATH.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1; }

pick_java_home() {
  local candidate major
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) "$(command -v java 2>/dev/null || true)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    major="$(java_major "$candidate" || echo 0)"
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="$(cd "$(dirname "$(readlink -f "$candidate")")/.." && pwd)"
      export JAVA_HOME
      return 0
    fi
  done
  echo "no JDK 21 or newer found: install one (e.g. Temurin 21/25) or set JAVA_HOME" >&2
  return 1
}
