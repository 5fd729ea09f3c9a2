"""How the notebooks read: every exported definition is followed by a cell that tests it, and no exported cell is too
long to read whole.

An exported cell (`#| export`, `#| exporti`, `#| exports`) that defines something — a function, a class or a public
name at the top level — counts as tested when a code cell after it, before the next exported cell, asserts something
(`test_eq`, `test_close`, `test_fail`, `assert`, …). A cell of imports alone defines nothing. Its length is its lines
after the directives. A class reads whole in one cell, so a cell is as long as its idea, up to MAX_LINES.

    python tools/cell_stats.py            # the numbers, and every cell that breaks a rule
    python tools/cell_stats.py --check    # exit 1 when any cell breaks one (CI)
"""
import ast, json, re, sys
from pathlib import Path

ASSERTS = re.compile(r'\b(test_eq|test_close|test_fail|test_ne|test_is|assert|test_shuffled|test_stdout|test_warns)\b')
EXPORT = re.compile(r'^#\|\s*export[is]?\b')
MAX_LINES = 120
nbs = Path(__file__).resolve().parents[1] / 'nbs'

def directives(src: str) -> list[str]:
    "The `#|` lines at the top of a cell's source."
    out = []
    for l in src.splitlines():
        if l.startswith('#|'): out.append(l)
        elif l.strip(): break
    return out

def defines(body: str) -> list[str]:
    "The names a cell's top level defines: functions, classes, public assignments (not imports); [] when it does not parse."
    try: tree = ast.parse(body)
    except SyntaxError: return []
    names = []
    for n in tree.body:
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)): names.append(n.name)
        elif isinstance(n, (ast.Assign, ast.AnnAssign)):
            ts = n.targets if isinstance(n, ast.Assign) else [n.target]
            names += [t.id for t in ts if isinstance(t, ast.Name) and not t.id.startswith('__')]
    return names

def exported_cells(nb: Path):
    "(cell id, lines, names defined, tested) of each exported cell of the notebook `nb`."
    cs = [c for c in json.loads(nb.read_text())['cells'] if c['cell_type'] == 'code']
    code, ids = [''.join(c['source']) for c in cs], [c.get('id', f'code cell {i}') for i, c in enumerate(cs)]
    exported = [i for i, s in enumerate(code) if any(EXPORT.match(d) for d in directives(s))]
    for k, i in enumerate(exported):
        s = code[i]; d = directives(s)
        body = '\n'.join(s.splitlines()[len(d):]).strip('\n')
        after = code[i + 1:exported[k + 1] if k + 1 < len(exported) else len(code)]
        yield ids[i], len(body.splitlines()), defines(body), any(ASSERTS.search(t) for t in after)

def problems(per: dict) -> list[str]:
    out = []
    for name, cells in per.items():
        for i, n, names, tested in cells:
            what = f"{name} cell {i} ({', '.join(names[:3]) + (', …' if len(names) > 3 else '') or 'no definition'})"
            if n > MAX_LINES: out.append(f'{what}: {n} lines, over {MAX_LINES}')
            if names and not tested: out.append(f'{what}: no asserting cell after it')
    return out

if __name__ == '__main__':
    per = {nb.name: list(exported_cells(nb)) for nb in sorted(nbs.glob('*.ipynb'))}
    cells = [c for cs in per.values() for c in cs]
    defs = [c for c in cells if c[2]]
    sizes = sorted(n for _, n, _, _ in cells)
    print(f'{len(cells)} exported cells, {len(defs)} defining something: {sum(c[3] for c in defs)} followed by an asserting cell; '
          f'lines: median {sizes[len(sizes) // 2] if sizes else 0}, longest {sizes[-1] if sizes else 0} (at most {MAX_LINES})')
    bad = problems(per)
    for p in bad: print('  ' + p)
    if '--check' in sys.argv and bad:
        sys.exit(f'{len(bad)} exported cells break a rule: each definition followed by a cell that asserts, each cell at most {MAX_LINES} lines')
