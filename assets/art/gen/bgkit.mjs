// Background toolkit: gradient registry, skylines, neon signage, light cones,
// reflections. All output is plain SVG (gradients/paths/opacity, no filters
// unless explicitly asked).
import { el, n, lg, rg, rng, rectPath, poly, smooth, neonText, neonPath, glyphColumn, pseudoGlyph, svgDoc, bgFinish, rain } from './util.mjs';

export class Defs {
  constructor(prefix) { this.p = prefix; this.i = 0; this.map = new Map(); this.list = []; }
  _id() { return `${this.p}${(this.i++).toString(36)}`; }
  lin(stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1, extra = {}) {
    const key = 'l' + JSON.stringify([stops, x1, y1, x2, y2, extra]);
    if (this.map.has(key)) return this.map.get(key);
    const id = this._id();
    this.list.push(lg(id, stops, x1, y1, x2, y2, extra));
    const u = `url(#${id})`; this.map.set(key, u); return u;
  }
  rad(stops, cx = 0.5, cy = 0.5, r = 0.5, extra = {}) {
    const key = 'r' + JSON.stringify([stops, cx, cy, r, extra]);
    if (this.map.has(key)) return this.map.get(key);
    const id = this._id();
    this.list.push(rg(id, stops, cx, cy, r, extra));
    const u = `url(#${id})`; this.map.set(key, u); return u;
  }
  raw(s) { this.list.push(s); }
  id() { return this._id(); }
  toString() { return this.list.join(''); }
}

