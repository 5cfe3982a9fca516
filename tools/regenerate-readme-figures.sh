#!/usr/bin/env bash
# Regenerates the figures and tables shown in README.md ("Reproducing the paper"): runs
# `reramnav reproduce --figure all --seeds 10` on the built-in environments (no data files) into a
# scratch directory and copies the PNGs and report.md into docs/img/reproduce/. Extra arguments go to
# `reproduce` (e.g. --seeds 3 for a quick look). CSVs stay in the scratch directory, printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mktemp -d)"
dotnet run -c Release --project tools/reramnav -- reproduce --figure all --seeds 10 --out "$scratch" "$@"
mkdir -p docs/img/reproduce
for png in fig4b fig4c fig4f-ours fig4f-qlearning fig4g fig5b fig5d fig5g ablations-built-in table1-accuracy; do
    cp "$scratch/$png.png" docs/img/reproduce/
done
cp "$scratch/report.md" docs/img/reproduce/report.md
echo "copied the PNGs and report.md to docs/img/reproduce/; CSVs in $scratch"
