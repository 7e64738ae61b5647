#!/usr/bin/env bash
# CPU seconds (user + system, PostgreSQL's ended backends included) that each part of the running local
# suite has used so far. Run it before and after a load and subtract: the difference over the permits of
# the load is the CPU one permit costs each part.
#   bench/suite-cpu.sh > before; <load>; sleep 40; bench/suite-cpu.sh > after; join before after
set -euo pipefail
ticks=$(getconf CLK_TCK)
for pid in $(pgrep -f "quarkus-run.jar|kafka.Kafka|keycloak|postgres"); do
  command=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null) || continue
  case "$command" in
    *org.ecites.stack.LocalSuite*) continue ;;
    *services/*quarkus-run.jar*) part=$(grep -o "services/[a-z-]*/target" <<< "$command" | head -1 | cut -d/ -f2) ;;
    *kafka.Kafka*) part=kafka ;;
    *keycloak*) part=keycloak ;;
    *postgres*) part=postgres ;; # the server and its backends
    *) continue ;;
  esac
  awk -v part="$part" '{ print part, $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || true
done | awk -v ticks="$ticks" '{ used[$1] += $2 } END { for (part in used) printf "%s %.2f\n", part, used[part] / ticks }' | sort
