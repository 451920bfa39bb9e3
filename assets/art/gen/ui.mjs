// UI skin: textbox, nameplate, buttons, choices, sound icons, logo.
// No text inside panels (the game draws text itself) except the logo.
import { svgDoc, el, lg, n, strokeText, neonText, poly } from './util.mjs';

const CRIM = '#c8102e', CRIM_HI = '#ff3b52', CYAN = '#35e4e8', GOLD = '#f2b544';

/** cut-corner rectangle path */
function cut(x, y, w, h, c, c2 = c) {
  return poly([[x + c, y], [x + w - c2, y], [x + w, y + c2], [x + w, y + h - c], [x + w - c, y + h], [x + c2, y + h], [x, y + h - c2], [x, y + c]], true);
}

export function textbox() {
  const W = 1760, H = 300;
  const defs =
    lg('tbf', [[0, '#140a1e', 0.9], [0.5, '#0b0714', 0.86], [1, '#07050c', 0.92]]) +
    lg('tbe', [[0, CRIM_HI], [0.45, CRIM], [0.7, '#7a2a6a'], [1, CYAN]], 0, 0, 1, 0) +
    lg('tbg', [[0, CRIM, 0.35], [1, CRIM, 0]]);
  const d = cut(6, 10, W - 12, H - 16, 28, 10);
  let s = '';
  s += el('path', { d, fill: 'url(#tbf)' });
  // faint scanlines
  let sl = '';
  for (let y = 24; y < H - 10; y += 8) sl += `M30 ${y}H${W - 30}`;
  s += el('path', { d: sl, stroke: '#ffffff', 'stroke-width': 1, opacity: 0.025 });
  // top glow wash
  s += el('rect', { x: 20, y: 12, width: W - 40, height: 50, fill: 'url(#tbg)', opacity: 0.5 });
  // neon edge: outer soft + crisp
  s += el('path', { d, fill: 'none', stroke: 'url(#tbe)', 'stroke-width': 8, opacity: 0.18 });
  s += el('path', { d, fill: 'none', stroke: 'url(#tbe)', 'stroke-width': 2.4 });
  // inner hairline
  s += el('path', { d: cut(18, 22, W - 36, H - 40, 20, 6), fill: 'none', stroke: '#ffffff', 'stroke-width': 1, opacity: 0.08 });
  // corner accents
  s += el('path', { d: `M6 62V38L34 10H120M${W - 6} ${H - 50}V${H - 34}L${W - 34} ${H - 6}H${W - 140}`, fill: 'none', stroke: CRIM_HI, 'stroke-width': 5, 'stroke-linejoin': 'miter' });
  // next-indicator slot (small chevrons, bottom right)
  s += el('path', { d: `M${W - 70} ${H - 44}l12 10l-12 10M${W - 54} ${H - 44}l12 10l-12 10`, fill: 'none', stroke: CYAN, 'stroke-width': 3, opacity: 0.7 });
  return svgDoc(W, H, s, defs);
}

export function nameplate() {
  const W = 420, H = 72;
  const defs = lg('npf', [[0, '#5e0a1c'], [0.55, '#2a0a16'], [1, '#120814']], 0, 0, 1, 0) + lg('npe', [[0, CRIM_HI], [1, CYAN]], 0, 0, 1, 0);
  const d = poly([[4, 6], [W - 30, 6], [W - 6, 36], [W - 30, H - 6], [4, H - 6]], true);
  let s = el('path', { d, fill: 'url(#npf)', opacity: 0.95 });
  s += el('path', { d, fill: 'none', stroke: 'url(#npe)', 'stroke-width': 6, opacity: 0.2 });
  s += el('path', { d, fill: 'none', stroke: 'url(#npe)', 'stroke-width': 2.2 });
  s += el('rect', { x: 4, y: 6, width: 10, height: H - 12, fill: CRIM_HI });
  s += el('path', { d: `M${W - 64} 18l10 18l-10 18`, fill: 'none', stroke: CYAN, 'stroke-width': 2, opacity: 0.5 });
  return svgDoc(W, H, s, defs);
}

function plate(W, H, hover, accent) {
  const id = hover ? 'h' : 'n';
  const defs =
    lg(`${id}f`, hover ? [[0, '#6a0a20', 0.95], [0.6, '#3a0a1c', 0.92], [1, '#1a0a18', 0.9]] : [[0, '#140c1e', 0.88], [1, '#0a0712', 0.88]], 0, 0, 1, 0) +
    lg(`${id}e`, hover ? [[0, CRIM_HI], [1, accent]] : [[0, '#6a4a7a'], [1, '#3a5a6a']], 0, 0, 1, 0);
  const d = cut(6, 8, W - 12, H - 16, 16, 6);
  let s = el('path', { d, fill: `url(#${id}f)` });
  if (hover) s += el('path', { d, fill: 'none', stroke: `url(#${id}e)`, 'stroke-width': 10, opacity: 0.22 });
  s += el('path', { d, fill: 'none', stroke: `url(#${id}e)`, 'stroke-width': hover ? 2.6 : 1.8 });
  s += el('rect', { x: 6, y: H / 2 - 14, width: hover ? 8 : 4, height: 28, fill: hover ? CRIM_HI : '#6a4a7a' });
  if (hover) {
    s += el('path', { d: `M${W - 46} ${H / 2 - 10}l12 10l-12 10`, fill: 'none', stroke: accent, 'stroke-width': 3 });
    s += el('rect', { x: 22, y: 12, width: W - 60, height: 3, fill: '#ffffff', opacity: 0.12 });
  }
  return svgDoc(W, H, s, defs);
}
export const button = () => plate(520, 88, false, CYAN);
export const buttonHover = () => plate(520, 88, true, CYAN);
export const choice = () => plate(1100, 96, false, GOLD);
export const choiceHover = () => plate(1100, 96, true, GOLD);

