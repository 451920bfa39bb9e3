// Shared helpers for the Metallic Rouge fan-VN art generator.
// Pure functions, node built-ins only. Everything deterministic.

/** Palette — mirrors ART-DIRECTION.md. */
export const P = {
  ink: '#140a14',
  night0: '#07060f',
  night1: '#0e0b1f',
  indigo: '#1b1640',
  indigo2: '#2a2160',
  maroon0: '#1a0710',
  maroon: '#3a0c1e',
  maroon2: '#5e1428',
  crimson: '#c8102e',
  crimsonHi: '#ff3b52',
  crimsonDk: '#6d0818',
  gold: '#f2b544',
  goldHi: '#ffe09a',
  goldDk: '#8c5a14',
  cyan: '#35e4e8',
  cyanHi: '#b8fbff',
  teal: '#119c9f',
  tealDk: '#0b4650',
  nectar: '#a6e22e',
  nectarHi: '#e4ff8a',
  nectarDk: '#3e5a0c',
  violet: '#9b4dff',
  violetHi: '#d7b3ff',
  violetDk: '#3a1470',
  dust: '#c0603a',
  dustHi: '#ef9a62',
  dustDk: '#6e2a1c',
  sodium: '#ffa53a',
  magenta: '#ff3fa4',
};

/** mulberry32 seeded PRNG */
export function rng(seed) {
  let a = seed >>> 0;
  const f = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  f.range = (lo, hi) => lo + (hi - lo) * f();
  f.int = (lo, hi) => Math.floor(lo + (hi - lo + 1) * f());
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  f.chance = (p) => f() < p;
  return f;
}

/** compact number formatting */
export const n = (v) => {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

/** attributes object -> string */
export function attrs(o = {}) {
  return Object.entries(o)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => `${k}="${typeof v === 'number' ? n(v) : v}"`)
    .join(' ');
}

export const el = (tag, a = {}, inner) =>
  inner === undefined ? `<${tag} ${attrs(a)}/>` : `<${tag} ${attrs(a)}>${inner}</${tag}>`;

export function svgDoc(w, h, body, defs = '', extra = '') {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"${extra}>` +
    (defs ? `<defs>${defs}</defs>` : '') +
    body +
    `</svg>\n`
  );
}

/** linear gradient. stops: [[offset, color, opacity?], ...] */
export function lg(id, stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1, extra = {}) {
  return el(
    'linearGradient',
    { id, x1, y1, x2, y2, ...extra },
    stops.map(([o, c, op]) => el('stop', { offset: o, 'stop-color': c, 'stop-opacity': op })).join(''),
  );
}
export function rg(id, stops, cx = 0.5, cy = 0.5, r = 0.5, extra = {}) {
  return el(
    'radialGradient',
    { id, cx, cy, r, ...extra },
    stops.map(([o, c, op]) => el('stop', { offset: o, 'stop-color': c, 'stop-opacity': op })).join(''),
  );
}

/** polyline points -> "M x y L ..." */
export const poly = (pts, close = false) =>
  'M' + pts.map(([x, y]) => `${n(x)} ${n(y)}`).join('L') + (close ? 'Z' : '');

/** smooth closed/open path through points (Catmull-Rom -> cubic) */
export function smooth(pts, close = false, t = 1) {
  const p = pts;
  const N = p.length;
  if (N < 3) return poly(p, close);
  const get = (i) => (close ? p[(i + N) % N] : p[Math.max(0, Math.min(N - 1, i))]);
  let d = `M${n(p[0][0])} ${n(p[0][1])}`;
  const last = close ? N : N - 1;
  for (let i = 0; i < last; i++) {
    const p0 = get(i - 1), p1 = get(i), p2 = get(i + 1), p3 = get(i + 2);
    const c1 = [p1[0] + ((p2[0] - p0[0]) / 6) * t, p1[1] + ((p2[1] - p0[1]) / 6) * t];
    const c2 = [p2[0] - ((p3[0] - p1[0]) / 6) * t, p2[1] - ((p3[1] - p1[1]) / 6) * t];
    d += `C${n(c1[0])} ${n(c1[1])} ${n(c2[0])} ${n(c2[1])} ${n(p2[0])} ${n(p2[1])}`;
  }
  return d + (close ? 'Z' : '');
}

/** mirror a list of points around x = cx */
export const mirror = (pts, cx = 400) => pts.map(([x, y]) => [2 * cx - x, y]);

