#!/usr/bin/env bash
# Runs `basinscope bench` and the NumPy reference (shared/bench/numpy_langevin.py) side by side,
# alternating, REPS times at each particle count, and prints the median throughputs and their ratio.
# Usage: scripts/bench-vs-numpy.sh [REPS]   (needs python3 with numpy; the project is built first)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
numpy="${NUMPY_BENCH:-$root/../shared/bench/numpy_langevin.py}"
reps="${1:-3}"
"$root/basinscope" --help > /dev/null   # builds on first use
printf '%-10s %-22s %-22s %s\n' "particles" "basinscope steps/s" "numpy steps/s" "ratio"
for n in 10000 1000000; do
  ours=(); theirs=()
  for ((r = 0; r < reps; r++)); do
    ours+=("$("$root/basinscope" bench --particles "$n" | python3 -c 'import json,sys; print(json.load(sys.stdin)["particleStepsPerSecond"])')")
    theirs+=("$(python3 "$numpy" "$n" | python3 -c 'import json,sys; print(json.load(sys.stdin)["particleStepsPerSecond"])')")
  done
  python3 - "$n" "${ours[*]}" "${theirs[*]}" <<'PY'
import statistics, sys
n, ours, theirs = sys.argv[1], [float(v) for v in sys.argv[2].split()], [float(v) for v in sys.argv[3].split()]
a, b = statistics.median(ours), statistics.median(theirs)
print(f"{n:<10} {a:<22.4g} {b:<22.4g} {a / b:.1f}x")
PY
done