function speaker(extra, color) {
  let s = el('path', { d: 'M10 24h10l14 -12v40l-14 -12h-10z', fill: color, stroke: '#0b0714', 'stroke-width': 2, 'stroke-linejoin': 'round' });
  s += extra;
  return svgDoc(64, 64, el('circle', { cx: 32, cy: 32, r: 31, fill: '#0b0714', opacity: 0.55 }) + s);
}
export const iconSoundOn = () => speaker(el('path', { d: 'M40 24q6 8 0 16M45 18q11 14 0 28', fill: 'none', stroke: CYAN, 'stroke-width': 4, 'stroke-linecap': 'round' }), CYAN);
export const iconSoundOff = () => speaker(el('path', { d: 'M40 24l14 16M54 24l-14 16', fill: 'none', stroke: CRIM_HI, 'stroke-width': 4, 'stroke-linecap': 'round' }), '#8a7a96');

/** Original wordmark: monoline geometric letters, chrome "METALLIC" over a heavy crimson "ROUGE". */
export function logo() {
  const W = 1200, H = 300;
  const defs =
    lg('lgc', [[0, '#ffffff'], [0.45, '#c9ccd8'], [0.5, '#6a6e80'], [1, '#e8eaf2']], 0, 0, 0, 1) +
    lg('lgr', [[0, '#ff6a7a'], [0.45, CRIM_HI], [0.55, CRIM], [1, '#6d0818']], 0, 0, 0, 1) +
    lg('lgl', [[0, CRIM, 0], [0.2, CRIM_HI, 1], [0.8, CYAN, 1], [1, CYAN, 0]], 0, 0, 1, 0);
  const skew = 0.2;
  let s = '';
  // ROUGE: heavy strokes
  const rSize = 130;
  const r = strokeText('ROUGE', 0, 0, rSize, 1.5, skew);
  const rx = (W - r.width - rSize * skew) / 2, ry = 92;
  const common = { fill: 'none', 'stroke-linejoin': 'miter', 'stroke-linecap': 'square', transform: `translate(${n(rx)} ${ry})` };
  s += el('path', { d: r.d, ...common, stroke: CRIM_HI, 'stroke-width': 52, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', opacity: 0.07 });
  s += el('path', { d: r.d, ...common, stroke: '#0b0714', 'stroke-width': 34, 'stroke-linecap': 'butt' });
  s += el('path', { d: r.d, ...common, stroke: 'url(#lgrU)', 'stroke-width': 24, 'stroke-linecap': 'butt' });
  s += el('path', { d: r.d, ...common, stroke: '#ffe0e4', 'stroke-width': 2.4, opacity: 0.8, 'stroke-linecap': 'butt' });
  // gradient in user space for the ROUGE strokes
  const defs2 = lg('lgrU', [[0, '#ff6a7a'], [0.45, CRIM_HI], [0.55, CRIM], [1, '#6d0818']], 0, -6, 0, rSize + 6, { gradientUnits: 'userSpaceOnUse' });
  // METALLIC: lighter, wide-spaced chrome above
  const mSize = 46;
  const m = strokeText('METALLIC', 0, 0, mSize, 3.2, skew);
  const mx = (W - m.width) / 2 - 20, my = 22;
  const mc = { fill: 'none', 'stroke-linejoin': 'miter', 'stroke-linecap': 'square', transform: `translate(${n(mx)} ${my})` };
  s += el('path', { d: m.d, ...mc, stroke: '#0b0714', 'stroke-width': 15, 'stroke-linecap': 'butt' });
  s += el('path', { d: m.d, ...mc, stroke: 'url(#lgcU)', 'stroke-width': 8, 'stroke-linecap': 'butt' });
  const defs3 = lg('lgcU', [[0, '#ffffff'], [0.45, '#c9ccd8'], [0.5, '#6a6e80'], [1, '#e8eaf2']], 0, 0, 0, mSize, { gradientUnits: 'userSpaceOnUse' });
  // blade line under ROUGE
  s += el('path', { d: `M${n(rx - 80)} 246L${n(W - rx + 60)} 246`, stroke: 'url(#lgl)', 'stroke-width': 3 });
  // subtitle
  s += neonText('A FAN RETELLING', W / 2 + 160, 260, 20, CYAN, { anchor: 'middle', spacing: 2.6, glow: 0.6, tube: 2.6 });
  return svgDoc(W, H, s, defs + defs2 + defs3);
}
