"""Build the offline docs site in `docs/` from `nbs/*.ipynb` (`nbdev_docs` needs Quarto, which cannot be installed everywhere).

Each notebook (not `_*`) goes through nbdev's own doc processors (`nbdev.processors.FilterDefaults`:
front matter, `#| hide`, exported cells replaced by their `show_doc`, links to symbols), then is
rendered to one HTML page with markdown-it-py and Pygments. `$...$` / `$$...$$` are cut out before
markdown sees them and typeset in the browser by MathJax v3 copied into `docs/assets/mathjax/` (no
CDN). The output is deterministic: rebuilding after unchanged notebooks changes no byte.

    python tools/build_docs.py [--mathjax DIR]   # DIR: an unpacked `mathjax@3` npm package (`package/`)

MathJax is found, in order: `--mathjax`, `$CMDPI_MATHJAX`, the copy already in `docs/assets/mathjax/`,
else it is fetched with `npm pack mathjax@3.2.2` into a temporary folder.

Beyond nbdev's processing: `show_doc` writes a class as `class Name(…)`, a property as `@property` with its own
docstring, `*args` / `**kw` as Python does, a symbol's name as its heading (`__repr__` not set in bold), and gives a
symbol without a docstring none, not that of `__call__` (`_renderer`); every exported cell's own source follows its
`show_doc` in a folded block (`<details class="fold"><summary>source</summary>`); every display equation `\\tag{N}` (or `\\tag{8–9}`) gets
an anchor `id="eq-N"` (headings such as `Eqs. (11)–(12)` give the numbers no equation of the page carries), and
the index gets an "Equations" table linking each to its page; links into the repository are rewritten for the
site (`docs/X.html` -> `X.html`, images copied into `docs/assets/files/`, other files -> `../path`); every page
has a table of contents in its sidebar entry, a sidebar that folds on phones (CSS only), and a small script
that, with `?layout` in the URL, writes a JSON report of its widths for tools/test_docs.py.
"""
import base64, functools, html, os, posixpath, re, shutil, subprocess, sys, tempfile, warnings
from configparser import ConfigParser
from contextlib import redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

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

_re_tag = re.compile(r'\\tag\*?\{([^{}]*)\}')

def restore_math(h, spans):
    def sub(m):
        disp, tex = spans[int(m.group(1))]
        tags = ','.join(t.strip() for t in _re_tag.findall(tex))
        tex = html.escape(tex, quote=False)
        tag = f' data-tag="{html.escape(tags)}"' if disp and tags else ''
        return (f'<span class="math display"{tag}>\\[{tex}\\]</span>' if disp
                else f'<span class="math inline">\\({tex}\\)</span>')
    return re.sub(r'MATHXPH(\d+)XPH', sub, h)

def eq_numbers(s):
    "Equation numbers in a tag or a heading's reference: `3` -> [3], `8–9` -> [8, 9], `(8)–(10)` -> [8, 9, 10], `2, 6–7` -> [2, 6, 7]."
    nums = []
    for a, b in re.findall(r'\(?(\d+)\)?(?:\s*[–—-]\s*\(?(\d+)\)?)?', s):
        a, b = int(a), int(b or a)
        nums += [n for n in (range(a, b + 1) if 0 <= b - a <= 20 else [a]) if n not in nums]
    return nums

_re_eqref = re.compile(r'\bEqs?\.\s*((?:\(?\d+\)?(?:\s*(?:[–—-]|,|and)\s*(?=\(?\d))?)+)')

def heading_eqs(text):
    "Equation numbers a heading refers to (`## Head mixup — Eqs. (11)–(12)` -> [11, 12])."
    return [n for m in _re_eqref.finditer(text) for n in eq_numbers(m.group(1))]

def eq_name(text):
    "A heading's text without its equation reference: `Mask(Input, ρ) — the masking of Eq. (2)` -> `Mask(Input, ρ)`."
    t = re.sub(r'\s*(?:[—–:-]\s*)?(?:the\s+[^—–:]*?\s+of\s+)?\bEqs?\.\s*[\d()\s–—,-]*(?:and\s*\(?\d+\)?)?\s*$', '', text).strip()
    return t or text.strip()

def count_math(src):
    "Number of math spans in a markdown source (used by tools/test_docs.py)."
    return len(protect_math(src)[1])

