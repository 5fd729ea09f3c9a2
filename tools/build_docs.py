"""Build the offline docs site in `docs/` from `nbs/*.ipynb` (DESIGN §7; `nbdev_docs` needs Quarto).

Each notebook (not `_*`) goes through nbdev's own doc processors (`nbdev.processors.FilterDefaults`:
front matter, `#| hide`, exported cells replaced by their `show_doc`, links to symbols), then is
rendered to one HTML page with markdown-it-py and Pygments. `$...$` / `$$...$$` are cut out before
markdown sees them and typeset in the browser by MathJax v3 copied into `docs/assets/mathjax/` (no
CDN). The output is deterministic: rebuilding after unchanged notebooks changes no byte.

    python tools/build_docs.py [--mathjax DIR]   # DIR: an unpacked `mathjax@3` npm package (`package/`)

MathJax is found, in order: `--mathjax`, `$CMDPI_MATHJAX`, the copy already in `docs/assets/mathjax/`,
else it is fetched with `npm pack mathjax@3.2.2` into a temporary folder.
"""
import base64, html, json, os, re, shutil, subprocess, sys, tempfile, warnings
from configparser import ConfigParser
from contextlib import redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path

root = Path(__file__).resolve().parents[1]
nbs, docs = root / 'nbs', root / 'docs'
MJ_FILES = ['tex-chtml-full.js', 'output/chtml/fonts/woff-v2', 'LICENSE']  # full: no autoloaded extensions
MAX_TEXT, MAX_PNG = 4000, 150_000  # characters of a text output; bytes of a PNG output

# ---------------------------------------------------------------- math protection
_re_math = re.compile(
    r'(?P<fence>^[ \t]*(?P<f>```+|~~~+).*?^[ \t]*(?P=f)[ \t]*$)'      # fenced code: leave alone
    r'|(?P<code>(?P<t>`+).+?(?P=t))'                                  # inline code: leave alone
    r'|(?P<esc>\\\$)'                                                 # an escaped dollar
    r'|(?P<dd>\$\$.+?\$\$)'                                           # display math
    r'|(?P<d>\$(?![\s$])[^$\n]*?(?<![\s\\])\$(?!\d))',                # inline math
    re.S | re.M)

def protect_math(src):
    "Replace math spans by placeholders markdown leaves alone; return the text and the spans."
    spans = []
    def sub(m):
        if m.group('fence') or m.group('code'): return m.group(0)
        if m.group('esc'): return m.group(0)
        disp = bool(m.group('dd'))
        tex = m.group(0)[2:-2] if disp else m.group(0)[1:-1]
        spans.append((disp, tex.strip()))
        return f'MATHXPH{len(spans)-1}XPH'
    return _re_math.sub(sub, src), spans

def restore_math(h, spans):
    def sub(m):
        disp, tex = spans[int(m.group(1))]
        tex = html.escape(tex, quote=False)
        return (f'<span class="math display">\\[{tex}\\]</span>' if disp
                else f'<span class="math inline">\\({tex}\\)</span>')
    return re.sub(r'MATHXPH(\d+)XPH', sub, h)

def count_math(src):
    "Number of math spans in a markdown source (used by tools/test_docs.py)."
    return len(protect_math(src)[1])

# ---------------------------------------------------------------- markdown and code
def _md():
    from markdown_it import MarkdownIt
    return MarkdownIt('commonmark', {'html': True}).enable('table').enable('strikethrough')

def highlight(code, lang='python'):
    from pygments import highlight as hl
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import get_lexer_by_name, TextLexer
    try: lexer = get_lexer_by_name(lang or 'text')
    except Exception: lexer = TextLexer()
    return hl(code, lexer, HtmlFormatter(nowrap=True))

class Renderer:
    def __init__(self, pages, doc_base):
        self.md, self.pages, self.doc_base = _md(), pages, doc_base
        self.md.options['highlight'] = lambda code, lang, attrs: highlight(code, lang)

    def link(self, href):
        "Point links at notebooks and at nbdev's own doc URLs to our pages."
        m = re.match(r'^(?:\./)?([\w.-]+)\.ipynb(#.*)?$', href)
        if m: return f'{m.group(1)}.html{m.group(2) or ""}'
        if self.doc_base and href.startswith(self.doc_base):
            page, _, frag = href[len(self.doc_base):].partition('#')
            if page in self.pages: return self.pages[page] + (f'#{frag}' if frag else '')
        return href

    def markdown(self, src):
        # Pandoc attributes nbdev's show_doc writes after its [source](...) link
        src = re.sub(r'\[source\]\(([^)\s]+)\)\{[^}]*\}', r'<a class="srclink" href="\1">source</a>', src)
        src, spans = protect_math(src)
        h = self.md.render(src)
        h = re.sub(r'href="([^"]*)"', lambda m: f'href="{html.escape(self.link(html.unescape(m.group(1))))}"', h)
        return restore_math(h, spans)