/** rectangles packed into a single path (cheap to rasterise) */
export const rectPath = (rects) =>
  rects.map(([x, y, w, h]) => `M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}z`).join('');

// ---------------------------------------------------------------------------
// Stroke font: original monoline "neon tube" letterforms on a 4x6 grid.
// Each glyph: { w, s: [[ [x,y], ... ], ...] }
const G = (w, ...s) => ({ w, s });
export const FONT = {
  A: G(4, [[0, 6], [0, 2], [2, 0], [4, 2], [4, 6]], [[0, 3.6], [4, 3.6]]),
  B: G(4, [[0, 3], [3, 3], [4, 4], [4, 5], [3, 6], [0, 6], [0, 0], [3, 0], [4, 1], [4, 2], [3, 3]]),
  C: G(4, [[4, 0.6], [3.4, 0], [1, 0], [0, 1], [0, 5], [1, 6], [3.4, 6], [4, 5.4]]),
  D: G(4, [[0, 0], [0, 6], [2.6, 6], [4, 4.6], [4, 1.4], [2.6, 0], [0, 0]]),
  E: G(4, [[4, 0], [0, 0], [0, 6], [4, 6]], [[0, 3], [3, 3]]),
  F: G(4, [[4, 0], [0, 0], [0, 6]], [[0, 3], [3, 3]]),
  G: G(4, [[4, 0.8], [3.2, 0], [1, 0], [0, 1], [0, 5], [1, 6], [3, 6], [4, 5], [4, 3.2], [2.2, 3.2]]),
  H: G(4, [[0, 0], [0, 6]], [[4, 0], [4, 6]], [[0, 3], [4, 3]]),
  I: G(0, [[0, 0], [0, 6]]),
  J: G(4, [[4, 0], [4, 5], [3, 6], [1, 6], [0, 5]]),
  K: G(4, [[0, 0], [0, 6]], [[4, 0], [0, 3.6]], [[1.4, 2.7], [4, 6]]),
  L: G(4, [[0, 0], [0, 6], [4, 6]]),
  M: G(5, [[0, 6], [0, 0], [2.5, 3.2], [5, 0], [5, 6]]),
  N: G(4, [[0, 6], [0, 0], [4, 6], [4, 0]]),
  O: G(4, [[1, 0], [3, 0], [4, 1], [4, 5], [3, 6], [1, 6], [0, 5], [0, 1], [1, 0]]),
  P: G(4, [[0, 6], [0, 0], [3, 0], [4, 1], [4, 2.2], [3, 3.2], [0, 3.2]]),
  Q: G(4, [[1, 0], [3, 0], [4, 1], [4, 5], [3, 6], [1, 6], [0, 5], [0, 1], [1, 0]], [[2.6, 4.6], [4.2, 6.4]]),
  R: G(4, [[0, 6], [0, 0], [3, 0], [4, 1], [4, 2.2], [3, 3.2], [0, 3.2]], [[2, 3.2], [4, 6]]),
  S: G(4, [[4, 0.8], [3.2, 0], [1, 0], [0, 1], [0, 2], [1, 3], [3, 3], [4, 4], [4, 5], [3, 6], [0.8, 6], [0, 5.2]]),
  T: G(4, [[0, 0], [4, 0]], [[2, 0], [2, 6]]),
  U: G(4, [[0, 0], [0, 5], [1, 6], [3, 6], [4, 5], [4, 0]]),
  V: G(4, [[0, 0], [2, 6], [4, 0]]),
  W: G(5, [[0, 0], [1.2, 6], [2.5, 2], [3.8, 6], [5, 0]]),
  X: G(4, [[0, 0], [4, 6]], [[4, 0], [0, 6]]),
  Y: G(4, [[0, 0], [2, 3], [4, 0]], [[2, 3], [2, 6]]),
  Z: G(4, [[0, 0], [4, 0], [0, 6], [4, 6]]),
  0: G(4, [[1, 0], [3, 0], [4, 1], [4, 5], [3, 6], [1, 6], [0, 5], [0, 1], [1, 0]], [[4, 1], [0, 5]]),
  1: G(2, [[0, 1], [1.5, 0], [1.5, 6]]),
  2: G(4, [[0, 1], [1, 0], [3, 0], [4, 1], [4, 2.4], [0, 6], [4, 6]]),
  3: G(4, [[0, 0], [4, 0], [2, 2.6], [3, 2.6], [4, 3.6], [4, 5], [3, 6], [1, 6], [0, 5]]),
  4: G(4, [[3, 6], [3, 0], [0, 4], [4, 4]]),
  5: G(4, [[4, 0], [0.4, 0], [0, 2.8], [3, 2.6], [4, 3.6], [4, 5], [3, 6], [0, 6]]),
  6: G(4, [[3.6, 0], [1.4, 0], [0, 1.6], [0, 5], [1, 6], [3, 6], [4, 5], [4, 3.8], [3, 2.8], [0, 3]]),
  7: G(4, [[0, 0], [4, 0], [1.4, 6]]),
  8: G(4, [[1, 3], [0, 2], [0, 1], [1, 0], [3, 0], [4, 1], [4, 2], [3, 3], [1, 3], [0, 4], [0, 5], [1, 6], [3, 6], [4, 5], [4, 4], [3, 3]]),
  9: G(4, [[4, 3], [1, 3], [0, 2], [0, 1], [1, 0], [3, 0], [4, 1], [4, 4.4], [2.4, 6], [0.6, 6]]),
  '-': G(3, [[0, 3], [3, 3]]),
  '.': G(0, [[0, 5.7], [0, 6]]),
  ':': G(0, [[0, 1.7], [0, 2]], [[0, 5.7], [0, 6]]),
  '/': G(3, [[0, 6], [3, 0]]),
  '+': G(4, [[0, 3], [4, 3]], [[2, 1], [2, 5]]),
  ' ': G(2),
};

