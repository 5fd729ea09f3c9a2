"""Write README.md from nbs/index.ipynb and results/README.md from nbs/results.ipynb (nbdev_readme needs Quarto, which
cannot be installed everywhere).

Markdown cells are copied in order, links rewritten for where the file lies: index.ipynb's links start at the repository
root (as the docs builder reads them), so `NN_name.ipynb` becomes `nbs/NN_name.ipynb` and `results.ipynb` the results
page `results/README.md`; results.ipynb's links start at nbs/, so `../results/X` becomes `X`, `index.ipynb` `../README.md`
and `NN_name.ipynb` `../nbs/NN_name.ipynb`. `--check` exits 1 when either file is out of date (used by .ci/run).
"""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parents[1]
LINK = re.compile(r'(\]\()(?!https?:|#)([^)\s]+)(\))')

def cells(nb: str) -> list[str]:
    return [''.join(c['source']).strip() for c in json.loads((root / 'nbs' / nb).read_text())['cells'] if c['cell_type'] == 'markdown']

def readme_link(href: str) -> str:
    "A link of index.ipynb (from the root), for README.md at the root."
    path, frag = (href.split('#', 1) + [''])[:2]; frag = f'#{frag}' if frag else ''
    if path == 'results.ipynb': return 'results/README.md' + frag
    if re.fullmatch(r'[\w.-]+\.ipynb', path): return f'nbs/{path}{frag}'
    return href

def results_link(href: str) -> str:
    "A link of results.ipynb (from nbs/), for results/README.md."
    path, frag = (href.split('#', 1) + [''])[:2]; frag = f'#{frag}' if frag else ''
    if path == 'results.ipynb': return frag or 'README.md'
    if path == 'index.ipynb': return '../README.md' + frag
    if re.fullmatch(r'[\w.-]+\.ipynb', path): return f'../nbs/{path}{frag}'
    if path.startswith('../results/'): return (path[len('../results/'):] or './') + frag
    return href

PAGES = {'README.md': ('index.ipynb', readme_link), 'results/README.md': ('results.ipynb', results_link)}

def render(out: str = 'README.md') -> str:
    nb, fix = PAGES[out]
    parts = [LINK.sub(lambda m: m[1] + fix(m[2]) + m[3], src) for src in cells(nb)]
    return f'<!-- generated from nbs/{nb} by tools/make_readme.py: edit the notebook -->\n\n' + '\n\n'.join(parts) + '\n'

if __name__ == '__main__':
    stale = []
    for out in PAGES:
        text, path = render(out), root / out
        if '--check' in sys.argv:
            ok = path.exists() and path.read_text() == text
            print(f'{out} is up to date' if ok else f'{out} is stale: run python tools/make_readme.py')
            if not ok: stale.append(out)
        else: path.write_text(text)
    sys.exit(1 if stale else 0)
