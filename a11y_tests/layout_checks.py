"""In-page JavaScript for the checks axe cannot make. Each returns a list of
offenders (strings naming the element by selector), empty when the page passes."""
from browser import DESCRIBE

# Visible, laid-out elements, skipping the visually-hidden live region and the skip
# link while it waits off-screen (both are meant to be out of sight).
_VISIBLE = r"""
function visible(el) {
  const r = el.getBoundingClientRect(), cs = getComputedStyle(el);
  if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden') return false;
  if (el.closest('.visually-hidden')) return false;
  if (el.classList.contains('skip') && document.activeElement !== el) return false;
  return true;
}
function inScroller(el) {
  for (let e = el.parentElement; e; e = e.parentElement) {
    const o = getComputedStyle(e).overflowX;
    if (e !== document.documentElement && e !== document.body && (o === 'auto' || o === 'scroll')) return true;
  }
  return false;
}
"""

# WCAG 1.4.10: nothing scrolls sideways; nothing sticks out past the viewport edge.
OVERFLOW = DESCRIBE + _VISIBLE + r"""
const out = [], width = document.documentElement.clientWidth;
if (document.documentElement.scrollWidth > innerWidth)
  out.push('page scrolls sideways: scrollWidth ' + document.documentElement.scrollWidth + ' > ' + innerWidth);
for (const el of document.body.querySelectorAll('*')) {
  if (!visible(el) || inScroller(el)) continue;
  const r = el.getBoundingClientRect();
  if (r.right > width + 1 || r.left < -1) out.push(describe(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + 'px, viewport ' + width);
}
return out;
"""

# Content cut off: a box that hides overflow while its content is bigger (1.4.4, 1.4.12).
CLIPPED = DESCRIBE + _VISIBLE + r"""
const out = [];
for (const el of document.body.querySelectorAll('*')) {
  if (!visible(el)) continue;
  const cs = getComputedStyle(el);
  const hides = v => v === 'hidden' || v === 'clip';
  if ((hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
      (hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1))
    out.push(describe(el) + ' clips its content (' + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight + ')');
}
return out;
"""

# Text boxes that overlap a sibling's box (1.4.4): siblings in normal flow only. An
# inline element that wraps is compared line by line (its client rects): the box
# around all its lines would cover the words of the next link on its last line.
OVERLAPS = DESCRIBE + _VISIBLE + r"""
const out = [];
const flow = el => visible(el) && !['absolute', 'fixed'].includes(getComputedStyle(el).position);
const hasText = el => el.innerText && el.innerText.trim();
const boxes = el => { const lines = [...el.getClientRects()]; return lines.length ? lines : [el.getBoundingClientRect()]; };
const meet = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1
  && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
for (const parent of document.body.querySelectorAll('*')) {
  const kids = [...parent.children].filter(flow);
  for (let i = 0; i < kids.length; i++) for (let j = i + 1; j < kids.length; j++) {
    if (!hasText(kids[i]) && !hasText(kids[j])) continue;
    const a = boxes(kids[i]), b = boxes(kids[j]);
    if (a.some(p => b.some(q => meet(p, q)))) out.push(describe(kids[i]) + ' overlaps ' + describe(kids[j]));
  }
}
return out;
"""

# Our bar: every target 44 x 44 CSS px (WCAG 2.5.5 AAA), or a link inside a sentence
# (2.5.8's inline exception). A checkbox or radio counts with its label, which
# toggles it too.
TARGETS = DESCRIBE + _VISIBLE + r"""
const MIN = 44, out = [];
const targets = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])');
function inSentence(a) {
  if (a.localName !== 'a') return false;
  let block = a.parentElement;
  while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
  // other words around the link, not just punctuation between links
  const others = [...block.childNodes].map(n => n === a || n.contains && n.contains(a) ? '' :
    (n.nodeType === 3 ? n.textContent : (n.localName === 'a' ? '' : n.textContent || ''))).join(' ');
  return /[\p{L}\p{N}]{2,}/u.test(others) && getComputedStyle(a).display === 'inline';
}
for (const el of targets) {
  if (!visible(el) || inSentence(el)) continue;
  let r = el.getBoundingClientRect(), box = {l: r.left, t: r.top, r: r.right, b: r.bottom};
  if (el.labels && ['checkbox', 'radio'].includes(el.type)) for (const l of el.labels) {
    const q = l.getBoundingClientRect();
    box = {l: Math.min(box.l, q.left), t: Math.min(box.t, q.top), r: Math.max(box.r, q.right), b: Math.max(box.b, q.bottom)};
  }
  const w = box.r - box.l, h = box.b - box.t;
  if (w < MIN - 0.5 || h < MIN - 0.5) out.push(describe(el) + ' is ' + w.toFixed(1) + ' x ' + h.toFixed(1) + ' px');
}
return out;
"""

# WCAG 1.4.6 (AAA, our bar): every text node's colour against the background it is
# actually drawn on, found by walking up to the first opaque background and blending
# any translucent layers on the way.
CONTRAST = DESCRIBE + _VISIBLE + r"""
const MIN = arguments[0], out = [], seen = new Set();
function rgba(s) { const m = s.match(/[\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; }
function over(top, under) { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a)).concat(1); }
function lum(c) { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); }
function background(el) {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] === 1) break;
  }
  let bg = [255, 255, 255, 1];  // the canvas
  for (const layer of layers.reverse()) bg = over(layer, bg);
  return bg;
}
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const el = n.parentElement;
  if (!n.textContent.trim() || !el || seen.has(el) || !visible(el) || el.closest('script, style, noscript')) continue;
  seen.add(el);
  const cs = getComputedStyle(el), bg = background(el), fg = over(rgba(cs.color), bg);
  const L1 = lum(fg), L2 = lum(bg), ratio = (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
  if (ratio < MIN) out.push(describe(el) + ' ' + cs.color + ' on ' + 'rgb(' + bg.slice(0, 3).map(Math.round) + ') is ' + ratio.toFixed(2) + ':1');
}
return out;
"""

# prefers-reduced-motion: nothing animates or transitions for longer than 0.01 s.
MOTION = DESCRIBE + r"""
const out = [], secs = v => Math.max(...v.split(',').map(s => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));
for (const el of document.querySelectorAll('*')) {
  const cs = getComputedStyle(el);
  if (cs.animationName !== 'none' && secs(cs.animationDuration) > 0.01) out.push(describe(el) + ' animates for ' + cs.animationDuration);
  if (cs.transitionProperty !== 'none' && secs(cs.transitionDuration) > 0.01) out.push(describe(el) + ' transitions for ' + cs.transitionDuration);
}
for (const a of document.getAnimations()) if (a.playState === 'running') out.push('running animation on ' + describe(a.effect && a.effect.target));
return out;
"""

# The user stylesheets: CSSOM (adoptedStyleSheets), which the app's CSP, rightly
# strict about <style> elements, does not block.
ADOPT = """const sheet = new CSSStyleSheet(); sheet.replaceSync(arguments[0]);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];"""
# WCAG 1.4.12's four properties (the bookmarklet GDS uses sets these values).
TEXT_SPACING = """* { line-height: 1.5 !important; letter-spacing: .12em !important;
  word-spacing: .16em !important; } p { margin-bottom: 2em !important; }"""
