"""Test the built docs site (`docs/`) in headless Chromium (DESIGN §7). Exit 0 when every check passes.

Serves `docs/` on a localhost port and loads every page in Chromium (`--dump-dom` after MathJax has run):
(a) MathJax typeset every equation: at least as many `mjx-container` as math spans in the notebook's
    markdown, no TeX error (`mjx-merror`), no `$$` / `\\(` / `\\[` left in the visible text;
(b) every local link or resource of the page exists (anchors included), and the server answered no request with an error
    (MathJax's fonts included); nothing is loaded from another host;
(c) every notebook has a page and the index links to every page.

    python tools/test_docs.py          # CMDPI_DOCS_ALLOW_NO_BROWSER=1: skip (exit 0) when Chromium is missing
"""
import functools, json, os, re, shutil, subprocess, sys, tempfile, threading
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

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

def source_math(page):
    nb = nbs / (Path(page).stem + '.ipynb')
    if not nb.exists(): return 0
    cells = json.loads(nb.read_text())['cells']
    return sum(count_math(''.join(c['source'])) for c in cells if c['cell_type'] == 'markdown')

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

class Handler(SimpleHTTPRequestHandler):
    errors = []
    def log_message(self, *a): pass
    def send_response(self, code, message=None):
        if code >= 400: Handler.errors.append(f'{code} {self.path}')
        super().send_response(code, message)

def local(u): return not urlparse(u).scheme and not u.startswith(('//', '#', 'data:', 'mailto:'))

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
    srv = ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(Handler, directory=str(docs)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f'http://127.0.0.1:{srv.server_address[1]}/'
    try:
        for page in pages:
            raw = (docs / page).read_text()
            check(not re.search(r'(src|href)="(https?:)?//[^"]*\.(js|css|woff2?)"', raw), f'{page}: no remote script, style or font')
            with tempfile.TemporaryDirectory() as prof:
                r = subprocess.run([b, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                                    '--disable-background-networking', '--disable-component-update', '--disable-sync',
                                    f'--user-data-dir={prof}', '--virtual-time-budget=10000', '--dump-dom', base + page],
                                   capture_output=True, text=True, timeout=120)
            d = Dom(); d.feed(r.stdout)
            check(r.returncode == 0 and '</html>' in r.stdout, f'{page}: Chromium rendered it')
            n_src, n_html, n_mjx = source_math(page), raw.count('class="math '), d.tags.get('mjx-container', 0)
            check(n_html >= n_src, f'{page}: {n_html} math spans in the page >= {n_src} in the notebook')
            check(n_mjx >= max(n_src, n_html), f'{page}: MathJax typeset {n_mjx} equations (>= {max(n_src, n_html)})')
            check(not d.tags.get('mjx-merror'), f'{page}: no TeX errors ({d.tags.get("mjx-merror", 0)})')
            text = ''.join(d.text)
            left = [m for m in ('$$', '\\(', '\\[') if m in text]
            check(not left, f'{page}: no raw TeX delimiters left in the text {left}')
            bad = sorted({u for u in d.hrefs + d.srcs if local(u) and not (docs / urlparse(u).path).exists()})
            check(not bad, f'{page}: {sum(map(local, d.hrefs + d.srcs))} local links and resources resolve {bad[:5]}')
            frag = sorted({u for u in d.hrefs if local(u) and '#' in u and (docs / urlparse(u).path).is_file()
                           and f'id="{urlparse(u).fragment}"' not in (docs / urlparse(u).path).read_text()})
            check(not frag, f'{page}: every #anchor of a local link exists {frag[:5]}')
            if page == 'index.html':
                linked = {urlparse(u).path for u in d.hrefs if local(u)}
                check(not set(pages) - linked, f'index links to every page (missing: {sorted(set(pages) - linked)})')
        check(not Handler.errors, f'the server answered every request ({Handler.errors[:5]})')
    finally:
        srv.shutdown()
    n_ok = sum(results); print(f'{n_ok} passed, {len(results) - n_ok} failed')
    return 0 if all(results) else 1

if __name__ == '__main__': sys.exit(main())