# ---------------------------------------------------------------- markdown and code
def _md():
    from markdown_it import MarkdownIt
    return MarkdownIt('commonmark', {'html': True}).enable('table').enable('strikethrough')

def _hl_classes():
    from pygments.token import Comment, Keyword, Name, Number, Operator, String
    return [(String.Doc, 'sd'), (String, 's'), (Comment, 'c'), (Number, 'm'), (Keyword, 'k'), (Operator.Word, 'ow'),
            (Name.Builtin.Pseudo, 'bp'), (Name.Builtin, 'nb'), (Name.Function, 'nf'), (Name.Class, 'nc'), (Name.Decorator, 'nd')]

def highlight(code, lang='python'):
    "Pygments tokens, with spans only for the token kinds the stylesheet colours (names, operators and punctuation plain): pages stay small."
    from pygments.lexers import get_lexer_by_name, TextLexer
    try: lexer = get_lexer_by_name(lang or 'text')
    except Exception: lexer = TextLexer()
    classes, out, run, cur = _hl_classes(), [], [], None
    def flush():
        t = html.escape(''.join(run), quote=False)
        out.append(f'<span class="{cur}">{t}</span>' if cur and t.strip() else t)
    for tok, v in lexer.get_tokens(code):
        c = next((k for t, k in classes if tok in t), None)
        if c != cur and run: flush(); run = []
        cur = c; run.append(v)
    if run: flush()
    return ''.join(out).rstrip('\n') + '\n'

IMG_EXT = ('.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp')

class Renderer:
    def __init__(self, pages, doc_base, site_pages):
        self.md, self.pages, self.doc_base, self.site_pages = _md(), pages, doc_base, set(site_pages)
        self.md.options['highlight'] = lambda code, lang, attrs: highlight(code, lang)
        self.base = nbs       # folder the current notebook's relative links start from (the repository root for index: README)
        self.assets = {}      # docs/assets/files/PATH -> the repository file it copies

    def link(self, href, src=False):
        "A link or image source of a notebook, for the site: notebooks and nbdev's doc URLs -> our pages, repository files -> `../PATH` (images: copied)."
        m = re.match(r'^(?:\./|nbs/|\.\./nbs/)?([\w.-]+)\.ipynb(#.*)?$', href)
        if m: return f'{m.group(1)}.html{m.group(2) or ""}'
        if self.doc_base and href.startswith(self.doc_base):
            page, _, frag = href[len(self.doc_base):].partition('#')
            if page in self.pages: return self.pages[page] + (f'#{frag}' if frag else '')
            return href
        u = urlsplit(href)
        if u.scheme or u.netloc or not u.path or u.path.startswith('/'): return href
        path, frag = unquote(u.path), (f'#{u.fragment}' if u.fragment else '')
        if path in self.site_pages: return href
        bases = [self.base] + [b for b in (root, nbs) if b != self.base]
        rels = [posixpath.normpath(posixpath.join(b.relative_to(root).as_posix(), path)) for b in bases]
        rels = [r for r in rels if r != '..' and not r.startswith('../')]
        if not rels: return href
        rel = next((r for r in rels if (root / r).exists()), rels[0])
        if rel.startswith('docs/'): return quote(rel[5:]) + frag           # a page or file of the site itself
        if src and rel.lower().endswith(IMG_EXT) and (root / rel).is_file():
            self.assets['files/' + rel] = root / rel
            return quote('assets/files/' + rel)
        return quote('../' + rel) + frag                                  # in the repository, not on the site

    def markdown(self, src):
        # Pandoc attributes nbdev's show_doc writes after its [source](...) link
        src = re.sub(r'\[source\]\(([^)\s]+)\)\{[^}]*\}', r'<a class="srclink" href="\1">source</a>', src)
        src, spans = protect_math(src)
        h = self.md.render(src)
        h = re.sub(r'(<a\b[^>]*?\bhref=")([^"]*)"', lambda m: f'{m.group(1)}{html.escape(self.link(html.unescape(m.group(2))))}"', h)
        h = re.sub(r'(<img\b[^>]*?\bsrc=")([^"]*)"', lambda m: f'{m.group(1)}{html.escape(self.link(html.unescape(m.group(2)), src=True))}"', h)
        return restore_math(h, spans)

