#!/usr/bin/env bash
# Central server throughput for terminals' manifest polls that find nothing new (304 Not Modified),
# measured with wrk (Debian package "wrk") on loopback. Results go into docs/PERFORMANCE.md.
# Usage: provisioning/bench/manifest-polls.sh [seconds] [connections]
# Needs: ./mvnw -DskipTests package (for provisioning/target/bis.jar), wrk, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-64}
. .mvn/select-jdk.sh
bis_select_jdk
data=$(mktemp -d)
port=18080
"$JAVA_HOME/bin/java" -jar provisioning/target/bis.jar central --demo --host 127.0.0.1 --port "$port" \
  --data "$data" --requests-per-second 100000000 > "$data/central.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
url="http://127.0.0.1:$port/api/content/v1/manifest"
# The server prints its address once the demo content is published.
for _ in $(seq 1 150); do
  grep -q "BIS central server listening" "$data/central.log" && break
  sleep 0.2
done
etag=$(curl -sfI "$url" | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')
status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$url")
echo "manifest ETag $etag, revalidation answers HTTP $status"
# Warm up the JIT, then measure.
wrk -t2 -c"$connections" -d5s -H "If-None-Match: $etag" "$url" > /dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "If-None-Match: $etag" "$url"
