#!/usr/bin/env bash
# Runs the scenario benchmark behind docs/performance.md: one replication of a scenario file (default
# the distributed European spare-parts scenario, one simulated year) on the actor engine with one
# actor per entity, on the actor engine with fused children, and on the sequential engine; each
# configuration twice, in alternating order (this machine's speed drifts), one warm-up and 3 measured
# runs each, median printed.
# Usage: docs/bench/scenario-matrix.sh [scenario.yaml] [extra java ...]
#   e.g. docs/bench/scenario-matrix.sh scenarios/library/eu-spare-parts-distributed.yaml /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
set -euo pipefail
cd "$(dirname "$0")/../.."
scenario=${1:-scenarios/library/eu-spare-parts-distributed.yaml}
shift || true
./dmsim version >/dev/null            # builds the jar if needed
jar=scenarios/target/dmsim.jar
javas=(java "$@")
configs=("actors" "actors --fused" "sequential")
for round in 1 2; do
  for j in "${javas[@]}"; do
    order=("${configs[@]}")
    if [ "$round" = 2 ]; then order=("sequential" "actors --fused" "actors"); fi
    for c in "${order[@]}"; do
      set -- $c
      rate=$("$j" -XX:+UseParallelGC -jar "$jar" bench scenario "$scenario" --engine "$@" --runs 3 2>/dev/null \
        | awk '/^events\/s:/ {print $2}')
      version=$("$j" -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')
      printf 'round %s  java %-8s  %-16s events/s %s\n' "$round" "$version" "$c" "$rate"
    done
  done
done