# ---------------------------------------------------------------- notebooks
NOTES = []  # warnings printed at the end of the build

def _contains(trees, types):
    "Whether any node of the parsed cell `trees` is one of `types`."
    import ast
    return any(isinstance(n, types) for t in trees for n in ast.walk(t))

SHOW_SOURCE = {'export', 'exporti'}  # `exports` cells: nbdev shows their source itself

def _procs():
    """nbdev's doc processors, with `exec_show_docs` running only the imports of a cell that mixes imports and code,
    and, before `rm_export` drops the exported cells, `keep_source` handing each one's source to the cell shown after it."""
    import ast
    from nbdev.process import Processor
    from nbdev.processors import FilterDefaults, exec_show_docs, rm_export
    from execnb.nbio import mk_cell
    class exec_show_docs_imports(exec_show_docs):
        def __call__(self, cell):
            if not self.nb.has_docs_ or not hasattr(self, 'k'): return
            trees = cell.parsed_() if cell.cell_type == 'code' and cell.source else None
            if (trees and not ({'export', 'exports', 'exporti', 'exec_doc', 'hide'} & set(cell.directives_))
                    and _contains(trees, (ast.Import, ast.ImportFrom)) and _contains(trees, (ast.Expr, ast.Assign))):
                imps = [t for t in trees if isinstance(t, (ast.Import, ast.ImportFrom))]
                NOTES.append(f'{self.nb.path_.name}: a visible cell mixes imports with code (imports belong in the '
                             f'import cells); nbdev_docs would run it all, here only its imports run: '
                             f'{cell.source.strip().splitlines()[0][:70]!r}')
                self.k.run_cell('\n'.join(ast.unparse(n) for n in imps))
                if self.k.exc: raise Exception(f'{self.nb.path_.name} cell {cell.idx_}') from self.k.exc
                return
            return super().__call__(cell)
    exec_show_docs_imports.__name__ = 'exec_show_docs'
    class keep_source(Processor):
        """The source of every exported cell (as read from the notebook, directive lines removed), kept in `src_` of the
        last `show_doc` cell nbdev inserted after it, or of an empty cell in its place when it has none."""
        def begin(self):
            cells = self.nb.cells
            for i in reversed(range(len(cells))):
                c = cells[i]
                d = set(getattr(c, 'directives_', None) or {})
                if c.cell_type != 'code' or not (d & SHOW_SOURCE) or 'hide' in d or not (c.get('source') or '').strip(): continue
                j = i + 1
                while j < len(cells) and getattr(cells[j], 'has_sd', False): j += 1
                if j == i + 1: cells.insert(j, mk_cell('')); j += 1
                tgt = cells[j - 1]
                tgt.src_ = [c.source.strip('\n')] + list(getattr(tgt, 'src_', []))
    procs = [exec_show_docs_imports if p is exec_show_docs else p for p in FilterDefaults().procs()]
    procs.insert(procs.index(rm_export) if rm_export in procs else len(procs), keep_source)
    return procs

@functools.cache   # one class, made from nbdev's own renderer, for every notebook
def _renderer():
    """nbdev's `show_doc` renderer, with a class shown as `class Name(…)` (not `def Name(…) -> None`), a property as
    `@property def name()` with its own docstring (or none), `*args` and `**kw` as Python writes them, and never the
    docstring of `__call__` ("Call self as a function.") for a symbol that has none of its own."""
    import inspect
    from nbdev.showdoc import BasicMarkdownRenderer
    class Text(str):
        def __str__(self): return str.__str__(self)
    class DocRenderer(BasicMarkdownRenderer):
        def __init__(self, sym, name=None, title_level=3, maxline=110):
            kind = 'property' if isinstance(sym, property) else 'class' if inspect.isclass(sym) else 'def'
            super().__init__(sym, name=name, title_level=title_level, maxline=maxline)
            sig = re.sub(r'\(\n\s*\n\)', '()', str(self.dm))                       # no parameters: `()`, not an empty line
            sig = re.sub(r'\b(\w+):VAR_KEYWORD\b', r'**\1', re.sub(r'\b(\w+):VAR_POSITIONAL\b', r'*\1', sig))
            if kind == 'class': sig = re.sub(r'^def ', 'class ', re.sub(r'\)\s*->\s*None:$', '):', sig.rstrip()))
            if kind == 'property': sig = '@property\n' + sig
            self.dm = Text(sig)
            if kind != 'class' and not inspect.getdoc(sym): self.docs = ''        # none of its own, nor inherited
    return DocRenderer

