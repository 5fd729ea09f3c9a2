"""Print the README's results table from the committed study files results/*/*/STUDY.json (written by cmdpi_ablate)."""
import json, math, sys
from pathlib import Path

root = Path(__file__).resolve().parents[1] / 'results'
PAPER = {'vqa_rad': (74.3, 85.7, 78.7), 'slake': (80.6, 88.0, 83.5)}
f = lambda s: '–' if s['std'] is None or (isinstance(s['std'], float) and math.isnan(s['std'])) else f"{s['mean']:.1f} ± {s['std']:.1f}"

rows = ['| dataset | setting | variant | open | closed | overall | seeds | ceiling (overall) |', '|---|---|---|---|---|---|---|---|']
for f_ in sorted(root.glob('*/*/*.json')):
    st = json.loads(f_.read_text())
    if 'summary' not in st: continue
    ds, setting = st['dataset'], f_.parent.parent.name
    ceil = next(iter(st['runs'].values()))[0]
    for name, s in st['summary'].items():
        rows.append(f"| {ds} | {setting} | {name} | {f(s['open'])} | {f(s['closed'])} | {f(s['overall'])} | {s['overall']['n']} | "
                    f"{json.loads((f_.parent / 'seed0' / 'CMDPI' / 'results.json').read_text())['protocol']['ceiling']['overall']:.1f} |")
    p = PAPER.get(ds)
    if p: rows.append(f'| {ds} | paper (CLIP init., 114k pre-training pairs, RTX 3090) | CMDPI | {p[0]} | {p[1]} | {p[2]} | – | – |')
print('\n'.join(rows))
