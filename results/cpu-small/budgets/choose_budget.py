"""The budget search of `budgets.sh`: each candidate's best selection accuracy, and the budget chosen per (dataset, method).

    python results/cpu-small/budgets/choose_budget.py RUNS                 # the table of every candidate under RUNS/search
    python results/cpu-small/budgets/choose_budget.py RUNS --args KEY      # the chosen budget of KEY as options: --epochs E --lr L
    python results/cpu-small/budgets/choose_budget.py RUNS --folder KEY    # the chosen candidate's folder under RUNS/search

A candidate is a fine-tuning run `RUNS/search/<dataset>-<method>-e<EPOCHS>-lr<LR>` made with `--no-test` (or, once
collected into results/, its log `search/<dataset>-<method>-e<EPOCHS>-lr<LR>.jsonl`): its `metrics.jsonl` holds the
selection accuracy after every epoch (SLAKE's validate.json, or the 10 % of VQA-RAD's
training questions held out by question); the test split was never predicted. The chosen budget of a (dataset,
method) is the candidate with the best selection accuracy at any of its epochs (on a tie, the fewer epochs, then the
lower learning rate). Only finished candidates count: an unfinished one is an error (exit status 1), so a job line that
reads the choice (`A=$(… --args KEY) && …`) stops rather than run at a default budget.
"""
import re, sys, json, argparse
from pathlib import Path

NAME = re.compile(r'(?P<key>.+)-e(?P<epochs>\d+)-lr(?P<lr>[0-9.e-]+)$')


def candidate(run: Path) -> dict:
    "The budget of a candidate folder and its best selection accuracy (and epoch); a `ValueError` if it has not finished."
    m = NAME.match(run.stem if run.suffix == '.jsonl' else run.name)
    if not m: raise ValueError(f'{run}: not a candidate (<dataset>-<method>-e<EPOCHS>-lr<LR>)')
    log = run if run.suffix == '.jsonl' else run / 'metrics.jsonl'
    evals = [json.loads(l) for l in log.read_text().splitlines() if '"eval"' in l]
    epochs = int(m['epochs'])
    if not evals or evals[-1]['epoch'] != epochs: raise ValueError(f'{run}: unfinished ({len(evals)} of {epochs} epochs)')
    best = max(evals, key=lambda r: (r['eval']['overall'], -r['epoch']))
    return dict(key=m['key'], epochs=epochs, lr=float(m['lr']), best=round(best['eval']['overall'], 2), best_epoch=best['epoch'],
                last=round(evals[-1]['eval']['overall'], 2), run=run.stem if run.suffix == '.jsonl' else run.name)


def search(runs: Path, key: str | None = None) -> dict[str, list[dict]]:
    "key (dataset-method) -> its candidates, best first; only `key`'s when given (another method's may still be running)."
    out = {}
    for run in sorted((runs / 'search').iterdir()):
        m = NAME.match(run.stem if run.suffix == '.jsonl' else run.name)
        if key is not None and (m is None or m['key'] != key): continue
        if (run.is_dir() and (run / 'metrics.jsonl').exists()) or run.suffix == '.jsonl':
            c = candidate(run); out.setdefault(c['key'], []).append(c)
    return {k: sorted(v, key=lambda c: (-c['best'], c['epochs'], c['lr'])) for k, v in out.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('runs'); ap.add_argument('--args', default=None, help='print the chosen budget of this key as options')
    ap.add_argument('--folder', default=None, help="print the chosen candidate's folder name of this key")
    ap.add_argument('--json', default=None, help='also write the search as JSON here')
    a = ap.parse_args()
    key = a.args or a.folder
    try: s = search(Path(a.runs), key)
    except ValueError as e: sys.exit(f'error: {e}')
    if key:
        if key not in s: sys.exit(f'no candidates for {key!r} under {a.runs}/search (have: {sorted(s)})')
        c = s[key][0]; print(f"--epochs {c['epochs']} --lr {c['lr']:g}" if a.args else c['run']); return
    for k, cs in s.items():
        print(f'{k}:')
        for i, c in enumerate(cs):
            print(f"  {'chosen ' if i == 0 else '       '}{c['epochs']:4d} epochs, lr {c['lr']:g}: best {c['best']:.1f} (epoch {c['best_epoch']}), last {c['last']:.1f}")
    if a.json: Path(a.json).write_text(json.dumps(s, indent=1) + '\n')


if __name__ == '__main__':
    main()
