"""Test the built docs site (`docs/`) in headless Chromium. Exit 0 when every check passes.

Serves `docs/` on a localhost port and loads every page in Chromium (`--dump-dom` after MathJax has run) twice, with
`?layout` (the page then writes a JSON report of its widths, `assets/layout.js`), at 1,280 and at 390 px wide:
(a) MathJax typeset every equation: at least as many `mjx-container` as math spans in the notebook's
    markdown, no TeX error (`mjx-merror`), no `$$` / `\\(` / `\\[` left in the visible text;
(b) every local link or resource of the page exists (anchors included; `../PATH` links: a file of the repository),
    the server answered no request with an error (MathJax's fonts included); nothing is loaded from another host;
(c) every notebook has a page and the index links to every page;
(d) equation -> code: every number N of a notebook's `\\tag{N}` has one `id="eq-N"` on its page, followed on that page
    by an exported cell's folded source; every exported cell's source is on the page; the index links every equation;
    no id appears twice on a page; no signature reads `x:NoneType=None` or `args:VAR_POSITIONAL`; every class of an
    exported cell is shown as `class Name(…)`, every property as `@property`, every symbol's heading as its name (not
    `__x__` set in bold), and no docstring reads "Call self as a function." (a symbol without its own docstring given
    that of `__call__`);
(e) pages that fit: at 1,280 px no display equation is wider than its column and no image is scaled down below half
    the text column (a thumbnail); at 390 px the page is no wider than the viewport and the page list is folded away;
    at 390 px every display equation fits its column too (set smaller where needed); every page has a table of contents
    of its h2 headings.

    python tools/test_docs.py          # CMDPI_DOCS_ALLOW_NO_BROWSER=1: skip (exit 0) when Chromium is missing
"""
import ast, functools, html, json, os, posixpath, re, shutil, subprocess, sys, tempfile, threading
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlparse

root = Path(__file__).resolve().parents[1]
docs, nbs = root / 'docs', root / 'nbs'
results = []

def check(ok, what):
    results.append(bool(ok)); print(('PASS ' if ok else 'FAIL ') + what, flush=True)

def browser():
    for b in (os.environ.get('CMDPI_CHROMIUM'), '/usr/bin/chromium', shutil.which('chromium'),
              shutil.which('chromium-browser'), shutil.which('google-chrome')):
        if b and Path(b).exists(): return b

def count_math(md):
    "Math spans in markdown, code removed (independent of the builder's parser)."
    md = re.sub(r'^[ \t]*(```+|~~~+).*?^[ \t]*\1[ \t]*$', '', md, flags=re.S | re.M)
    md = re.sub(r'(`+).+?\1', '', md, flags=re.S).replace('\\$', '')
    n = len(re.findall(r'\$\$.+?\$\$', md, flags=re.S))
    md = re.sub(r'\$\$.+?\$\$', '', md, flags=re.S)
    return n + len(re.findall(r'\$(?!\s)[^$\n]+?(?<!\s)\$', md))

def nb_cells(page):
    nb = nbs / (Path(page).stem + '.ipynb')
    return json.loads(nb.read_text())['cells'] if nb.exists() else []

def source_math(page):
    return sum(count_math(''.join(c['source'])) for c in nb_cells(page) if c['cell_type'] == 'markdown')

def eq_numbers(tag):
    "`3` -> [3], `8–9` -> [8, 9], `2, 6–7` -> [2, 6, 7]."
    nums = []
    for a, b in re.findall(r'(\d+)(?:\s*[–—-]\s*(\d+))?', tag):
        a, b = int(a), int(b or a)
        nums += list(range(a, b + 1)) if 0 <= b - a <= 20 else [a]
    return nums

