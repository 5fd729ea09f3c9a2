"""The tables of the budget study (`budgets.sh`), from its committed files: the search of each method on its own selection
split, and each method at the budget it chose, three seeds, beside the image-blind control and the baselines.

    python results/cpu-small/budgets/budgets_table.py          # print the markdown (the results page's sections)

The folder holds `search/<dataset>-<method>-e<EPOCHS>-lr<LR>.jsonl` (the candidates' logs), `<dataset>-<method>.json`
(cmdpi_ablate's study file of a method at its chosen budget) and `<dataset>-<variant>-seed<s>/results.json` (its runs).
CMDPI and the image-blind control on SLAKE are the runs of `../slake-best` (200 epochs, the budget CMDPI's own search chose).
"""
import sys, json, statistics
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from choose_budget import search
from cmdpi.eval import PAPER_TABLES                     # the paper's Tables 1 (VQA-RAD) and 2 (SLAKE)

METHODS = {'cmdpi': 'CMDPI', 'plain': 'plain fine-tuning', 'image-blind': 'image-blind'}
PAPER_ROW = 'CMDPI, the paper (ViT-B-16, CLIP init., 114k pre-training pairs)'
PAPER_BUDGET = '300 epochs, lr 7.5e-6'                 # §4.2, for both datasets


def mean_sd(xs) -> str:
    return f'{statistics.mean(xs):.1f}' + (f' ± {statistics.stdev(xs):.1f}' if len(xs) > 1 else '')


def study(base: Path, name: str) -> dict | None:
    "The study file `name`.json in `base` (None when absent), with `_file`: where it was read."
    f = base / f'{name}.json'
    if not f.exists(): return None
    root = HERE.parents[2]
    return dict(json.loads(f.read_text()), _file=str(f.relative_to(root)) if root in f.parents else str(f))


def by_seed(st: dict, variant: str) -> dict[int, dict]:
    "seed -> the run's accuracies (open, closed, overall, n) of `variant` in the study file `st`."
    return {r['seed']: r for r in st['runs'][variant]}


def methods(dataset: str, base: Path = HERE) -> dict | None:
    "method -> (study file, runs by seed, the budget in words) for `dataset`; None while a part is missing."
    slake_best = study(base.parent / 'slake-best', 'baseline')
    parts = {}
    for m, variant in METHODS.items():
        own = study(base, f'{dataset}-{m}')
        st = own if own is not None else slake_best if dataset == 'slake' and m in ('cmdpi', 'image-blind') else None
        if st is None or variant not in st['runs']: return None
        c = st['config']; budget = f"{c['epochs']} epochs, lr {c['lr']:g}"
        parts[m] = (st, by_seed(st, variant), ("CMDPI's, " if m == 'image-blind' else '') + budget)
    return parts


def search_md(dataset: str, base: Path = HERE) -> str:
    "One table per method searched on `dataset`: every candidate's best selection accuracy (its epoch) and last, the chosen one in bold."
    out = []
    for key, cands in search(base).items():
        if key.split('-', 1)[0] != dataset: continue
        rows = []
        for i, c in enumerate(cands):
            cells = [str(c['epochs']), f"{c['lr']:g}", f"{c['best']:.1f} (epoch {c['best_epoch']})", f"{c['last']:.1f}"]
            rows.append('| ' + ' | '.join(f'**{x}**' if i == 0 else x for x in cells) + ' |')
        ds, m = key.split('-', 1)
        out.append(f'**{ds}, {METHODS.get(m, m)}: the candidates of seed 0, best first (selection accuracy %, the test split never '
                   'predicted).**\n\n| epochs | learning rate | best selection accuracy (epoch) | last epoch |\n|---|---|---|---|\n'
                   + '\n'.join(rows))
    return '\n\n'.join(out)


