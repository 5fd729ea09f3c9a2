(function () {
if (!/[?&]layout\b/.test(location.search)) return;
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
    var cls = typeof e.className == 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '';
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
