#!/usr/bin/env bash
# Puts promtool (Prometheus' rule checker and unit-test runner) on PATH for the chart tests, from Debian's
# prometheus package unpacked into a cache folder (nothing is installed, no daemon starts). Source it:
#   source deploy/tools/promtool.sh
# Where neither promtool nor Debian's apt is at hand, the rule tests say so and are skipped.
tools="${ECITES_TOOLS:-$HOME/.cache/ecites-tools}"
if ! command -v promtool >/dev/null 2>&1; then
  if [ ! -x "$tools/prometheus/usr/bin/promtool" ] && command -v apt-get >/dev/null 2>&1; then
    mkdir -p "$tools/download" && (cd "$tools/download" && apt-get download -q prometheus >/dev/null 2>&1 \
      && dpkg-deb -x prometheus_*.deb "$tools/prometheus") || echo "promtool: could not fetch Debian's prometheus package" >&2
  fi
  [ -x "$tools/prometheus/usr/bin/promtool" ] && export PATH="$tools/prometheus/usr/bin:$PATH"
fi
true