# ---------------------------------------------------------------- notebooks
NOTES = []  # warnings printed at the end of the build

def _procs():
    "nbdev's doc processors, with `exec_show_docs` running only the imports of a cell that mixes imports and code."
    import ast
    from nbdev.processors import FilterDefaults, exec_show_docs, _ast_contains
    class exec_show_docs_imports(exec_show_docs):
        def __call__(self, cell):
            if not self.nb.has_docs_ or not hasattr(self, 'k'): return
            trees = cell.parsed_() if cell.cell_type == 'code' and cell.source else None
            if (trees and not ({'export', 'exports', 'exporti', 'exec_doc', 'hide'} & set(cell.directives_))
                    and _ast_contains(trees, (ast.Import, ast.ImportFrom)) and _ast_contains(trees, (ast.Expr, ast.Assign))):
                imps = [t for t in trees if isinstance(t, (ast.Import, ast.ImportFrom))]
                NOTES.append(f'{self.nb.path_.name}: a visible cell mixes imports with code (STYLE: imports only in the '
                             f'import cells); nbdev_docs would run it all, here only its imports run: '
                             f'{cell.source.strip().splitlines()[0][:70]!r}')
                self.k.run_cell('\n'.join(ast.unparse(n) for n in imps))
                if self.k.exc: raise Exception(f'{self.nb.path_.name} cell {cell.idx_}') from self.k.exc
                return
            return super().__call__(cell)
    exec_show_docs_imports.__name__ = 'exec_show_docs'
    return [exec_show_docs_imports if p is exec_show_docs else p for p in FilterDefaults().procs()]

def process(path):
    "A notebook through nbdev's doc processors (as `nbdev_proc_nbs` does), executing `show_doc` cells."
    from execnb.nbio import read_nb
    from nbdev.process import NBProcessor
    nb = read_nb(path); nb.path_ = path
    cwd, out = os.getcwd(), StringIO()
    os.chdir(nbs); os.environ['IN_TEST'] = '1'
    try:
        with warnings.catch_warnings(), redirect_stdout(out), redirect_stderr(out):
            warnings.simplefilter('ignore')
            NBProcessor(nb=nb, procs=_procs()).process()
    finally:
        os.chdir(cwd); os.environ.pop('IN_TEST', None)
    return nb

def _text(v): return v if isinstance(v, str) else ''.join(v)

def _clip(s):
    s = re.sub(r'\x1b\[[0-9;]*[A-Za-z]', '', s)
    return s if len(s) <= MAX_TEXT else s[:MAX_TEXT] + f'\n… ({len(s) - MAX_TEXT} more characters not shown)'

def render_output(o, r, asis):
    t = o.get('output_type')
    if t == 'stream': return f'<pre class="output">{html.escape(_clip(_text(o.get("text", ""))))}</pre>'
    if t == 'error': return f'<pre class="output error">{html.escape(_clip(o.get("ename", "") + ": " + o.get("evalue", "")))}</pre>'
    d = o.get('data', {})
    if 'text/markdown' in d and (asis or 'text/plain' not in d or 'show_doc' in str(d)):
        return f'<div class="output md">{r.markdown(_text(d["text/markdown"]))}</div>'
    if 'image/png' in d:
        png = _text(d['image/png']).replace('\n', '')
        if len(base64.b64decode(png)) <= MAX_PNG: return f'<img class="output" alt="output" src="data:image/png;base64,{png}">'
        return '<pre class="output">(image not shown: too large for the docs)</pre>'
    if 'text/html' in d:
        h = _text(d['text/html'])
        if len(h) <= MAX_TEXT and '<script' not in h.lower(): return f'<div class="output">{h}</div>'
    if 'text/markdown' in d: return f'<div class="output md">{r.markdown(_text(d["text/markdown"]))}</div>'
    if 'text/plain' in d: return f'<pre class="output">{html.escape(_clip(_text(d["text/plain"])))}</pre>'
    return ''  # widgets and other rich outputs are not kept

_re_dirline = re.compile(r'^\s*#\|.*$\n?', re.M)