def process(path):
    "A notebook through nbdev's doc processors (as `nbdev_proc_nbs` does), executing `show_doc` cells."
    import nbdev.showdoc
    from execnb.nbio import read_nb
    from nbdev.process import NBProcessor
    nbdev.showdoc.BasicMarkdownRenderer = _renderer()   # the renderer `show_doc` uses unless settings.ini names one
    nb = read_nb(path); nb.path_ = path
    cwd, out = os.getcwd(), StringIO()
    os.chdir(nbs); os.environ['IN_TEST'] = '1'; sys.path.insert(0, str(nbs))  # the notebooks import nbs/fixtures.py
    try:
        with warnings.catch_warnings(), redirect_stdout(out), redirect_stderr(out):
            warnings.simplefilter('ignore')
            NBProcessor(nb=nb, procs=_procs()).process()
    finally:
        os.chdir(cwd); os.environ.pop('IN_TEST', None); sys.path.remove(str(nbs))
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
        md = re.sub(r'(\w+):NoneType=', r'\1=', _text(d['text/markdown']))   # show_doc types an unannotated `x=None` as NoneType: say nothing
        if md.startswith('---'):   # show_doc's heading is a symbol's name: `SimIndex.__repr__`, not SimIndex.**repr**
            md = re.sub(r'^(#{1,6} )(\S+)$', lambda m: m.group(1) + m.group(2).replace('_', '\\_'), md, flags=re.M)
        return f'<div class="output md">{r.markdown(md)}</div>'
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
    parts += [f'<details class="fold"><summary>source</summary><pre class="code"><code>{highlight(x)}</code></pre></details>'
              for x in c.get('src_', [])]
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
  chtml: {{fontURL: 'assets/mathjax/output/chtml/fonts/woff-v2'}},
  startup: {{pageReady: function () {{ return MathJax.startup.defaultPageReady().then(fitEquations); }}}}
}};
// a display equation wider than its column (a phone) is set smaller, down to half size, rather than cut off
function fitEquations() {{
  document.querySelectorAll('mjx-container[display="true"]').forEach(function (c) {{
    c.style.fontSize = '';
    var m = c.querySelector('mjx-math'), col = c.parentElement.clientWidth, w = m ? m.getBoundingClientRect().width : 0;
    if (col > 0 && w > col) c.style.fontSize = Math.max(50, Math.floor(100 * col / w)) + '%';
  }});
}}
window.addEventListener('resize', function () {{ if (window.MathJax && MathJax.startup && MathJax.startup.document) fitEquations(); }});
</script>
<script defer src="assets/mathjax/tex-chtml-full.js"></script>
<script defer src="assets/layout.js"></script>
</head>
<body>
<input type="checkbox" id="nav-toggle" class="nav-toggle">
<nav class="sidebar">
<div class="head"><a class="site" href="index.html">{site}</a><label for="nav-toggle" class="nav-button">☰ Contents</label></div>
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