def source_tags(page):
    "Equation numbers of the `\\tag{...}`s of the notebook's display math."
    md = '\n'.join(''.join(c['source']) for c in nb_cells(page) if c['cell_type'] == 'markdown')
    md = re.sub(r'^[ \t]*(```+|~~~+).*?^[ \t]*\1[ \t]*$', '', md, flags=re.S | re.M)
    return sorted({n for dd in re.findall(r'\$\$.+?\$\$', md, flags=re.S)
                   for t in re.findall(r'\\tag\*?\{([^{}]*)\}', dd) for n in eq_numbers(t)})

def exported_cells(page):
    "Exported cells (`#| export`, `#| exporti`, not hidden) with code besides their directives."
    n = 0
    for c in nb_cells(page):
        src = ''.join(c['source']) if c['cell_type'] == 'code' else ''
        dirs = re.findall(r'^\s*#\|\s*([\w-]+)', src, flags=re.M)
        code = re.sub(r'^\s*#\|.*$', '', src, flags=re.M).strip()
        n += bool({'export', 'exporti'} & set(dirs) and 'hide' not in dirs and code)
    return n

def _is_property(dec):
    "Whether a decorator makes a property: `@property`, or fastcore's `@patch(as_prop=True)`."
    if isinstance(dec, ast.Name): return dec.id == 'property'
    return (isinstance(dec, ast.Call) and getattr(dec.func, 'id', None) == 'patch'
            and any(k.arg == 'as_prop' and getattr(k.value, 'value', False) for k in dec.keywords))

def exported_symbols(page):
    "The classes (public ones, which nbdev documents) and the properties (`Class.name`) that the notebook's exported cells define."
    classes, props = set(), set()
    for c in nb_cells(page):
        src = ''.join(c['source']) if c['cell_type'] == 'code' else ''
        dirs = re.findall(r'^\s*#\|\s*([\w-]+)', src, flags=re.M)
        if not {'export', 'exporti'} & set(dirs) or 'hide' in dirs: continue
        try: tree = ast.parse(re.sub(r'^\s*#\|.*$', '', src, flags=re.M))
        except SyntaxError: continue
        for n in tree.body:
            if isinstance(n, ast.ClassDef):
                if not n.name.startswith('_'): classes.add(n.name)
                props |= {f'{n.name}.{m.name}' for m in n.body
                          if isinstance(m, ast.FunctionDef) and any(map(_is_property, m.decorator_list))}
            elif isinstance(n, ast.FunctionDef) and any(map(_is_property, n.decorator_list)) and n.args.args:
                cls = getattr(n.args.args[0].annotation, 'id', None)
                if cls: props.add(f'{cls}.{n.name}')
    return classes, props

def shown_symbols(raw):
    "Each `show_doc` block of a page: its heading (the symbol's name, as text) and the text of its signature."
    return [(html.unescape(re.sub(r'<[^>]+>', '', n)).strip(), html.unescape(re.sub(r'<[^>]+>', '', code)).strip())
            for _, n, code in re.findall(r'<h([2-4]) id="[^"]*">((?:(?!<h[1-6]).)*?)</h\1>\s*<pre><code class="language-python">(.*?)</code></pre>',
                                         raw, flags=re.S)]

class Dom(HTMLParser):
    "Links, resources, MathJax containers and the visible text outside code and math."
    skip = {'script', 'style', 'pre', 'code', 'mjx-assistive-mml', 'mjx-container'}
    def __init__(self):
        super().__init__(); self.stack, self.text, self.hrefs, self.srcs, self.tags = [], [], [], [], {}
    def handle_starttag(self, tag, attrs):
        a = dict(attrs); self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == 'a' and a.get('href'): self.hrefs.append(a['href'])
        if tag in ('script', 'img') and a.get('src'): self.srcs.append(a['src'])
        if tag == 'link' and a.get('href'): self.srcs.append(a['href'])
        if tag not in ('br', 'img', 'meta', 'link', 'hr', 'input', 'col', 'wbr'): self.stack.append(tag)
    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag: pass
    def handle_data(self, data):
        if not self.skip & set(self.stack): self.text.append(data)

