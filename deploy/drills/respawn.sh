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
  until gone "$pid"; do sleep 0.05; done
  (cd "$workdir" && exec env -i "${environment[@]}" "${command[@]}" > "$log" 2>&1 &)
}

# elapsed START: seconds since START (a date +%s.%N), with millisecond precision.
elapsed() {
  echo "$(date +%s.%N) $1" | awk '{ printf "%.2f", $1 - $2 }'
}

# await SECONDS WHAT COMMAND...: runs COMMAND every 50 ms until it succeeds; after SECONDS the drill stops
# with "WHAT: not within SECONDS s" instead of waiting for ever on a fault that did not heal.
await() {
  local limit="$1" what="$2"
  local deadline=$((SECONDS + limit))
  shift 2
  until "$@" 2>/dev/null; do
    ((SECONDS < deadline)) || { echo "$what: not within $limit s" >&2; return 1; }
    sleep 0.05
  done
}

# listening PORT: whether a server accepts connections on the loopback port.
listening() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# gone PID: whether the process has ended.
gone() {
  ! kill -0 "$1" 2>/dev/null
}
