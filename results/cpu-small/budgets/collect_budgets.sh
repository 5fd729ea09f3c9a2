# Bring the budget study's runs into this folder, in the layout budgets_table.py reads:
#   bash results/cpu-small/budgets/collect_budgets.sh RUNS [KEY ...]      (from the repository root)
# RUNS is the pinned checkout's runs/cpu-small/budgets; KEY is a (dataset, method) of budgets.sh (slake-plain,
# vqa_rad-cmdpi, vqa_rad-plain, vqa_rad-image-blind; all four when none is given). For each key: its search candidates'
# logs as search/<candidate>.jsonl, and its phase-2 study as <key>.json|.md|_by_*.png with its runs as
# <dataset>-<variant>-seed<s>/ (results.json and training log, through results/tools/collect_results.py). The ROCO
# pre-training logs come with VQA-RAD's keys, which fine-tune from them.
set -e
RUNS=$1; shift; KEYS=${*:-slake-plain vqa_rad-cmdpi vqa_rad-plain vqa_rad-image-blind}
DST=results/cpu-small/budgets
mkdir -p $DST/search
for k in $KEYS; do
  for d in $RUNS/search/$k-e*/; do [ -d "$d" ] && cp "$d/metrics.jsonl" "$DST/search/$(basename "$d").jsonl"; done
  case $k in vqa_rad-*) for s in 0 1 2; do cp "$RUNS/pretrain-roco/seed$s/metrics.jsonl" "$DST/pretrain-roco-seed$s.jsonl"; done;; esac
  [ -d "$RUNS/$k" ] || { echo "$k: no phase-2 folder yet"; continue; }
  T=$(mktemp -d); python results/tools/collect_results.py "$RUNS/$k" "$T/$k" > /dev/null
  ds=${k%%-*}
  for x in "$T/$k"/*; do
    b=$(basename "$x")
    case $b in baseline.*) mv "$x" "$DST/$k.${b#baseline.}";; baseline_*) mv "$x" "$DST/$k${b#baseline}";; *) rm -rf "$DST/$ds-$b"; mv "$x" "$DST/$ds-$b";; esac
  done
  rm -rf "$T"
done