def render_cell(c, r):
    src = c.get('source')
    if c.cell_type == 'markdown':
        if not src or src.strip().startswith('<!-- WARNING: THIS FILE WAS AUTOGENERATED'): return ''
        return r.markdown(src)
    if c.cell_type != 'code' or src is None: return ''
    opts = dict(re.findall(r'^\s*#\|\s*([\w-]+):\s*(.*?)\s*$', src, re.M))
    if opts.get('include') == 'false': return ''
    code = _re_dirline.sub('', src).strip('\n')
    parts = []
    if code and opts.get('echo') != 'false':
        pre = f'<pre class="code"><code>{highlight(code)}</code></pre>'
        if 'code-fold' in opts:
            summ = html.escape(opts.get('code-summary', 'Code').strip('"'))
            pre = f'<details class="fold"><summary>{summ}</summary>{pre}</details>'
        parts.append(pre)
    if opts.get('output') != 'false':
        parts += [render_output(o, r, opts.get('output') == 'asis') for o in c.get('outputs', [])]
    parts = [p for p in parts if p]
    return f'<div class="cell">{"".join(parts)}</div>' if parts else ''

PAGE = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – {site}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/style.css">
<script>
window.MathJax = {{
  tex: {{inlineMath: [['\\\\(', '\\\\)']], displayMath: [['\\\\[', '\\\\]']], processEscapes: false}},
  options: {{enableMenu: false}},
  chtml: {{fontURL: 'assets/mathjax/output/chtml/fonts/woff-v2'}}
}};
</script>
<script defer src="assets/mathjax/tex-chtml-full.js"></script>
</head>
<body>
<nav class="sidebar">
<a class="site" href="index.html">{site}</a>
<ul>
{nav}
</ul>
</nav>
<main>
<h1 class="title">{title}</h1>
{desc}
{body}
</main>
</body>
</html>
'''

def slugify(s):
    s = re.sub(r'<[^>]+>', '', html.unescape(s)).strip().lower()
    return re.sub(r'[^\w.]+', '-', s).strip('-') or 'section'

def add_ids(h):
    seen = {'title': 1}
    def sub(m):
        base = slugify(m.group(2)); n = seen.get(base, 0); seen[base] = n + 1
        return f'<h{m.group(1)} id="{base if not n else f"{base}-{n}"}">{m.group(2)}</h{m.group(1)}>'
    return re.sub(r'<h([1-6])>(.*?)</h\1>', sub, h, flags=re.S)

# ---------------------------------------------------------------- MathJax
def find_mathjax(argv):
    if '--mathjax' in argv: return Path(argv[argv.index('--mathjax') + 1])
    if os.environ.get('CMDPI_MATHJAX'): return Path(os.environ['CMDPI_MATHJAX'])
    have = docs / 'assets' / 'mathjax'
    if all((have / f).exists() for f in MJ_FILES): return None  # already in place
    tmp = Path(tempfile.mkdtemp())
    subprocess.run(['npm', 'pack', 'mathjax@3.2.2', '--silent'], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(['tar', 'xzf', next(tmp.glob('mathjax-*.tgz')).name], cwd=tmp, check=True)
    return tmp / 'package'

def copy_mathjax(src):
    dst = docs / 'assets' / 'mathjax'
    if src is None: return
    src = src / 'es5' if (src / 'es5').is_dir() else src
    shutil.rmtree(dst, ignore_errors=True)
    for f in MJ_FILES:
        s = src / f if (src / f).exists() else src.parent / f  # LICENSE sits beside es5/
        if s.is_dir(): shutil.copytree(s, dst / f)
        else: (dst / f).parent.mkdir(parents=True, exist_ok=True); shutil.copyfile(s, dst / f)

CSS = '''body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2328;background:#fff}
.sidebar{position:fixed;top:0;left:0;bottom:0;width:15rem;overflow-y:auto;background:#f6f8fa;border-right:1px solid #d0d7de;padding:1.2rem 1rem;box-sizing:border-box}
.sidebar .site{display:block;font-weight:700;font-size:1.25rem;color:#1f2328;text-decoration:none;margin-bottom:1rem}
.sidebar ul{list-style:none;margin:0;padding:0}.sidebar li{margin:.15rem 0}
.sidebar li a{display:block;padding:.3rem .5rem;border-radius:6px;color:#24292f;text-decoration:none}
.sidebar li a:hover{background:#eaeef2}.sidebar li a.active{background:#ddf4ff;color:#0969da;font-weight:600}
.sidebar .num{color:#6e7781;font-variant-numeric:tabular-nums;margin-right:.35rem}
main{margin-left:15rem;padding:1.5rem 2.5rem 4rem;max-width:60rem}
h1.title{margin-bottom:.2rem}.description{color:#57606a;font-size:1.1rem;margin-top:0}
h2{border-bottom:1px solid #d0d7de;padding-bottom:.25rem;margin-top:2rem}
a{color:#0969da}code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
:not(pre)>code{background:#eff1f3;padding:.1em .3em;border-radius:4px}
pre{background:#f6f8fa;border:1px solid #e1e4e8;border-radius:6px;padding:.7rem .9rem;overflow-x:auto;line-height:1.4}
pre.output{background:#fff;border-style:dashed}pre.error{color:#cf222e}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem}th{background:#f6f8fa}
.cell{margin:1rem 0}.output.md{border:1px solid #d0d7de;border-radius:6px;padding:0 1rem .5rem;margin:1rem 0;box-shadow:0 1px 2px #0001}
.output.md hr{display:none}.output.md h3{margin-top:.6rem}a.srclink{float:right;font-size:smaller;margin-top:.8rem}
details.fold summary{cursor:pointer;color:#57606a;font-size:.9rem}
blockquote{margin:1rem 0;padding:.2rem 1rem;border-left:4px solid #d0d7de;color:#57606a}
span.math.display{display:block;overflow-x:auto;overflow-y:hidden;margin:.8rem 0}
.output.md pre{white-space:pre-wrap}img.output{max-width:100%}
@media (max-width:800px){.sidebar{position:static;width:auto;border-right:0;border-bottom:1px solid #d0d7de}main{margin-left:0;padding:1rem}}
'''

def css():
    from pygments.formatters import HtmlFormatter
    return CSS + HtmlFormatter(style='default').get_style_defs('pre.code') + '\n'

# ---------------------------------------------------------------- site
def settings():
    cfg = ConfigParser(); cfg.read(root / 'settings.ini'); return cfg['DEFAULT']

def notebooks():
    return sorted(p for p in nbs.glob('*.ipynb') if not p.name.startswith(('_', '.')))

def build(argv=()):
    s = settings()
    site, doc_base = s.get('title', 'docs'), s.get('doc_host', '') + s.get('doc_baseurl', '') + '/'
    mj = find_mathjax(list(argv))
    procd = []
    for p in notebooks():
        print(f'processing {p.name}', flush=True)
        procd.append((p, process(p)))
    # nbdev's page names (`core.html`, from `output-file`) -> ours (`00_core.html`)
    pages = {nb.get('frontmatter_', {}).get('output-file', p.stem + '.html'): p.stem + '.html' for p, nb in procd}
    r = Renderer(pages, doc_base)
    entries = [(p.stem + '.html', nb.get('frontmatter_', {}).get('title') or p.stem, p.stem) for p, nb in procd]
    entries.sort(key=lambda e: (e[0] != 'index.html', e[0]))
    docs.mkdir(exist_ok=True)
    keep = {'assets', '.nojekyll'}
    for f in docs.iterdir():  # stale pages of removed notebooks
        if f.name not in keep and f.suffix == '.html': f.unlink()
    out = {}
    for p, nb in procd:
        fm = nb.get('frontmatter_', {})
        title = fm.get('title') or p.stem
        me, active = p.stem + '.html', ' class="active"'
        nav = '\n'.join(
            f'<li><a href="{href}"{active if href == me else ""}>'
            + (f'<span class="num">{stem.split("_")[0]}</span>' if re.match(r'^\d', stem) else '')
            + f'{html.escape(t)}</a></li>' for href, t, stem in entries)
        body = add_ids('\n'.join(h for h in (render_cell(c, r) for c in nb.cells) if h))
        desc = f'<p class="description">{r.markdown(fm["description"])[3:-5]}</p>' if fm.get('description') else ''
        out[me] = PAGE.format(title=html.escape(title), site=html.escape(site), nav=nav, desc=desc, body=body)
    # nbdev links every known symbol, also private or undocumented ones that have no anchor: unlink those
    ids = {k: set(re.findall(r' id="([^"]+)"', v)) for k, v in out.items()}
    def unlink(m):
        page, frag = m.group(2), m.group(3)
        return m.group(4) if page in ids and frag not in ids[page] else m.group(0)
    for me, page in out.items():
        page = re.sub(r'<a href="(([\w.-]+\.html)#([^"]+))">(.*?)</a>', unlink, page, flags=re.S)
        (docs / me).write_text(page, encoding='utf-8')
    (docs / 'assets').mkdir(exist_ok=True)
    (docs / 'assets' / 'style.css').write_text(css(), encoding='utf-8')
    (docs / '.nojekyll').write_text('')
    copy_mathjax(mj)
    missing = [f for f in MJ_FILES if not (docs / 'assets' / 'mathjax' / f).exists()]
    if missing: sys.exit(f'MathJax files missing in docs/assets/mathjax: {missing}')
    size = sum(f.stat().st_size for f in docs.rglob('*') if f.is_file())
    for n in NOTES: print('note:', n)
    print(f'built {len(procd)} pages in {docs.relative_to(root)}/ ({size / 1e6:.2f} MB)')

if __name__ == '__main__': build(sys.argv[1:])
