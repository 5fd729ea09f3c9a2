"""How the notebooks read: the size of their exported cells and how many are tested where they are defined.

An exported cell counts as tested when a code cell after it, before the next exported cell, asserts something
(`test_eq`, `test_close`, `test_fail`, `assert`, …). Sizes are non-blank lines after the `#| export` line.

    python tools/cell_stats.py            # the numbers, and the notebooks with untested exported cells
    python tools/cell_stats.py --check    # exit 1 when the median exceeds 10 lines or fewer than 80 % are tested (CI)
"""
import json, re, statistics, sys
from pathlib import Path

ASSERTS = re.compile(r'\b(test_eq|test_close|test_fail|test_ne|test_is|assert|test_shuffled|test_stdout|test_warns)\b')
MAX_MEDIAN, MIN_TESTED = 10, 0.80

def exported_cells(nb: Path):
    "(non-blank lines, tested) of each exported cell of the notebook `nb`."
    code = [''.join(c['source']) for c in json.loads(nb.read_text())['cells'] if c['cell_type'] == 'code']
    for i, s in enumerate(code):
        if not s.startswith('#| export'): continue
        after = []
        for t in code[i + 1:]:
            if t.startswith('#| export'): break
            after.append(t)
        yield len([l for l in s.splitlines()[1:] if l.strip()]), any(ASSERTS.search(t) for t in after)

if __name__ == '__main__':
    per = {nb.name: list(exported_cells(nb)) for nb in sorted((Path(__file__).resolve().parents[1] / 'nbs').glob('*.ipynb'))}
    cells = [c for cs in per.values() for c in cs]
    median, tested = statistics.median(n for n, _ in cells), sum(t for _, t in cells) / len(cells)
    print(f'{len(cells)} exported cells: median {median:g} lines, 90th percentile {sorted(n for n, _ in cells)[int(.9 * len(cells))]}, '
          f'{tested:.0%} followed by an asserting cell')
    for name, cs in per.items():
        if not all(t for _, t in cs): print(f'  {name}: {sum(t for _, t in cs)} of {len(cs)} tested')
    if '--check' in sys.argv and (median > MAX_MEDIAN or tested < MIN_TESTED):
        sys.exit(f'the notebooks read worse than agreed: median {median:g} > {MAX_MEDIAN} lines or {tested:.0%} < {MIN_TESTED:.0%} tested')