# Headless Chromium's window is at least 500 px wide: a page is measured at a narrower width inside an iframe of that
# width (its own viewport), served by the test's server at /__frame__/WIDTH/PAGE, which copies the page's report out.
FRAME = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>frame</title>
<style>body{{margin:0}}iframe{{border:0;display:block}}</style></head>
<body><iframe id="f" src="/{page}?layout" width="{width}" height="900"></iframe>
<script>
(function poll() {{
  var d = document.getElementById('f').contentDocument, r = d && d.getElementById('layout-report');
  if (!r) return setTimeout(poll, 100);
  var o = document.createElement('pre'); o.id = 'layout-report'; o.textContent = r.textContent; document.body.appendChild(o);
}})();
</script></body></html>
'''

class Handler(SimpleHTTPRequestHandler):
    errors = []
    def log_message(self, *a): pass
    def send_response(self, code, message=None):
        if code >= 400: Handler.errors.append(f'{code} {self.path}')
        super().send_response(code, message)
    def do_GET(self):
        m = re.match(r'^/__frame__/(\d+)/([\w.-]+\.html)$', self.path)
        if not m: return super().do_GET()
        body = FRAME.format(width=m.group(1), page=m.group(2)).encode()
        self.send_response(200); self.send_header('Content-Type', 'text/html; charset=utf-8')
        self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)

def local(u): return not urlparse(u).scheme and not u.startswith(('//', '#', 'data:', 'mailto:'))

def target(u):
    "The file a local link points at: in docs/, or (`../PATH`) in the repository; None when it leaves the repository."
    path = posixpath.normpath(unquote(urlparse(u).path) or '.')
    if path.startswith('../'): path = path[3:]; base = root
    else: base = docs
    return None if path == '..' or path.startswith('../') else base / path

def run_browser(b, url, width):
    with tempfile.TemporaryDirectory() as prof:
        r = subprocess.run([b, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                            '--disable-background-networking', '--disable-component-update', '--disable-sync',
                            '--hide-scrollbars', f'--window-size={width},900', f'--user-data-dir={prof}',
                            '--virtual-time-budget=15000', '--dump-dom', url], capture_output=True, text=True, timeout=180)
    m = re.search(r'<pre id="layout-report"[^>]*>(.*?)</pre>', r.stdout, flags=re.S)
    try: rep = json.loads(html.unescape(m.group(1))) if m else None
    except ValueError: rep = None
    return r, rep

def eq_label(e): return f'eq. ({e["tag"]})' if e.get('tag') else f'untagged #{e["i"]}'

def main():
    b = browser()
    if not b:
        if os.environ.get('CMDPI_DOCS_ALLOW_NO_BROWSER') == '1':
            print('SKIP: Chromium not installed (CMDPI_DOCS_ALLOW_NO_BROWSER=1); the docs were not tested'); return 0
        print('FAIL: Chromium not found (apt-get install chromium, or set CMDPI_CHROMIUM)\n0 passed, 1 failed'); return 1
    pages = sorted(p.name for p in docs.glob('*.html'))
    check('index.html' in pages, 'docs/index.html exists')
    want = sorted(p.stem + '.html' for p in nbs.glob('*.ipynb') if not p.name.startswith(('_', '.')))
    check(not set(want) - set(pages), f'every notebook has a page (missing: {sorted(set(want) - set(pages))})')
    check(not set(pages) - set(want), f'no stale page (extra: {sorted(set(pages) - set(want))})')
    check((docs / '.nojekyll').exists(), 'docs/.nojekyll exists')
    eq_pages = {n: page for page in pages for n in source_tags(page)}  # equation -> the page whose notebook typesets it
    too_wide = []
    srv = ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(Handler, directory=str(docs)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f'http://127.0.0.1:{srv.server_address[1]}/'
    try:
        for page in pages:
            raw = (docs / page).read_text()
            check(not re.search(r'(src|href)="(https?:)?//[^"]*\.(js|css|woff2?)"', raw), f'{page}: no remote script, style or font')
            r, wide = run_browser(b, base + page + '?layout', 1280)
            r390, narrow = run_browser(b, f'{base}__frame__/390/{page}', 1280)
            d = Dom(); d.feed(r.stdout)
            check(r.returncode == 0 and '</html>' in r.stdout, f'{page}: Chromium rendered it')
            # (a) MathJax
            n_src, n_html, n_mjx = source_math(page), raw.count('class="math '), d.tags.get('mjx-container', 0)
            check(n_html >= n_src, f'{page}: {n_html} math spans in the page >= {n_src} in the notebook')
            check(n_mjx >= max(n_src, n_html), f'{page}: MathJax typeset {n_mjx} equations (>= {max(n_src, n_html)})')
            check(not d.tags.get('mjx-merror'), f'{page}: no TeX errors ({d.tags.get("mjx-merror", 0)})')
            text = ''.join(d.text)
            left = [m for m in ('$$', '\\(', '\\[') if m in text]
            check(not left, f'{page}: no raw TeX delimiters left in the text {left}')
            # (b) links
            bad = sorted({u for u in d.hrefs + d.srcs if local(u) and not (target(u) and target(u).exists())})
            bad += sorted({u for u in d.srcs if local(u) and target(u) and docs not in target(u).parents})  # not on the site
            check(not bad, f'{page}: {sum(map(local, d.hrefs + d.srcs))} local links and resources resolve {bad[:5]}')
            frag = sorted({u for u in d.hrefs if local(u) and '#' in u and target(u) and target(u).is_file()
                           and target(u).suffix == '.html' and f'id="{urlparse(u).fragment}"' not in target(u).read_text()})
            check(not frag, f'{page}: every #anchor of a local link exists {frag[:5]}')
            if page == 'index.html':
                linked = {urlparse(u).path for u in d.hrefs if local(u)}
                check(not set(pages) - linked, f'index links to every page (missing: {sorted(set(pages) - linked)})')
                eqlinks = {(urlparse(u).path, urlparse(u).fragment) for u in d.hrefs if local(u)}
                miss = [n for n, pg in sorted(eq_pages.items()) if (pg, f'eq-{n}') not in eqlinks]
                check(eq_pages and not miss, f'index links every equation to its anchor ({len(eq_pages)} equations; missing: {miss})')
            # (d) equation -> code
            ids = re.findall(r'<[^>]*\sid="([^"]+)"', raw)
            dup = sorted({i for i in ids if ids.count(i) > 1})
            check(not dup, f'{page}: every id once ({len(ids)} ids; twice or more: {dup[:5]})')
            nonetype = re.findall(r'\w+:NoneType=', raw)
            check(not nonetype, f'{page}: no signature types a parameter as NoneType {nonetype[:3]}')
            star = re.findall(r'\w+:(?:<[^>]+>)?VAR_(?:POSITIONAL|KEYWORD)', raw)
            check(not star, f'{page}: `*args` and `**kw` read as Python writes them {star[:3]}')
            check('Call self as a function' not in raw, f'{page}: no docstring taken from `__call__` ("Call self as a function.")')
            classes, props = exported_symbols(page)
            shown = shown_symbols(raw)
            names = {n for n, _ in shown}
            as_def = [n for n, sig in shown if n in classes and not sig.startswith(f'class {n}(')]
            check(classes <= names and not as_def, f'{page}: each of its {len(classes)} classes shown as `class Name(…)` '
                  f'(not shown: {sorted(classes - names)[:3]}; not as a class: {as_def[:3]})')
            marked = re.findall(r'<h[2-4] id="[^"]*">((?:(?!<h[1-6]).)*?<(?:strong|em)>(?:(?!<h[1-6]).)*?)</h[2-4]>\s*<pre><code class="language-python">', raw, flags=re.S)
            check(not marked, f'{page}: every symbol heading reads as its name (no `__x__` set in bold) {marked[:3]}')
            not_prop = [n for n, sig in shown if n in props and not (sig.startswith('@property\ndef ') and sig.count('@property') == 1)]
            check(not not_prop, f'{page}: each property shown ({len(props & names)} of {len(props)}) reads `@property` {not_prop[:3]}')
            folds = [m.start() for m in re.finditer(r'<details class="fold"><summary>source</summary>', raw)]
            n_exp = exported_cells(page)
            check(len(folds) >= n_exp, f'{page}: the source of every exported cell is shown ({len(folds)} >= {n_exp})')
            tags = source_tags(page)
            if tags:
                pos = {n: raw.find(f'id="eq-{n}"') for n in tags}
                no_id = [n for n in tags if pos[n] < 0]
                check(not no_id, f'{page}: an anchor for every equation {tags} (missing: {no_id})')
                no_code = [n for n in tags if pos[n] >= 0 and not any(f > pos[n] for f in folds)]
                check(not no_code, f'{page}: the code of an exported cell follows every equation (none after: {no_code})')
            # (e) layout
            for rep, w, res in ((wide, 1280, r), (narrow, 390, r390)):
                ok = rep is not None and 'error' not in rep and rep.get('viewport') == w
                check(ok, f'{page}: layout report at {w} px' + ('' if ok else f' (got {rep if rep is None or "error" in rep else rep.get("viewport")}; '
                                                              f'Chromium exit {res.returncode})'))
            if wide and 'error' not in wide:
                for i, e in enumerate(wide['eqs']): e['i'] = i + 1
                over = [f'{eq_label(e)} {e["width"]} > {e["column"]} px' for e in wide['eqs'] if e['width'] > e['column'] + 1]
                too_wide += [f'{page} {o}' for o in over]
                check(not over, f'{page}: each of {len(wide["eqs"])} display equations fits its column at 1280 px {over}')
                small = [f'{i["src"]} {i["width"]} px (natural {i["natural"]})' for i in wide['imgs']
                         if i['width'] + 2 < i['natural'] and i['width'] < wide['column'] / 2]  # scaled down to a thumbnail
                check(not small, f'{page}: {len(wide["imgs"])} images at their size or at least half the text column '
                                 f'({wide["column"]} px) at 1280 px {small[:3]}')
                check(wide.get('nav'), f'{page}: the page list shows in the sidebar at 1280 px')
                h2 = re.findall(r'<h2 id="([^"]+)"', raw)
                m = re.search(r'<ul class="toc">(.*?)\n</ul>', raw, flags=re.S)
                toc = set(re.findall(r'href="#([^"]+)"', m.group(1))) if m else set()
                check(not h2 or (wide.get('toc') and not set(h2) - toc),
                      f'{page}: a table of contents of its {len(h2)} h2 headings shows at 1280 px (missing: {sorted(set(h2) - toc)[:3]})')
            if narrow and 'error' not in narrow:
                for i, e in enumerate(narrow['eqs']): e['i'] = i + 1
                over = [f'{eq_label(e)} {e["width"]} > {e["column"]} px' for e in narrow['eqs'] if e['width'] > e['column'] + 1]
                check(not over, f'{page}: each of {len(narrow["eqs"])} display equations fits its column at 390 px, set smaller where needed {over}')
                check(narrow['scrollWidth'] <= 390, f'{page}: the page is {narrow["scrollWidth"]} px wide at a 390 px viewport '
                      + ('(<= 390)' if narrow['scrollWidth'] <= 390 else f'(> 390; sticking out: {narrow["wide"][:5]})'))
                check(not narrow.get('nav') and '<label for="nav-toggle"' in raw, f'{page}: the page list is folded behind a toggle at 390 px')
        check(not Handler.errors, f'the server answered every request ({Handler.errors[:5]})')
    finally:
        srv.shutdown()
    if too_wide: print('display equations wider than their column at 1280 px:\n  ' + '\n  '.join(too_wide))
    n_ok = sum(results); print(f'{n_ok} passed, {len(results) - n_ok} failed')
    return 0 if all(results) else 1

if __name__ == '__main__': sys.exit(main())
