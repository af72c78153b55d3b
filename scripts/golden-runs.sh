#!/usr/bin/env bash
# Records the outputs of a fixed set of runs, so a structural change can be checked bit for bit:
#   scripts/golden-runs.sh DIR           writes DIR/<name>.json (timings removed) and DIR/<name>.csv
#   diff -r BEFORE AFTER                 after the change: no output may differ
# Renders (DIR/render-*.png) are compared by eye and by scripts/png-diff.py: the readouts' frame rate and
# steps/s differ from run to run, nothing else may.
# Uses the built app (./basinscope builds it when sources changed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: golden-runs.sh DIR [--no-render]}"
render="${2:-}"
mkdir -p "$out"
"$root/basinscope" --help > /dev/null
bs() { "$root/basinscope" "$@"; }
# The JSON without the fields that measure time.
strip() { python3 -c 'import json,sys
d=json.load(sys.stdin)
for k in ("seconds","particleStepsPerSecond","stepsPerSecond","file","out"): d.pop(k, None)
print(json.dumps(d, sort_keys=True))'; }
run() {
  local name="$1"; shift
  bs "$@" | strip > "$out/$name.json"
}
sim() {
  local name="$1"; shift
  bs simulate "$@" --out "$out/$name.csv" | strip > "$out/$name.json"
}

sim gd-quadratic --landscape quadratic:h1=1,h2=10 --dynamics gd --eta 0.15 --particles 50 --steps 200 --x0 1,1
sim sgd-isotropic --formula "x^2/2" --dynamics sgd:sigma=1 --eta 0.1 --batch 1 --particles 2000 --steps 300 --seed 3
sim sgd-hessian --landscape quadratic:h1=1,h2=4,angle=30 --dynamics sgd:noise=hessian,sigma=0.5 --eta 0.05 --particles 1000 --steps 300
sim sgd-covariance --landscape quadratic:h1=1,h2=4 --dynamics "sgd:noise=covariance,sxx=2,sxy=0.5,syy=1" --eta 0.05 --batch 4 --particles 1000 --steps 300
sim minibatch-epoch --landscape linear-regression --dynamics minibatch --eta 0.05 --batch 10 --particles 500 --steps 300
sim minibatch-indep --landscape logistic-regression --dynamics minibatch:sampling=independent --eta 0.1 --batch 10 --particles 500 --steps 300
sim sgld --landscape logistic-regression --dynamics sgld --eta 0.05 --batch 10 --temperature 0.01 --particles 500 --steps 300
sim momentum --landscape double-well:dim=2 --dynamics momentum --eta 0.05 --momentum 0.8 --particles 100 --steps 300 --x0 1.5,0.5
sim nesterov --landscape rosenbrock --dynamics nesterov:beta=0.9 --eta 0.0005 --particles 20 --steps 500
sim adam --landscape muller-brown:scale=0.1 --dynamics adam --eta 0.01 --particles 20 --steps 300
sim langevin-em --landscape double-well:dim=2 --dynamics langevin --eta 0.01 --temperature 0.2 --particles 3000 --steps 300 --seed 5
sim langevin-heun --landscape three-hole --dynamics langevin:scheme=heun --eta 0.005 --temperature 0.3 --particles 1000 --steps 300
sim langevin-lm --formula "x^2/2" --dynamics langevin:scheme=lm --eta 0.3 --temperature 0.5 --particles 2000 --steps 300
sim mala --landscape double-well --dynamics mala --eta 0.1 --temperature 0.2 --particles 2000 --steps 300
sim replica --landscape double-well:tilt=0.1 --dynamics replica-exchange:replicas=3,ratio=2,every=5 --eta 0.01 --temperature 0.05 --particles 500 --steps 300
sim underdamped --landscape double-well:dim=2 --dynamics underdamped --eta 0.05 --friction 2 --temperature 0.15 --particles 2000 --steps 300
sim deep-linear --landscape deep-linear --dynamics minibatch --eta 0.05 --batch 5 --particles 300 --steps 300
sim tiny-network --landscape tiny-network --dynamics minibatch:sampling=independent --eta 0.02 --batch 10 --particles 200 --steps 200
sim multiscale --landscape multiscale:eps=0.01 --dynamics gd --eta 0.3 --particles 50 --steps 300 --x0 2
sim formula-2d --formula "sin(3*x)*cos(3*y) + (x^2+y^2)/4" --dynamics langevin --eta 0.01 --temperature 0.1 --particles 500 --steps 200
sim schedule-cosine --landscape double-well --dynamics langevin --eta 0.02 --temperature 0.2 --particles 500 --steps 400 --schedule cosine:period=300,floor=0.1
sim schedule-anneal --landscape double-well --dynamics langevin --eta 0.02 --temperature 0.3 --particles 500 --steps 400 --schedule linear:period=400,floor=0.05,target=temperature
sim diverge --landscape quadratic:h1=1,h2=10 --dynamics gd --eta 0.21 --particles 10 --steps 100 --x0 1,1

run lyap-gd lyapunov --landscape quadratic:h1=1,h2=10 --dynamics gd --eta 0.15 --x0 1,1 --steps 2000
run lyap-momentum lyapunov --formula "x^2/2" --dynamics momentum --eta 0.1 --momentum 0.9 --x0 1 --steps 2000
run lyap-adam lyapunov --landscape double-well --dynamics adam --eta 0.05 --x0 0.3 --steps 2000
run lyap-henon-like lyapunov --formula "(1-4)*x^2/2 + 4*x^3/3" --dynamics gd --eta 1 --x0 0.3 --steps 3000
run lyap-sgd lyapunov --landscape double-well --dynamics sgd:sigma=0.5 --eta 0.05 --x0 0.3 --steps 2000
run bif-logistic bifurcation --formula "(1-3.5)*x^2/2 + 3.5*x^3/3" --dynamics gd --eta-min 0.5 --eta-max 1.1 --eta-count 60 --x0 0.3
run bif-multiscale bifurcation --landscape multiscale:eps=0.01 --dynamics gd --eta-min 0.005 --eta-max 0.5 --eta-count 40 --x0 1
run basins-gd basins --landscape double-well:dim=2 --dynamics gd --eta 0.1 --x-range -2:2 --y-range -1:1 --grid 30,20 --steps 500
run basins-noisy basins --landscape double-well --dynamics langevin --eta 0.05 --temperature 0.1 --x-range -2:2 --grid 40 --steps 300 --runs 4
run escape-1d escape --landscape double-well --dynamics langevin --eta 0.01 --temperature 0.1 --from -1 --to 1 --particles 300 --seed 11
run escape-underdamped escape --landscape double-well --dynamics underdamped --friction 5 --eta 0.01 --temperature 0.1 --from -1 --to 1 --particles 200 --seed 11
run sweep-eta sweep --landscape quadratic:h1=1,h2=10 --dynamics gd --x0 1,1 --param eta --from 0.15 --to 0.25 --points 11 --readout diverged --particles 10 --steps 200
run sweep-var sweep --formula "x^2/2" --dynamics sgd --param eta/b --from 0.05 --to 0.5 --points 5 --readout variance --particles 2000 --steps 300 --batch 4 --eta 0.1
run sweep-lyap sweep --landscape double-well --dynamics gd --param eta --from 0.5 --to 2 --points 6 --readout lyapunov --steps 500 --x0 0.3

if [[ "$render" != "--no-render" ]]; then
  for tab in live chaos escape sweeps; do
    bs render --landscape double-well --dynamics langevin --temperature 0.2 --particles 2000 --steps 600 --seed 7 \
        --plots "$tab" --out "$out/render-$tab.png" > /dev/null
  done
  bs render --landscape double-well:dim=2 --dynamics underdamped --temperature 0.15 --particles 5000 --steps 1500 \
      --seed 7 --out "$out/render-readme.png" > /dev/null
  bs render --preset tiny-network --steps 400 --out "$out/render-tiny.png" > /dev/null
  bs render --preset fokker-planck --steps 3000 --plots escape --out "$out/render-fp-escape.png" > /dev/null
  bs render --preset kong-tao --steps 500 --plots chaos --out "$out/render-kongtao.png" > /dev/null
  bs render --preset anisotropic-noise --steps 1000 --presentation --out "$out/render-presentation.png" > /dev/null
  bs render --landscape double-well:dim=2 --dynamics gd --eta 0.1 --particles 1 --steps 50 --x0 1.5,0.6 --overlay basins \
      --out "$out/render-basins.png" > /dev/null
fi
echo "recorded in $out"
