"""The README's results table, from the committed study files results/<setting>/<dataset>-<study>/<study>.json
(written by cmdpi_ablate) and the per-run results.json beside them (written by evaluate_checkpoint).

    python tools/results_table.py            # print it
    python tools/results_table.py --write    # put it into nbs/index.ipynb between the results-table markers
    python tools/results_table.py --check    # exit 1 when the notebook's table differs from the files (CI)
"""
import json, math, sys
from pathlib import Path
from cmdpi.ablate import variant_slug
from cmdpi.eval import PAPER_TABLES

root = Path(__file__).resolve().parents[1] / 'results'

def fmt(s) -> str:
    return '–' if s['std'] is None or (isinstance(s['std'], float) and math.isnan(s['std'])) else f"{s['mean']:.1f} ± {s['std']:.1f}"

def run_results(study_file: Path, name: str, seed: int) -> dict:
    return json.loads((study_file.parent / f'seed{seed}' / variant_slug(name) / 'results.json').read_text())

def selection(r: dict, by: str) -> str:
    h = r['protocol'].get('holdout') or 0
    if h: return f'{h:.0%} of train held out, by {by}'
    return 'validate.json' if r['dataset'] == 'slake' else 'none (last epoch)'

def bname(st: dict, k: str) -> str:
    answers = sorted({b['answer'] for b in st['baselines'][k] if 'answer' in b})
    return f" ('{', '.join(answers)}')" if answers else ''

rows = ['| dataset | setting | variant | open | closed | overall | seeds | checkpoint selection | test questions (open / closed) | ceiling (open / closed / overall; first seed) |',
        '|---|---|---|---|---|---|---|---|---|---|']
groups, seen, base = {}, set(), {}   # (setting, dataset) -> rows, in file order; -> baseline rows
for f in sorted(root.glob('*/*/*.json'), key=lambda f: (f.parent.parent.name, f.parent.name, f.stem != 'baseline', f.name)):
    st = json.loads(f.read_text())
    if 'summary' not in st: continue
    ds, setting = st['dataset'], f.parent.parent.name
    by = st.get('holdout_by') or 'image'             # the first runs held out question by question
    for name, s in st['summary'].items():
        key = (ds, setting, name, tuple(r['sha256'] for r in st['runs'][name]))
        if key in seen: continue                        # the same runs, shared by two studies
        seen.add(key)
        r = run_results(f, name, st['runs'][name][0]['seed']); c = r['protocol']['ceiling']
        groups.setdefault((setting, ds), []).append(
            f"| {ds} | {setting} | {name} | {fmt(s['open'])} | {fmt(s['closed'])} | {fmt(s['overall'])} | "
            f"{s['overall']['n']} | {selection(r, by)} | {r['n']} ({r['n_open']} / {r['n_closed']}) | "
            f"{c['open']:.1f} / {c['closed']:.1f} / {c['overall']:.1f} |")
    if (setting, ds) not in base and 'baseline_summary' in st:   # from the training questions of the same runs
        base[(setting, ds)] = [
            f"| {ds} | {setting} | {k}{bname(st, k)} (baseline) | {fmt(b['open'])} | {fmt(b['closed'])} | {fmt(b['overall'])} | "
            f"{b['overall']['n']} | – | {r['n']} ({r['n_open']} / {r['n_closed']}) | – |" for k, b in st['baseline_summary'].items()]
for (setting, ds), g in groups.items():
    rows += g + base.get((setting, ds), [])
    if ds in PAPER_TABLES:
        p = PAPER_TABLES[ds]['CMDPI']                   # Tables 1-2 of the paper
        rows.append(f'| {ds} | paper (CLIP init., 114k pre-training pairs, RTX 3090) | CMDPI | {p[0]} | {p[1]} | {p[2]} | – | – | – | – |')
table = '\n'.join(rows)
START, END = '<!-- results-table:start -->', '<!-- results-table:end -->'
nb_path = root.parent / 'nbs' / 'index.ipynb'

def splice(src: str) -> str:
    a, b = src.index(START) + len(START), src.index(END)
    return src[:a] + '\n' + table + '\n' + src[b:]

if '--write' in sys.argv or '--check' in sys.argv:
    nb = json.loads(nb_path.read_text())
    cells = [c for c in nb['cells'] if c['cell_type'] == 'markdown' and START in ''.join(c['source'])]
    if len(cells) != 1: sys.exit(f'{nb_path}: expected one markdown cell with {START}, found {len(cells)}')
    old = ''.join(cells[0]['source']); new = splice(old)
    if '--check' in sys.argv:
        print('the results table in nbs/index.ipynb is up to date' if new == old else
              'the results table in nbs/index.ipynb is stale: run python tools/results_table.py --write')
        sys.exit(0 if new == old else 1)
    cells[0]['source'] = new.splitlines(keepends=True)
    nb_path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
else: print(table)
