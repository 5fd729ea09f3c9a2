"""Write README.md from nbs/index.ipynb (nbdev_readme needs Quarto, which cannot be installed everywhere).

Markdown cells are copied in order; links to `NN_name.ipynb` are pointed at `nbs/`. `--check` exits 1
when README.md is out of date (used by .ci/run).
"""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parents[1]

def render() -> str:
    nb = json.loads((root / 'nbs' / 'index.ipynb').read_text())
    parts = []
    for c in nb['cells']:
        if c['cell_type'] != 'markdown': continue
        src = ''.join(c['source'])
        src = re.sub(r'\]\((?!https?:)([\w./-]+\.ipynb)\)', r'](nbs/\1)', src)
        parts.append(src.strip())
    return '<!-- generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook -->\n\n' + '\n\n'.join(parts) + '\n'

if __name__ == '__main__':
    text, out = render(), root / 'README.md'
    if '--check' in sys.argv:
        ok = out.exists() and out.read_text() == text
        print('README.md is up to date' if ok else 'README.md is stale: run python tools/make_readme.py')
        sys.exit(0 if ok else 1)
    out.write_text(text)