def comparison_md(dataset: str, base: Path = HERE) -> str | None:
    "Each method at its own budget: test accuracy over seeds, the baselines, and the paired differences seed by seed."
    parts = methods(dataset, base)
    if parts is None: return None
    seeds = sorted(set.intersection(*(set(r) for _, r, _ in parts.values())))
    rows = []
    for m, (st, runs, budget) in parts.items():
        acc = {k: [runs[s][k] for s in seeds] for k in ('open', 'closed', 'overall')}
        rows.append(f"| {METHODS[m]} | {budget} | {mean_sd(acc['open'])} | {mean_sd(acc['closed'])} | {mean_sd(acc['overall'])} | "
                    + ' / '.join(f'{x:.1f}' for x in acc['overall']) + ' |')
    bs = parts['cmdpi'][0].get('baseline_summary', {})
    for k in ('question-only prior', 'image lookup'):
        if k in bs: rows.append(f"| {k} (baseline) | – | {bs[k]['open']['mean']:.1f} | {bs[k]['closed']['mean']:.1f} | {bs[k]['overall']['mean']:.1f} | – |")
    rows.append(f'| {PAPER_ROW} | {PAPER_BUDGET} | ' + ' | '.join(map(str, PAPER_TABLES[dataset]['CMDPI'])) + ' | – |')
    diffs = []
    for a, b in (('cmdpi', 'plain'), ('cmdpi', 'image-blind'), ('plain', 'image-blind')):
        d = [parts[a][1][s]['overall'] - parts[b][1][s]['overall'] for s in seeds]
        diffs.append(f"{METHODS[a]} − {METHODS[b]}: {mean_sd(d)} ({', '.join(f'{x:+.1f}' for x in d)})")
    r0 = parts['cmdpi'][1][seeds[0]]
    return (f'**{dataset}: each method at the budget its own search chose (test accuracy %, mean ± sample std over seeds '
            f"{', '.join(map(str, seeds))}).**\n\n| method | budget | open | closed | overall | overall by seed |\n|---|---|---|---|---|---|\n"
            + '\n'.join(rows) + '\n\nPaired differences of overall accuracy, seed by seed: ' + '; '.join(diffs) + '.\n\n'
            + f"{dataset} test split, {r0['n']} questions; "
            + ('selection on validate.json' if dataset == 'slake' else '10 % of the training questions held out by question for selection')
            + "; the answers of the training split only; CMDPI and the image-blind control fine-tuned from the ROCO pre-training of "
              "their seed, plain fine-tuning from random initialisation; from `"
            + '`, `'.join(dict.fromkeys(p[0]['_file'] for p in parts.values())) + '`.')


def headline_md(base: Path = HERE) -> str | None:
    "The README's table: SLAKE, each method at its own budget, the question-only prior and the paper's row."
    parts = methods('slake', base)
    if parts is None: return None
    seeds = sorted(set.intersection(*(set(r) for _, r, _ in parts.values())))
    rows = [f"| {METHODS[m]} ({budget}) | " + ' | '.join(mean_sd([runs[s][k] for s in seeds]) for k in ('open', 'closed', 'overall')) + ' |'
            for m, (st, runs, budget) in parts.items()]
    p = parts['cmdpi'][0]['baseline_summary']['question-only prior']
    rows.append('| question-only prior (no image, no model) | ' + ' | '.join(f'{p[k]["mean"]:.1f}' for k in ('open', 'closed', 'overall')) + ' |')
    rows.append(f'| {PAPER_ROW} | ' + ' | '.join(map(str, PAPER_TABLES['slake']['CMDPI'])) + ' |')
    d = lambda a, b: mean_sd([parts[a][1][s]['overall'] - parts[b][1][s]['overall'] for s in seeds])
    return ('| SLAKE test accuracy (%) | open | closed | overall |\n|---|---|---|---|\n' + '\n'.join(rows)
            + f"\n\n{parts['cmdpi'][1][seeds[0]]['n']:,} test questions; mean ± sample std over seeds {', '.join(map(str, seeds))}; each method "
            f"at the budget its own search on validate.json chose; seed by seed, CMDPI − plain fine-tuning: {d('cmdpi', 'plain')}; "
            f"CMDPI − image-blind: {d('cmdpi', 'image-blind')}. The small configuration from random initialisation on two CPU cores, "
            'answers from the training answers only; from `results/cpu-small/budgets/`.')


SECTIONS = {'slake': 'cpu-small/budgets-slake', 'vqa_rad': 'cpu-small/budgets-vqa_rad'}   # dataset -> its section of the results page


def sections(base: Path = HERE) -> dict[str, str]:
    "The results page's sections, one per dataset searched: its searches, then its comparison once its runs are all there."
    if not (base / 'search').is_dir(): return {}
    out = {}
    for ds, name in SECTIONS.items():
        if not (tables := search_md(ds, base)): continue
        out[name] = '\n\n'.join(t for t in (tables, comparison_md(ds, base)) if t)
    return out


if __name__ == '__main__':
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    print('\n\n'.join(sections(base).values()) or f'{base}: no search collected yet')
