# Sourced by the drills. respawn PID LOG [SIGNAL]: kills the process (SIGKILL unless told), waits until it is gone, and starts
# the same command line again with the same environment and working directory, detached, logging to LOG.
# The new process is not the local suite's child: the drill that started it stops it.
respawn() {
  local pid="$1" signal="${3:-KILL}" log workdir
  log=$(realpath -m "$2")
  local -a command environment
  workdir=$(readlink "/proc/$pid/cwd")
  mapfile -d '' command < "/proc/$pid/cmdline"
  mapfile -d '' environment < "/proc/$pid/environ"
  kill -s "$signal" "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  (cd "$workdir" && exec env -i "${environment[@]}" "${command[@]}" > "$log" 2>&1 &)
}

# elapsed START: seconds since START (a date +%s.%N), with millisecond precision.
elapsed() {
  echo "$(date +%s.%N) $1" | awk '{ printf "%.2f", $1 - $2 }'
}