# With `?layout` in the URL (tools/test_docs.py), once MathJax and the fonts are done: a JSON report of the page's
# width and its text column's, each display equation's width against its column's, each image's shown and natural
# width, whether the page list and the table
# of contents show, and (page too wide) the elements that stick out, in <pre id="layout-report" hidden>.
LAYOUT_JS = '''(function () {
if (!/[?&]layout\\b/.test(location.search)) return;
function report(r) {
  var o = document.createElement('pre'); o.id = 'layout-report'; o.hidden = true; o.textContent = JSON.stringify(r);
  document.body.appendChild(o);
}
function measure() {
  var W = window.innerWidth, main = document.querySelector('main'), ms = getComputedStyle(main),
      r = {viewport: W, scrollWidth: document.documentElement.scrollWidth, eqs: [], imgs: [], wide: [],
           column: Math.round(main.clientWidth - parseFloat(ms.paddingLeft) - parseFloat(ms.paddingRight))};
  document.querySelectorAll('mjx-container[display="true"]').forEach(function (c) {
    var p = c.parentElement, m = c.closest('.math');
    r.eqs.push({tag: (m && m.getAttribute('data-tag')) || '', id: (m && m.id) || '', column: p.clientWidth,
                width: Math.ceil(Math.max(c.getBoundingClientRect().width, c.scrollWidth, p.scrollWidth))});
  });
  document.querySelectorAll('main img').forEach(function (e) {
    r.imgs.push({src: (e.getAttribute('src') || '').slice(0, 60), natural: e.naturalWidth, width: Math.round(e.getBoundingClientRect().width)});
  });
  var nav = document.querySelector('.sidebar > ul'), toc = document.querySelector('.sidebar ul.toc');
  r.nav = !!(nav && nav.getClientRects().length); r.toc = !!(toc && toc.getClientRects().length);
  if (r.scrollWidth > W) document.querySelectorAll('body *').forEach(function (e) {
    var b = e.getBoundingClientRect(), p = e.parentElement;
    if (r.wide.length > 9 || b.right <= W + 1 || p.getBoundingClientRect().right > W + 1) return;
    for (var a = p; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return;
    var cls = typeof e.className == 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '';
    r.wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + cls + ' (right edge ' + Math.round(b.right) + ' px)');
  });
  report(r);
}
window.addEventListener('load', function () {
  var mj = window.MathJax && window.MathJax.startup && window.MathJax.startup.promise;
  Promise.resolve(mj).then(function () { return document.fonts && document.fonts.ready; }).then(measure)
    .catch(function (e) { report({error: String(e)}); });
});
})();
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

def text_of(h): return html.unescape(re.sub(r'<[^>]+>', '', h)).strip()

def wrap_tables(h):
    "Tables scroll inside their own box on a narrow screen, the page does not."
    h = re.sub(r'<table\b', '<div class="table-wrap"><table', h)
    return h.replace('</table>', '</table></div>')

_re_head = re.compile(r'<h([2-4]) id="([^"]+)">(.*?)</h\1>', re.S)
_re_dmath = re.compile(r'<span class="math display"( data-tag="([^"]*)")?>')

def add_eq_anchors(body, title):
    """`id="eq-N"` on each display equation for each number N of its `\\tag` (once per page: the first equation that
    carries N), then on each heading that names numbers no equation of the page carries (`Eqs. (11)–(12)`).
    Returns the body and, per number an equation carries, a short name (from the heading above it or naming it)."""
    ids = set(re.findall(r' id="([^"]+)"', body))
    heads = [(m.start(), text_of(m.group(3))) for m in _re_head.finditer(body)]
    found = {}
    def name(pos, n):
        above = [t for p, t in heads if p < pos]
        naming = [t for p, t in heads if n in heading_eqs(t)]
        t = (above[-1] if above and n in heading_eqs(above[-1]) else naming[0] if naming else above[-1] if above else title)
        return eq_name(t)
    def sub_math(m):
        if not m.group(2): return m.group(0)
        new = [n for n in eq_numbers(html.unescape(m.group(2))) if f'eq-{n}' not in ids]
        for n in new: ids.add(f'eq-{n}'); found[n] = name(m.start(), n)
        if not new: return m.group(0)
        extra = ''.join(f'<span class="eq-anchor" id="eq-{n}"></span>' for n in new[1:])
        return f'{extra}<span class="math display" id="eq-{new[0]}"{m.group(1)}>'
    body = _re_dmath.sub(sub_math, body)
    def sub_head(m):
        new = [n for n in heading_eqs(text_of(m.group(3))) if f'eq-{n}' not in ids]
        for n in new: ids.add(f'eq-{n}')
        anchors = ''.join(f'<span class="eq-anchor" id="eq-{n}"></span>' for n in new)
        return f'<h{m.group(1)} id="{m.group(2)}">{anchors}{m.group(3)}</h{m.group(1)}>'
    return _re_head.sub(sub_head, body), found

def equations_section(eqs, ids):
    "The index's table of the paper's equations: number, short name, the page (its equation anchor) that implements it."
    sid = next(x for x in ['equations'] + [f'equations-{i}' for i in range(1, 99)] if x not in ids)
    rows = ''.join(f'<tr><td><a href="{page}#eq-{n}">({n})</a></td><td>{html.escape(nm)}</td>'
                   f'<td><a href="{page}">{html.escape(page[:-5])}</a></td></tr>\n' for n, (page, nm) in sorted(eqs.items()))
    return (f'<h2 id="{sid}">Equations</h2>\n<p>Each equation of the paper on the page that implements it: the code '
            f'follows the equation there (<em>source</em> under each function).</p>\n'
            f'<div class="table-wrap"><table class="eqs">\n<thead><tr><th>Eq.</th><th>what</th><th>notebook</th></tr></thead>\n'
            f'<tbody>\n{rows}</tbody>\n</table></div>\n')

def toc(body):
    "The page's h2 headings, each with its h3 headings, as nested lists."
    out = []
    for m in _re_head.finditer(body):
        lvl, a = m.group(1), f'<a href="#{m.group(2)}">{html.escape(text_of(m.group(3)))}</a>'
        if lvl == '2': out.append([a, []])
        elif lvl == '3':
            if out: out[-1][1].append(a)
            else: out.append([a, []])
    if not out: return ''
    items = ''.join(f'<li>{a}' + (f'<ul>{"".join(f"<li>{x}</li>" for x in kids)}</ul>' if kids else '') + '</li>\n'
                    for a, kids in out)
    return f'\n<ul class="toc">\n{items}</ul>'

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
html{scroll-padding-top:.8rem}
.nav-toggle{position:absolute;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none}
.sidebar{position:fixed;top:0;left:0;bottom:0;width:15rem;overflow-y:auto;background:#f6f8fa;border-right:1px solid #d0d7de;padding:1.2rem 1rem;box-sizing:border-box}
.sidebar .head{display:flex;align-items:center;justify-content:space-between;gap:.5rem;margin-bottom:1rem}
.sidebar .site{font-weight:700;font-size:1.25rem;color:#1f2328;text-decoration:none}
.nav-button{display:none;cursor:pointer;user-select:none;border:1px solid #d0d7de;border-radius:6px;padding:.25rem .7rem;background:#fff;color:#24292f;font-size:.95rem}
.nav-toggle:focus-visible+.sidebar .nav-button{outline:2px solid #0969da}
.sidebar ul{list-style:none;margin:0;padding:0}.sidebar li{margin:.15rem 0}
.sidebar li a{display:block;padding:.3rem .5rem;border-radius:6px;color:#24292f;text-decoration:none}
.sidebar li a:hover{background:#eaeef2}.sidebar li a.active{background:#ddf4ff;color:#0969da;font-weight:600}
.sidebar .num{color:#6e7781;font-variant-numeric:tabular-nums;margin-right:.35rem}
.sidebar ul.toc{margin:.2rem 0 .6rem .55rem;padding-left:.35rem;border-left:2px solid #d0d7de;font-size:.86rem;line-height:1.35}
.sidebar ul.toc li{margin:0}.sidebar ul.toc a{padding:.2rem .45rem}
.sidebar ul.toc ul{margin:0 0 .2rem .7rem;font-size:.8rem}.sidebar ul.toc ul a{padding:.08rem .45rem;color:#57606a}
main{margin-left:15rem;padding:1.5rem 2.5rem 4rem;max-width:60rem;overflow-wrap:break-word}
h1.title{margin-bottom:.2rem}.description{color:#57606a;font-size:1.1rem;margin-top:0}
h2{border-bottom:1px solid #d0d7de;padding-bottom:.25rem;margin-top:2rem}
a{color:#0969da}code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
:not(pre)>code{background:#eff1f3;padding:.1em .3em;border-radius:4px}
pre{background:#f6f8fa;border:1px solid #e1e4e8;border-radius:6px;padding:.7rem .9rem;overflow-x:auto;line-height:1.4}
pre.output{background:#fff;border-style:dashed}pre.error{color:#cf222e}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem}th{background:#f6f8fa}
.table-wrap{overflow-x:auto;margin:1rem 0}.table-wrap>table{margin:0}
table.eqs td:first-child{white-space:nowrap}
.cell{margin:1rem 0}.output.md{border:1px solid #d0d7de;border-radius:6px;padding:0 1rem .5rem;margin:1rem 0;box-shadow:0 1px 2px #0001}
.output.md hr{display:none}.output.md h3{margin-top:.6rem}a.srclink{float:right;font-size:smaller;margin-top:.8rem}
details.fold summary{cursor:pointer;color:#57606a;font-size:.9rem}details.fold>pre{margin-top:.4rem}
.output.md+details.fold{margin-top:-.5rem}
blockquote{margin:1rem 0;padding:.2rem 1rem;border-left:4px solid #d0d7de;color:#57606a}
span.math.display{display:block;overflow-x:auto;overflow-y:hidden;margin:.8rem 0}
.output.md pre{white-space:pre-wrap}img{max-width:100%;height:auto}
@media (max-width:800px){
.sidebar{position:static;width:auto;border-right:0;border-bottom:1px solid #d0d7de;padding:.6rem 1rem}
.sidebar .head{margin:0}.nav-button{display:inline-block}
.sidebar>ul{display:none;margin-top:.6rem}.nav-toggle:checked+.sidebar>ul{display:block}
main{margin-left:0;padding:1rem}.output.md{padding:0 .7rem .4rem}
}
'''

