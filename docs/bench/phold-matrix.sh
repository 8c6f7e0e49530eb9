#!/usr/bin/env bash
# Runs the PHOLD benchmark matrix behind docs/performance.md: each configuration twice, in alternating
# order (this machine's speed drifts by +-15 % over minutes), one warm-up and 5 measured runs each.
# Usage: docs/bench/phold-matrix.sh [extra java] — e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
set -euo pipefail
cd "$(dirname "$0")/../.."
./dmsim version >/dev/null            # builds the jar if needed
jar=scenarios/target/dmsim.jar
javas=(java "$@")
configs=("actors 2" "sequential 1" "actors 1")
for round in 1 2; do
  for j in "${javas[@]}"; do
    order=("${configs[@]}")
    if [ "$round" = 2 ]; then order=("actors 1" "sequential 1" "actors 2"); fi
    for c in "${order[@]}"; do
      set -- $c
      rate=$("$j" -XX:+UseParallelGC -jar "$jar" bench phold --engine "$1" --threads "$2" --runs 5 2>/dev/null \
        | awk '/^events\/s:/ {print $2}')
      version=$("$j" -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')
      printf 'round %s  java %-8s  %-10s threads %s  events/s %s\n' "$round" "$version" "$1" "$2" "$rate"
    done
  done
done
