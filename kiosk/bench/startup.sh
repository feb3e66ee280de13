#!/usr/bin/env bash
# Start-up time of the kiosk: from process start to the first laid-out frame of the attract screen
# (the line "attract screen shown N ms after the process started" that KioskWindow logs), over
# RUNS starts of the built jar, median printed. Needs a display: uses $DISPLAY, or starts Xvfb
# (Debian: xvfb) on :97; JavaFX needs GTK 3 (libgtk-3-0). Build first: ./mvnw -DskipTests package
# A terminal starts with a class-data archive (README: -XX:SharedArchiveFile, written by the first
# start): one unmeasured start writes it, then RUNS starts use it. With "no-archive" as the second
# argument, the starts run without one.
# Usage: kiosk/bench/startup.sh [RUNS] [no-archive]   (results in docs/PERFORMANCE.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
archive=${2:-archive}
. .mvn/select-jdk.sh
bis_select_jdk
xvfb_pid=""
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=:97
  sleep 1
fi
data=$(mktemp -d)
class_data=()
if [ "$archive" != "no-archive" ]; then
  class_data=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$data/kiosk.jsa")
  MALLOC_ARENA_MAX=2 timeout 20 "$JAVA_HOME/bin/java" @kiosk/jvm.options "${class_data[@]}" \
    -jar kiosk/target/bis-kiosk.jar --data "$data" >/dev/null 2>&1 || true
fi
times=()
for ((i = 0; i < runs; i++)); do
  # As a terminal runs it: the JVM options of kiosk/jvm.options.
  log=$(MALLOC_ARENA_MAX=2 timeout 20 "$JAVA_HOME/bin/java" @kiosk/jvm.options "${class_data[@]}" \
    -jar kiosk/target/bis-kiosk.jar --data "$data" 2>&1 || true)
  ms=$(grep -o 'attract screen shown [0-9]* ms' <<<"$log" | grep -o '[0-9]*' || true)
  if [ -n "$ms" ]; then times+=("$ms"); echo "run $((i + 1)): $ms ms"; fi
done
rm -rf "$data"
# An Xvfb already on :97 makes ours end at once; that must not lose the figures.
if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
if ((${#times[@]} == 0)); then echo "no run showed the attract screen" >&2; exit 1; fi
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "median of ${#times[@]} runs: $(sed -n "$(((${#times[@]} + 1) / 2))p" <<<"$sorted") ms (min $(head -1 <<<"$sorted"), max $(tail -1 <<<"$sorted"))"
