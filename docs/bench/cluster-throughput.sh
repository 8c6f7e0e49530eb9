#!/usr/bin/env bash
# Experiment throughput on one machine: eu-demo with 2 replications (16 runs) locally on 1 and 2 threads, and
# on a cluster of 1, 2 and 3 worker processes on 127.0.0.1 (1 thread each), checking the digest is the same.
#   docs/bench/cluster-throughput.sh        (from the repository; builds nothing: run ./dmsim once first)
# Uses port 25530 and /tmp/clb-*. Figures: docs/performance.md, "Experiments over a cluster".
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

J="java -jar scenarios/target/dmsim.jar"
E="scenarios/library/eu-demo.yaml --replications 2 --quiet"
t0=$(date +%s.%N); $J run $E --engine sequential --threads 1 --out /tmp/clb-local > /tmp/clb-local.out 2>&1; t1=$(date +%s.%N)
echo "local 1 thread: $(echo "$t1 - $t0" | bc) s, $(grep '^wall time' /tmp/clb-local.out)"
t0=$(date +%s.%N); $J run $E --engine sequential --threads 2 --out /tmp/clb-local2 > /tmp/clb-local2.out 2>&1; t1=$(date +%s.%N)
echo "local 2 threads: $(echo "$t1 - $t0" | bc) s, $(grep '^wall time' /tmp/clb-local2.out)"
for n in 1 2 3; do
  $J worker --port 25530 --join 127.0.0.1:25530 --threads 1 > /tmp/clb-w1.out 2>&1 &
  sleep 4
  for k in $(seq 2 $n); do $J worker --join 127.0.0.1:25530 --threads 1 > /tmp/clb-w$k.out 2>&1 & done
  sleep 5
  t0=$(date +%s.%N); $J run $E --cluster 127.0.0.1:25530 --out /tmp/clb-c$n > /tmp/clb-c$n.out 2>&1; t1=$(date +%s.%N)
  echo "cluster $n worker(s): $(echo "$t1 - $t0" | bc) s, $(grep '^wall time' /tmp/clb-c$n.out); $(grep '^cluster      [0-9]' /tmp/clb-c$n.out); digest same: $(diff <(grep digest /tmp/clb-c$n.out) <(grep digest /tmp/clb-local.out) >/dev/null && echo yes || echo NO)"
  pkill -f "dmsim.jar worker"; sleep 3
done