export const rect = (x, y, w, h, fill, extra = {}) => el('rect', { x, y, width: w, height: h, fill, ...extra });
export const pth = (d, fill, extra = {}) => el('path', { d, fill, ...extra });
export const strk = (d, stroke, w = 2, extra = {}) => el('path', { d, fill: 'none', stroke, 'stroke-width': w, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', ...extra });

/** soft glow blob (radial gradient ellipse) */
export function glow(D, cx, cy, rx, ry, color, op = 0.6) {
  return el('ellipse', { cx, cy, rx, ry, fill: D.rad([[0, color, op], [0.35, color, op * 0.45], [1, color, 0]]) });
}

/** light cone from apex downwards */
export function cone(D, x, y, len, spreadTop, spreadBot, color, op = 0.35, angle = 0) {
  const d = `M${n(x - spreadTop)} ${n(y)}L${n(x + spreadTop)} ${n(y)}L${n(x + spreadBot)} ${n(y + len)}L${n(x - spreadBot)} ${n(y + len)}Z`;
  const f = D.lin([[0, color, op], [0.6, color, op * 0.35], [1, color, 0]]);
  return el('path', { d, fill: f, transform: angle ? `rotate(${angle} ${n(x)} ${n(y)})` : undefined });
}

/** skyline of buildings: returns svg */
export function skyline(D, seed, { x0 = -20, x1 = 1940, base = 700, hMin = 120, hMax = 420, wMin = 60, wMax = 160, color = '#120c22', win = ['#ffcf7a'], winOp = 0.55, density = 0.18, cell = [14, 20], size = [6, 9], antenna = 0.3, edge = null, gap = [0, 10] }) {
  const r = rng(seed);
  let body = '', wins = win.map(() => []), tops = '';
  let x = x0;
  while (x < x1) {
    const w = r.range(wMin, wMax), h = r.range(hMin, hMax);
    const top = base - h;
    const kind = r();
    let d;
    if (kind < 0.25) { // setback
      const s = w * r.range(0.15, 0.3), h2 = r.range(20, 60);
      d = `M${n(x)} ${n(base)}V${n(top + h2)}H${n(x + s)}V${n(top)}H${n(x + w - s)}V${n(top + h2)}H${n(x + w)}V${n(base)}Z`;
    } else if (kind < 0.35) { // slanted roof
      d = `M${n(x)} ${n(base)}V${n(top + 30)}L${n(x + w)} ${n(top)}V${n(base)}Z`;
    } else if (kind < 0.45) { // dome/round top
      d = `M${n(x)} ${n(base)}V${n(top + w * 0.3)}Q${n(x + w / 2)} ${n(top - w * 0.1)} ${n(x + w)} ${n(top + w * 0.3)}V${n(base)}Z`;
    } else d = `M${n(x)} ${n(base)}V${n(top)}H${n(x + w)}V${n(base)}Z`;
    body += d;
    if (r() < antenna) tops += `M${n(x + w * r.range(0.3, 0.7))} ${n(top)}v${n(-r.range(20, 70))}`;
    if (edge) tops += '';
    // windows
    for (let yy = top + 14; yy + size[1] < base - 6; yy += cell[1]) {
      for (let xx = x + 8; xx + size[0] < x + w - 6; xx += cell[0]) {
        if (r() < density) wins[r.int(0, win.length - 1)].push([xx, yy, size[0], size[1]]);
      }
    }
    x += w + r.range(gap[0], gap[1]);
  }
  let s = el('path', { d: body, fill: color });
  if (tops) s += el('path', { d: tops, stroke: color, 'stroke-width': 3 });
  wins.forEach((rs, i) => { if (rs.length) s += el('path', { d: rectPath(rs), fill: win[i], opacity: winOp }); });
  return s;
}

/** vertical neon sign: dark board with glowing border and pseudo glyphs */
export function signV(r, x, y, w, h, color, { glyph = true, board = '#0b0712', count = null } = {}) {
  let s = el('rect', { x, y, width: w, height: h, rx: 4, fill: board });
  s += neonPath(`M${n(x + 4)} ${n(y + 4)}h${n(w - 8)}v${n(h - 8)}h${n(-(w - 8))}z`, color, 2, 0.8);
  if (glyph) {
    const gs = w * 0.6;
    const c = count ?? Math.max(1, Math.floor((h - 16) / (gs * 1.35)));
    const d = glyphColumn(r, x + (w - gs) / 2, y + 12, gs, c, 0.35);
    s += neonPath(d, color, Math.max(1.6, gs / 14), 0.9);
  }
  return s;
}

/** horizontal neon word on a board */
export function signH(text, x, y, size, color, { board = '#0b0712', pad = 14, anchor = 'middle', tube, skew = 0, noBoard = false } = {}) {
  const cw = text.length * size * 0.93;
  const bx = anchor === 'middle' ? x - cw / 2 - pad : x - pad;
  let s = noBoard ? '' : el('rect', { x: bx, y: y - pad, width: cw + pad * 2, height: size + pad * 2, rx: 6, fill: board });
  s += neonText(text, x, y, size, color, { anchor, tube, skew });
  return s;
}

/** vertical reflection streak on wet ground */
export function streak(D, x, y, w, h, color, op = 0.35) {
  // soft ellipse, brightest a third of the way down, fading on every side
  const f = D.rad([[0, color, op], [0.4, color, op * 0.5], [1, color, 0]]);
  return el('ellipse', { cx: x, cy: y + h * 0.32, rx: w, ry: h * 0.62, fill: f });
}

/** make a full background document */
export function bgDoc(D, body, { finish = true, rainSeed = 0, rainDensity = 1, rainColor = '#bfe9ff', bottom = 0.8 } = {}) {
  let b = body;
  if (rainSeed) b += rain(rainSeed, 1920, 1080, rainDensity, rainColor);
  let defs = D.toString();
  if (finish) {
    const f = bgFinish(`${D.p}f`, bottom);
    defs += f.defs; b += f.body;
  }
  return svgDoc(1920, 1080, b, defs);
}

/** small walking-hauling Nean silhouette; x,y = feet; s = height px */
export function hauler(x, y, s, phase, fill, load = 'box') {
  const u = s / 100;
  const P = (pts) => poly(pts.map(([a, b]) => [x + a * u, y - b * u]), true);
  const lean = 8;
  let d = '';
  // legs (stride)
  const st = phase * 14;
  d += P([[-4 + lean * 0.2, 48], [4 + lean * 0.2, 48], [6 + st, 0], [0 + st, 0]]);
  d += P([[-4 + lean * 0.2, 48], [4 + lean * 0.2, 48], [-2 - st, 0], [-8 - st, 0]]);
  // torso leaning forward
  d += P([[-9 + lean * 0.3, 48], [9 + lean * 0.3, 48], [11 + lean, 82], [-5 + lean, 86]]);
  // head
  const hx = x + (4 + lean * 1.3) * u, hy = y - 93 * u, hr = 7 * u;
  d += `M${n(hx - hr)} ${n(hy)}a${n(hr)} ${n(hr)} 0 1 0 ${n(2 * hr)} 0a${n(hr)} ${n(hr)} 0 1 0 ${n(-2 * hr)} 0`;
  // arm forward
  d += P([[4 + lean, 80], [10 + lean, 78], [20 + lean, 56], [15 + lean, 54]]);
  // load on the back
  if (load === 'box') d += P([[-26 + lean * 0.5, 58], [-6 + lean * 0.7, 60], [-2 + lean, 98], [-24 + lean * 0.8, 96]]);
  else if (load === 'sack') d += P([[-20, 62], [0, 64], [4 + lean, 100], [-14, 104], [-26, 84]]);
  else if (load === 'pipe') d += P([[-40, 90], [50, 100], [50, 94], [-40, 84]]);
  return el('path', { d, fill });
}

export { el, n, lg, rg, rng, rectPath, poly, smooth, neonText, neonPath, glyphColumn, pseudoGlyph, rain };
