"""Keep the generated sections of the pages written as notebooks in sync with the files they are made from: the text
between `<!-- NAME:start -->` and `<!-- NAME:end -->` in the one markdown cell holding them, in nbs/index.ipynb (the
README's source) or nbs/results.ipynb (the results page)."""
import re, json, sys
from pathlib import Path

root = Path(__file__).resolve().parents[1]
PAGES = [root / 'nbs' / 'index.ipynb', root / 'nbs' / 'results.ipynb']
nb_path = PAGES[0]

def splice(src: str, name: str, text: str) -> str:
    start, end = f'<!-- {name}:start -->', f'<!-- {name}:end -->'
    a, b = src.index(start) + len(start), src.index(end)
    return src[:a] + '\n' + text + '\n' + src[b:]

def markers(prefix: str) -> dict:
    "{NAME: notebook path} of every `<!-- NAME:start -->` whose NAME starts with `prefix`, in the pages."
    found = {}
    for nb in PAGES:
        if not nb.exists(): continue
        for c in json.loads(nb.read_text())['cells']:
            if c['cell_type'] != 'markdown': continue
            for name in re.findall(r'<!-- (\S+):start -->', ''.join(c['source'])):
                if name.startswith(prefix): found.setdefault(name, []).append(nb)
    return found

def sync_sections(texts: dict, tool: str, argv=None, prefix: str = '') -> bool:
    """Each section NAME of `texts` (NAME -> text) goes between its markers, in whichever page holds them. `--check` in
    `argv`: exit 1 when a section differs from its text, when a text has no markers (a new study needs its place on a
    page) or when markers under `prefix` have no text (a study that no longer exists); `--write`: write them (returns
    True); neither: print the texts (returns False). `tool` is the command that regenerates them, for the messages."""
    argv = sys.argv if argv is None else argv
    if '--write' not in argv and '--check' not in argv:
        for k, v in texts.items(): print(f'<!-- {k} -->\n{v}\n')
        return False
    where = markers(prefix) if prefix else {}
    for k in texts:
        if k not in where: where.update(markers(k))
    problems = [f'{k}: no `<!-- {k}:start -->` in {", ".join(p.relative_to(root).as_posix() for p in PAGES)}: give it a place on a page'
                for k in texts if k not in where]
    problems += [f'{k}: markers in {len(v)} cells ({", ".join(p.name for p in v)}), expected one' for k, v in where.items() if len(v) > 1]
    problems += [f'{k}: markers in {where[k][0].name} but nothing generates it: remove them' for k in where if k not in texts]
    stale, nbs = [], {}
    for k, text in texts.items():
        if k not in where or len(where[k]) != 1: continue
        nb = nbs.setdefault(where[k][0], json.loads(where[k][0].read_text()))
        cell = next(c for c in nb['cells'] if c['cell_type'] == 'markdown' and f'<!-- {k}:start -->' in ''.join(c['source']))
        old = ''.join(cell['source']); new = splice(old, k, text)
        if new != old: stale.append(k); cell['source'] = new.splitlines(keepends=True)
    if '--check' in argv:
        for p in problems: print(p)
        print(f'{len(texts)} sections of {tool}: ' + (f'stale: {", ".join(stale)}: run python {tool} --write' if stale else 'up to date'))
        sys.exit(1 if stale or problems else 0)
    if problems: sys.exit('\n'.join(problems))
    for path, nb in nbs.items(): path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
    return True

def sync(name: str, text: str, tool: str, argv=None) -> bool:
    "One section: `sync_sections({name: text}, tool, argv)`."
    return sync_sections({name: text}, tool, argv)
