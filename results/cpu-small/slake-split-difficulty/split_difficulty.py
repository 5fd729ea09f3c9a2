"""How much harder SLAKE's test split is than its validation split, for every predictor at hand: the model-free
baselines (from the training questions) on validate.json and on test.json, and each committed SLAKE run's best
validation accuracy (the one its checkpoint was selected by) beside its test accuracy. A model selected on validation
data can only be expected to keep what the baselines keep.

From the repository root (writes this folder's split-difficulty.md and .json):

    python results/cpu-small/slake-split-difficulty/split_difficulty.py --out results/cpu-small/slake-split-difficulty/split-difficulty
"""
import argparse, json, statistics
from pathlib import Path
from cmdpi.datasets import load_splits
from cmdpi.core import dump_json
from cmdpi.eval import baselines

root = Path(__file__).resolve().parents[3]          # the repository

def run_pairs(study: Path) -> dict:
    "{variant folder: [(best validation overall, test overall)]} of the runs of a collected SLAKE study folder."
    out = {}
    for run in sorted(p for p in study.iterdir() if (p / 'results.json').exists() and (p / 'finetune-metrics.jsonl').exists()):
        ev = [json.loads(l)['eval']['overall'] for l in (run / 'finetune-metrics.jsonl').read_text().splitlines() if '"eval"' in l]
        out.setdefault(run.name.rsplit('-seed', 1)[0], []).append((max(ev), json.loads((run / 'results.json').read_text())['overall']))
    return out

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('--out', required=True)
    ap.add_argument('--study', default='results/cpu-small/slake-frac1'); a = ap.parse_args()
    tr, sel, te = load_splits('slake')
    on_sel, on_test = baselines(tr, sel), baselines(tr, te)                   # each split's baselines once
    base = {k: dict(validate=v['overall'], test=on_test[k]['overall']) for k, v in on_sel.items()}
    runs = run_pairs(root / a.study)
    m = lambda xs: f'{statistics.fmean(xs):.1f}'
    rows = ['| predictor | validate.json | test.json | test − validate |', '|---|---|---|---|']
    rows += [f"| {k} (baseline) | {b['validate']:.1f} | {b['test']:.1f} | {b['test'] - b['validate']:+.1f} |" for k, b in base.items()]
    rows += [f"| {v} ({len(p)} seeds, best epoch on validate) | {m([x for x, _ in p])} | {m([y for _, y in p])} | "
             f"{statistics.fmean(y - x for x, y in p):+.1f} |" for v, p in runs.items()]
    out = Path(a.out); out.parent.mkdir(parents=True, exist_ok=True)
    note = (f"\n\nSLAKE: {len(tr)} training, {len(sel)} validation, {len(te)} test questions; baselines from the training questions; "
            f"runs from `{a.study}` (mean over seeds of each run's best validation accuracy and its test accuracy).\n")
    out.with_suffix('.md').write_text('\n'.join(rows) + note)
    out.with_suffix('.json').write_text(dump_json(dict(baselines=base, runs={k: [dict(validate=x, test=y) for x, y in p] for k, p in runs.items()},
                                                       study=a.study, n=dict(train=len(tr), validate=len(sel), test=len(te)))))
    print('\n'.join(rows) + note)