def css():
    from pygments.formatters import HtmlFormatter
    defs = HtmlFormatter(style='default').get_style_defs('pre')  # token colours, in any code block (markdown's too)
    return CSS + '\n'.join(l for l in defs.splitlines() if l.startswith('pre .')) + '\n'

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
    r = Renderer(pages, doc_base, [p.stem + '.html' for p, _ in procd])
    entries = [(p.stem + '.html', nb.get('frontmatter_', {}).get('title') or p.stem, p.stem) for p, nb in procd]
    entries.sort(key=lambda e: (e[0] != 'index.html', e[0]))
    docs.mkdir(exist_ok=True)
    keep = {'assets', '.nojekyll'}
    for f in docs.iterdir():  # stale pages of removed notebooks
        if f.name not in keep and f.suffix == '.html': f.unlink()
    parts, eqs = {}, {}
    for p, nb in procd:
        fm = nb.get('frontmatter_', {})
        title, me = fm.get('title') or p.stem, p.stem + '.html'
        r.base = root if p.stem == 'index' else nbs  # index.ipynb is the README's source: its links start at the root
        body = add_ids(wrap_tables('\n'.join(h for h in (render_cell(c, r) for c in nb.cells) if h)))
        body, found = add_eq_anchors(body, title)
        for n, nm in found.items(): eqs.setdefault(n, (me, nm))  # the first page (reading order) whose equation carries N
        desc = f'<p class="description">{r.markdown(fm["description"])[3:-5]}</p>' if fm.get('description') else ''
        parts[me] = (title, desc, body)
    if 'index.html' in parts and eqs:  # the equations, after the index's first paragraph
        title, desc, body = parts['index.html']
        sec = equations_section(eqs, set(re.findall(r' id="([^"]+)"', body)))
        i = body.find('</p>')
        body = body[:i + 4] + '\n' + sec + body[i + 4:] if i >= 0 else sec + body
        parts['index.html'] = (title, desc, body)
    out = {}
    for me, (title, desc, body) in parts.items():
        nav = '\n'.join(
            f'<li><a href="{href}"' + (' class="active"' if href == me else '') + '>'
            + (f'<span class="num">{stem.split("_")[0]}</span>' if re.match(r'^\d', stem) else '')
            + f'{html.escape(t)}</a>' + (toc(body) if href == me else '') + '</li>' for href, t, stem in entries)
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
    (docs / 'assets' / 'layout.js').write_text(LAYOUT_JS, encoding='utf-8')
    shutil.rmtree(docs / 'assets' / 'files', ignore_errors=True)  # images of the repository the pages show
    for rel, src in sorted(r.assets.items()):
        (docs / 'assets' / rel).parent.mkdir(parents=True, exist_ok=True); shutil.copyfile(src, docs / 'assets' / rel)
    (docs / '.nojekyll').write_text('')
    copy_mathjax(mj)
    missing = [f for f in MJ_FILES if not (docs / 'assets' / 'mathjax' / f).exists()]
    if missing: sys.exit(f'MathJax files missing in docs/assets/mathjax: {missing}')
    size = sum(f.stat().st_size for f in docs.rglob('*') if f.is_file())
    for n in NOTES: print('note:', n)
    print(f'equations anchored: {", ".join(f"{n} ({pg})" for n, (pg, _) in sorted(eqs.items()))}')
    print(f'built {len(procd)} pages in {docs.relative_to(root)}/ ({size / 1e6:.2f} MB)')

if __name__ == '__main__': build(sys.argv[1:])
