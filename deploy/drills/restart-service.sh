#!/usr/bin/env bash
# Kills one service of the running local suite (deploy/run-local.sh) with SIGKILL, starts it again with the
# same command line, environment and working directory, and prints how long it took to be ready.
# Loopback only; the restarted process logs to target/local-suite/<service>.restart.log.
#   deploy/drills/restart-service.sh signing
# The new process is not the suite's child: stop it with the suite's other leftovers, pkill -f quarkus-run.jar.
set -euo pipefail
service="$1"
cd "$(dirname "$0")/../.."
source deploy/drills/respawn.sh
pid=$(pgrep -f "services/$service/target/local-suite/quarkus-run.jar" | head -1 || true)
[ -n "$pid" ] || { echo "no running $service" >&2; exit 1; }
port=$(tr '\0' '\n' < "/proc/$pid/cmdline" | sed -n 's/^-Dquarkus.http.port=//p')
start=$(date +%s.%N)
respawn "$pid" "target/local-suite/$service.restart.log"
await 300 "$service ready again; see target/local-suite/$service.restart.log" \
  curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready"
echo "$service killed and ready again $(elapsed "$start") s later"
