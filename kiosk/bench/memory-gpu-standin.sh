#!/usr/bin/env bash
# Memory over scripted visits with JavaFX's OpenGL pipeline and the GPU's memory outside the kiosk's
# process, as on a terminal with a graphics card (docs/PERFORMANCE.md, "A GPU stand-in").
#
# Mesa's virpipe driver sends every OpenGL call to virgl_test_server, which renders in a process of
# its own: textures, frame buffers and compiled shaders live there, the way a real driver keeps them
# in graphics memory. The kiosk's process keeps what it keeps with a real driver: Mesa's client
# library, its command buffers and JavaFX's side of the pipeline.
#
# Usage: kiosk/bench/memory-gpu-standin.sh MINUTES [-Dbis.memory.jvm="extra JVM options"]
# Needs: xvfb-run (xvfb), virgl_test_server (Debian package virgl-server).
set -euo pipefail
minutes=${1:?usage: memory-gpu-standin.sh MINUTES [maven options]}
shift
cd "$(dirname "$0")/../.."

for tool in xvfb-run virgl_test_server; do
  command -v "$tool" >/dev/null || {
    echo "memory-gpu-standin: $tool is missing (apt-get install xvfb virgl-server)" >&2
    exit 2
  }
done

# Mesa's client connects to this fixed socket; one server serves several clients. A socket left
# by a server that is gone would make Mesa fall back to its in-process renderer.
socket=/tmp/.virgl_test
server_pid=
if ! pgrep -x virgl_test_serv >/dev/null; then
  rm -f "$socket"
  log=$(mktemp)
  virgl_test_server --use-egl-surfaceless --multi-clients >"$log" 2>&1 &
  server_pid=$!
  trap 'pkill -P "$server_pid" 2>/dev/null; kill "$server_pid" 2>/dev/null; rm -f "$log" "$socket"' EXIT
  for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
fi

out=$(mktemp)
GALLIUM_DRIVER=virpipe xvfb-run -a -s "-screen 0 1920x1080x24" \
  ./mvnw -q -Pmemory -pl kiosk -DskipTests verify \
  -Dbis.memory.minutes="$minutes" \
  -Dbis.memory.separateCentral=true \
  "-Dbis.memory.platform=-Dprism.forceGPU=true -Dprism.verbose=true" \
  "$@" | tee "$out"
# JavaFX names the OpenGL renderer it got; anything but virgl means the figures are not this set-up's.
if ! grep -q "Renderer: virgl" "$out"; then
  echo "memory-gpu-standin: JavaFX did not render through virgl; these figures do not count" >&2
  rm -f "$out"
  exit 1
fi
rm -f "$out"

