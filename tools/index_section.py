"""Keep one generated section of nbs/index.ipynb (the README's source) in sync with the files it is made from: the
text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in its one markdown cell holding them."""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parents[1]
nb_path = root / 'nbs' / 'index.ipynb'

def splice(src: str, name: str, text: str) -> str:
    start, end = f'<!-- {name}:start -->', f'<!-- {name}:end -->'
    a, b = src.index(start) + len(start), src.index(end)
    return src[:a] + '\n' + text + '\n' + src[b:]

def sync(name: str, text: str, tool: str, argv=None) -> bool:
    """`--check` in `argv`: exit 1 when the section differs from `text`; `--write`: put `text` there (returns True);
    neither: print `text` (returns False). `tool` is the command that regenerates it, for the message."""
    argv = sys.argv if argv is None else argv
    if '--write' not in argv and '--check' not in argv: print(text); return False
    nb = json.loads(nb_path.read_text())
    cells = [c for c in nb['cells'] if c['cell_type'] == 'markdown' and f'<!-- {name}:start -->' in ''.join(c['source'])]
    if len(cells) != 1: sys.exit(f'{nb_path}: expected one markdown cell with <!-- {name}:start -->, found {len(cells)}')
    old = ''.join(cells[0]['source']); new = splice(old, name, text)
    if '--check' in argv:
        print(f'the {name} section of nbs/index.ipynb is ' + ('up to date' if new == old else f'stale: run python {tool} --write'))
        sys.exit(0 if new == old else 1)
    cells[0]['source'] = new.splitlines(keepends=True)
    nb_path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
    return True
