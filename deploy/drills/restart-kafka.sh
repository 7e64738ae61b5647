#!/usr/bin/env bash
# Kills the local suite's Kafka broker (its own process, see KafkaBroker) with SIGKILL, starts it again on
# the same log and ports, and prints how long until it accepted connections again. Loopback only; the new
# broker logs to target/local-suite/kafka.restart.log and is stopped by the drill that started it.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/drills/respawn.sh
pid=$(pgrep -f "kafka.Kafka .*server.properties" | head -1 || true)
[ -n "$pid" ] || { echo "no running Kafka broker" >&2; exit 1; }
config=$(tr '\0' '\n' < "/proc/$pid/cmdline" | tail -1)
port=$(sed -n 's/^listeners=EXTERNAL:\/\/127.0.0.1:\([0-9]*\),.*/\1/p' "$config")
start=$(date +%s.%N)
respawn "$pid" target/local-suite/kafka.restart.log
await 120 "the Kafka broker listening again; see target/local-suite/kafka.restart.log" listening "$port"
echo "Kafka killed and listening again $(elapsed "$start") s later"
