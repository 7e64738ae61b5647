#!/usr/bin/env bash
# The fault drills of docs/reliability.md, on this machine, loopback only. Starts its own local suite with
# production durability, offers a load of Swiss export permits at a fixed rate (bench DrillLoad: every second
# one endorsed by customs) and meanwhile, one after the other: kills each service with SIGKILL and starts it
# again, kills the Kafka broker and starts it again on its log, restarts PostgreSQL, and stops the signing
# service (a consumer of every permit) with SIGSTOP for two minutes. Then waits until the pipeline is quiet
# and counts, per permit, what every service did (bench DrillCounts). Stops everything it started.
#   deploy/drills/fault-drills.sh [permits=10000] [rate=20]
# Results in target/drills/: faults.log, load.log, counts.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
permits="${1:-10000}"
rate="${2:-20}"
out=target/drills
if pgrep -f org.ecites.stack.LocalSuite > /dev/null; then
  echo "a local suite is running: the drill starts its own on the same ports; stop it first" >&2
  exit 1
fi
rm -rf "$out" && mkdir -p "$out"
source deploy/java-home.sh
[ -f bench/target/benchmarks.jar ] || mvn -B -q install -DskipTests -pl bench -am
bench() { java -cp bench/target/benchmarks.jar "org.ecites.bench.$1" "${@:2}"; }

suite=
cleanup() {
  [ -n "$suite" ] && kill -TERM "$suite" 2>/dev/null && while kill -0 "$suite" 2>/dev/null; do sleep 0.2; done
  # what the drill started again is not the suite's child
  pkill -f "$root/services/.*/target/local-suite/quarkus-run.jar" 2>/dev/null || true
  pkill -f "kafka.Kafka .*ecites-kafka" 2>/dev/null || true
}
trap cleanup EXIT
deploy/run-local.sh --durable > "$out/suite.log" 2>&1 &
until grep -q '^READY' "$out/suite.log"; do
  sleep 1
  kill -0 $! 2>/dev/null || { echo "the local suite did not start; see $out/suite.log" >&2; exit 1; }
done
suite=$(pgrep -f org.ecites.stack.LocalSuite | head -1)
fault() { echo "$(date -u +%T) $*" | tee -a "$out/faults.log"; "$@" 2>&1 | tee -a "$out/faults.log"; }

since=$(date -u +%Y-%m-%dT%H:%M:%SZ)
bench DrillLoad "$permits" "$rate" "$out/answers.csv" > "$out/load.log" 2>&1 &
load=$!
sleep 30
for service in permit-registry signing exchange customs-endorsement annual-report; do
  fault deploy/drills/restart-service.sh "$service"
  sleep 20
done
fault deploy/drills/restart-kafka.sh
sleep 20
fault deploy/drills/restart-postgres.sh
sleep 20
signing=$(pgrep -f "$root/services/signing/target/local-suite/quarkus-run.jar" | head -1)
fault kill -STOP "$signing"
sleep 120
fault kill -CONT "$signing"
wait "$load"
tail -1 "$out/load.log"

kafka_config=$(tr '\0' '\n' < "/proc/$(pgrep -f 'kafka.Kafka .*ecites-kafka' | head -1)/cmdline" | tail -1)
admin_password=$(sed -n 's/.*user_plain-admin="\([^"]*\)".*/\1/p' "$kafka_config" | head -1)
bench DrillCounts "$since" "$out/answers.csv" 127.0.0.1:19092 "$admin_password" | tee "$out/counts.md"