/**
 * Lay out text in the stroke font. Returns { d, width } where d is an
 * open-stroke path. size = cap height in px. spacing in grid units.
 */
export function strokeText(str, x, y, size, spacing = 1.6, skew = 0) {
  const u = size / 6;
  let cx = 0;
  let d = '';
  for (const ch of str.toUpperCase()) {
    const g = FONT[ch] || FONT[' '];
    for (const s of g.s || []) {
      d += poly(s.map(([gx, gy]) => [x + (cx + gx) * u + (6 - gy) * u * skew, y + gy * u]));
    }
    cx += g.w + spacing;
  }
  return { d, width: (cx - spacing) * u };
}

/** neon tube text: layered glow strokes, no filters. Returns svg string. */
export function neonText(str, x, y, size, color, opts = {}) {
  const { spacing = 1.7, anchor = 'start', core = '#fff', glow = 1, skew = 0, width: tube = size / 9, flicker = -1 } = opts;
  let { d, width } = strokeText(str, 0, 0, size, spacing, skew);
  const ox = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  const tr = `translate(${n(ox)} ${n(y)})`;
  const common = { d, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  let out = `<g transform="${tr}">`;
  if (glow > 0) {
    out += el('path', { ...common, stroke: color, 'stroke-width': tube * 7, opacity: 0.07 * glow });
    out += el('path', { ...common, stroke: color, 'stroke-width': tube * 3.4, opacity: 0.18 * glow });
  }
  out += el('path', { ...common, stroke: color, 'stroke-width': tube * 1.5, opacity: 0.95 });
  out += el('path', { ...common, stroke: core, 'stroke-width': tube * 0.5, opacity: flicker >= 0 ? flicker : 0.85 });
  out += '</g>';
  return out;
}

/** generic neon stroke for any path */
export function neonPath(d, color, tube = 4, glow = 1, core = '#fff', extra = {}) {
  const common = { d, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', ...extra };
  return (
    (glow > 0
      ? el('path', { ...common, stroke: color, 'stroke-width': tube * 7, opacity: 0.07 * glow }) +
        el('path', { ...common, stroke: color, 'stroke-width': tube * 3.2, opacity: 0.18 * glow })
      : '') +
    el('path', { ...common, stroke: color, 'stroke-width': tube * 1.4, opacity: 0.95 }) +
    el('path', { ...common, stroke: core, 'stroke-width': tube * 0.45, opacity: 0.8 })
  );
}

/** pseudo-glyph block (invented katakana-like marks, not real writing) */
export function pseudoGlyph(r, x, y, s) {
  const strokes = [];
  const k = r.int(2, 4);
  for (let i = 0; i < k; i++) {
    const t = r.int(0, 5);
    if (t === 0) strokes.push([[0, r.range(0, 0.4)], [1, r.range(0, 0.4)]]);
    else if (t === 1) strokes.push([[r.range(0.3, 0.7), 0], [r.range(0.2, 0.8), 1]]);
    else if (t === 2) strokes.push([[r.range(0.5, 1), 0.1], [r.range(0, 0.3), 1]]);
    else if (t === 3) strokes.push([[0.1, r.range(0.4, 0.7)], [0.9, r.range(0.4, 0.7)], [0.6, 1]]);
    else if (t === 4) strokes.push([[0.2, 0.2], [0.8, 0.2], [0.8, 0.9], [0.2, 0.9]]);
    else strokes.push([[0.2, 0.1], [0.5, 0.45], [0.9, 0.95]]);
  }
  return strokes.map((st) => poly(st.map(([gx, gy]) => [x + gx * s, y + gy * s]))).join('');
}

/** vertical sign of pseudo glyphs */
export function glyphColumn(r, x, y, s, count, gap = 0.35) {
  let d = '';
  for (let i = 0; i < count; i++) d += pseudoGlyph(r, x, y + i * s * (1 + gap), s);
  return d;
}

/** rain streaks as a single path */
export function rainPath(r, count, box, len = [30, 70], slant = 0.18) {
  const [x0, y0, w, h] = box;
  let d = '';
  for (let i = 0; i < count; i++) {
    const x = x0 + r() * w, y = y0 + r() * h, l = r.range(len[0], len[1]);
    d += `M${n(x)} ${n(y)}l${n(-l * slant)} ${n(l)}`;
  }
  return d;
}

/** standard rain overlay (two layers) */
export function rain(seed, W = 1920, H = 1080, density = 1, color = '#bfe9ff') {
  const r = rng(seed);
  const far = rainPath(r, Math.round(260 * density), [0, -80, W + 200, H], [18, 40], 0.16);
  const near = rainPath(r, Math.round(70 * density), [0, -120, W + 260, H], [60, 130], 0.2);
  return (
    el('path', { d: far, stroke: color, 'stroke-width': 1.2, opacity: 0.22, 'stroke-linecap': 'round' }) +
    el('path', { d: near, stroke: color, 'stroke-width': 2, opacity: 0.16, 'stroke-linecap': 'round' })
  );
}

/** ripples (ellipses) on wet ground */
export function ripples(seed, count, box, color = '#cfefff', op = 0.2) {
  const r = rng(seed);
  const [x0, y0, w, h] = box;
  let d = '';
  for (let i = 0; i < count; i++) {
    const x = x0 + r() * w, y = y0 + r() * h, rx = r.range(6, 22) * (0.5 + (y - y0) / h);
    const ry = rx * 0.22;
    d += `M${n(x - rx)} ${n(y)}a${n(rx)} ${n(ry)} 0 1 0 ${n(2 * rx)} 0a${n(rx)} ${n(ry)} 0 1 0 ${n(-2 * rx)} 0`;
  }
  return el('path', { d, fill: 'none', stroke: color, 'stroke-width': 1.2, opacity: op });
}

/** The standard bottom calm-down + vignette applied to every background. */
export function bgFinish(id = 'v', bottom = 0.78) {
  const defs =
    lg(`${id}b`, [[0, '#05040a', 0], [0.62, '#05040a', 0], [0.8, '#05040a', 0.45 * bottom], [1, '#05040a', 0.8 * bottom]]) +
    rg(`${id}r`, [[0, '#000', 0], [0.62, '#000', 0], [1, '#000', 0.55]], 0.5, 0.48, 0.75, { gradientTransform: 'translate(0.5 0.5) scale(1 1.25) translate(-0.5 -0.5)' });
  const body =
    el('rect', { width: 1920, height: 1080, fill: `url(#${id}b)` }) +
    el('rect', { width: 1920, height: 1080, fill: `url(#${id}r)` });
  return { defs, body };
}

/** building windows as one path */
export function windowsPath(r, x, y, w, h, cell = [18, 26], size = [8, 12], density = 0.35) {
  const rects = [];
  for (let yy = y + 8; yy + size[1] < y + h; yy += cell[1]) {
    for (let xx = x + 6; xx + size[0] < x + w - 4; xx += cell[0]) {
      if (r() < density) rects.push([xx, yy, size[0], size[1]]);
    }
  }
  return rectPath(rects);
}
