#!/usr/bin/env bash
# Restarts the local suite's PostgreSQL: SIGUSR1 asks the suite (which holds the server's data directory) for
# a fast shutdown, which ends every session and rolls back every open transaction, and a start on the same
# data. Prints how long until a new server accepted connections. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/drills/respawn.sh
suite=$(pgrep -f org.ecites.stack.LocalSuite | head -1 || true)
old=$(pgrep -f "bin/postgres -D" | head -1 || true)
[ -n "$suite" ] && [ -n "$old" ] || { echo "no running local suite with its PostgreSQL" >&2; exit 1; }
port=$(tr '\0' '\n' < "/proc/$old/cmdline" | sed -n '/^-p$/{n;p}')
start=$(date +%s.%N)
kill -USR1 "$suite"
await 120 "PostgreSQL (pid $old) stopping; see the suite's output" gone "$old"
await 120 "PostgreSQL accepting connections again; see the suite's output" listening "$port"
echo "PostgreSQL stopped and accepting connections again $(elapsed "$start") s later"
