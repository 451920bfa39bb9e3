// Face + hair primitives for character sprites. Head-local coordinates:
// origin = midpoint between the eyes, +y down. Female skull crown ~ -160,
// chin ~ +112. Everything is flat shapes + a thin ink line.
import { el, n, smooth, lg } from './util.mjs';

export const INK = '#170b17';

/** quadratic-curved path through a sequence, sharp at every point */
export function curlPath(pts, curl = 0.12, close = true) {
  let d = `M${n(pts[0][0])} ${n(pts[0][1])}`;
  const N = pts.length;
  const last = close ? N : N - 1;
  for (let i = 0; i < last; i++) {
    const a = pts[i], b = pts[(i + 1) % N];
    const c = b[2] ?? curl;
    const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2;
    const dx = b[0] - a[0], dy = b[1] - a[1];
    d += `Q${n(mx - dy * c)} ${n(my + dx * c)} ${n(b[0])} ${n(b[1])}`;
  }
  return d + (close ? 'Z' : '');
}

/** limb/sleeve outline around a centreline with widths */
export function tube(pts, widths) {
  const L = [], R = [];
  for (let i = 0; i < pts.length; i++) {
    const a = pts[Math.max(0, i - 1)], b = pts[Math.min(pts.length - 1, i + 1)];
    let dx = b[0] - a[0], dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    dx /= len; dy /= len;
    const w = widths[i] / 2;
    L.push([pts[i][0] - dy * w, pts[i][1] + dx * w]);
    R.push([pts[i][0] + dy * w, pts[i][1] - dx * w]);
  }
  const d1 = smooth(L);
  const d2 = smooth(R.reverse()).replace(/^M/, 'L');
  return d1 + d2 + 'Z';
}

export const FACE = {
  f: 'M-104 -55C-106 -172 106 -172 104 -55C104 -12 100 28 85 58C64 90 32 108 0 113C-32 108 -64 90 -85 58C-100 28 -104 -12 -104 -55Z',
  m: 'M-106 -60C-108 -178 108 -178 106 -60C106 -10 104 34 96 66C86 96 48 120 0 124C-48 120 -86 96 -96 66C-104 34 -106 -10 -106 -60Z',
  big: 'M-112 -62C-114 -182 114 -182 112 -62C114 -8 114 40 106 74C96 106 56 130 0 134C-56 130 -96 106 -106 74C-114 40 -114 -8 -112 -62Z',
};

const EXPR_DEFAULT = {
  eyes: 'open', // open | wide | half | squint | closed | smile | pain | blank | narrow
  lidTilt: 0, // + = angry (inner lid down)
  browIn: 0, browOut: 0, browY: 0, browArch: 1,
  browIn2: null, browOut2: null, // optional asymmetric right brow
  mouth: 'flat', mouthY: 0, mouthW: 1,
  look: [0, 0],
  blush: 0, sweat: false, tear: false, hurt: false, bags: 0, shadowEyes: 0,
  irisScale: 1,
};

/**
 * One eye. side: -1 = viewer-left, +1 = viewer-right (outer corner direction).
 */
function eye(id, ex, ey, side, o, x) {
  const { w, H0, line, eyeId, female } = o;
  let openU = 1, openL = 1, irisS = x.irisScale, blank = false;
  switch (x.eyes) {
    case 'wide': openU = 1.18; openL = 1.12; irisS *= 0.78; break;
    case 'half': openU = 0.5; openL = 0.95; break;
    case 'narrow': openU = 0.62; openL = 0.75; break;
    case 'squint': openU = 0.34; openL = 0.55; break;
    case 'blank': openU = 0.84; blank = true; break;
  }
  const tilt = x.lidTilt * H0;
  const lineW = female ? w * 0.11 : w * 0.085;
  let s = '';
  if (x.eyes === 'closed' || x.eyes === 'smile' || x.eyes === 'pain') {
    const I = [ex - side * w * 0.44, ey + H0 * 0.1];
    const O = [ex + side * w * 0.52, ey + (x.eyes === 'smile' ? H0 * 0.1 : 0)];
    let d;
    if (x.eyes === 'closed') d = `M${n(I[0])} ${n(I[1])}Q${n(ex)} ${n(ey + H0 * 0.42)} ${n(O[0])} ${n(O[1])}`;
    else if (x.eyes === 'smile') d = `M${n(I[0])} ${n(I[1] + 4)}Q${n(ex)} ${n(ey - H0 * 0.45)} ${n(O[0])} ${n(O[1] + 4)}`;
    else d = `M${n(O[0])} ${n(ey - H0 * 0.28)}L${n(ex - side * w * 0.3)} ${n(ey + H0 * 0.05)}L${n(O[0] - side * 4)} ${n(ey + H0 * 0.3)}`;
    s += el('path', { d, fill: 'none', stroke: line, 'stroke-width': lineW, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
    if (female && x.eyes === 'closed') s += el('path', { d: `M${n(O[0])} ${n(O[1])}l${n(side * 9)} ${n(-4)}`, stroke: line, 'stroke-width': lineW * 0.7, 'stroke-linecap': 'round' });
    return s;
  }
  const I = [ex - side * w * 0.46, ey + H0 * 0.1 + tilt * 0.5];
  const O = [ex + side * w * 0.54, ey - H0 * 0.04 - tilt * 0.15];
  const topIn = [I[0] + side * w * 0.1, ey - H0 * 0.62 * openU + tilt];
  const topOut = [O[0] - side * w * 0.32, ey - H0 * 0.74 * openU - tilt * 0.2];
  const botOut = [O[0] - side * w * 0.06, ey + H0 * 0.46 * openL];
  const botIn = [I[0] + side * w * 0.32, ey + H0 * 0.62 * openL];
  const upper = `M${n(I[0])} ${n(I[1])}C${n(topIn[0])} ${n(topIn[1])} ${n(topOut[0])} ${n(topOut[1])} ${n(O[0])} ${n(O[1])}`;
  const white = upper + `C${n(botOut[0])} ${n(botOut[1])} ${n(botIn[0])} ${n(botIn[1])} ${n(I[0])} ${n(I[1])}Z`;
  const cid = `${id}c${side < 0 ? 'l' : 'r'}`;
  s += `<clipPath id="${cid}"><path d="${white}"/></clipPath>`;
  s += el('path', { d: white, fill: '#fbf4f2' });
  const ix = ex + x.look[0] * w * 0.22 - side * w * 0.02;
  const iy = ey + H0 * 0.06 + x.look[1];
  const rx = w * 0.3 * irisS, ry = H0 * 0.52 * (irisS * 0.85 + 0.15);
  let g = '';
  g += el('ellipse', { cx: ix, cy: iy, rx, ry, fill: blank ? o.eyeFlat : `url(#${eyeId})`, stroke: line, 'stroke-width': 1.6 });
  if (!blank) {
    g += el('ellipse', { cx: ix, cy: iy - ry * 0.05, rx: rx * 0.46, ry: ry * 0.52, fill: o.pupil });
    g += el('ellipse', { cx: ix, cy: iy + ry * 0.5, rx: rx * 0.7, ry: ry * 0.3, fill: o.eyeLight, opacity: 0.55 });
    g += el('circle', { cx: ix - side * rx * 0.32 + rx * 0.05, cy: iy - ry * 0.38, r: rx * 0.3, fill: '#fff' });
    g += el('circle', { cx: ix + side * rx * 0.35, cy: iy + ry * 0.38, r: rx * 0.12, fill: '#fff', opacity: 0.85 });
  } else {
    g += el('ellipse', { cx: ix, cy: iy, rx: rx * 0.4, ry: ry * 0.46, fill: o.pupil, opacity: 0.35 });
  }
  // lid shadow on the white
  g += el('path', { d: upper, fill: 'none', stroke: o.lidShadow, 'stroke-width': H0 * 0.34, opacity: 0.38 });
  s += `<g clip-path="url(#${cid})">${g}</g>`;
  // lash line
  s += el('path', { d: upper, fill: 'none', stroke: line, 'stroke-width': lineW, 'stroke-linecap': 'round' });
  if (female) {
    s += el('path', { d: `M${n(O[0] - side * 6)} ${n(O[1] - 3)}q${n(side * 10)} ${n(-2)} ${n(side * 16)} ${n(-11)}q${n(-side * 4)} ${n(9)} ${n(-side * 14)} ${n(15)}z`, fill: line });
  }
  // lower lid hint
  s += el('path', { d: `M${n(O[0] - side * 3)} ${n(O[1] + 5)}C${n(botOut[0])} ${n(botOut[1] - 3)} ${n(ex + side * w * 0.1)} ${n(ey + H0 * 0.55 * openL)} ${n(ex - side * w * 0.05)} ${n(ey + H0 * 0.55 * openL)}`, fill: 'none', stroke: line, 'stroke-width': female ? 2.2 : 2, opacity: 0.75, 'stroke-linecap': 'round' });
  return s;
}

function brow(ex, by, side, o, inDy, outDy, arch) {
  const { w, line, browColor, female } = o;
  const iX = ex - side * w * 0.44, oX = ex + side * w * 0.66;
  const iY = by + inDy, oY = by + outDy + 6;
  const mx = (iX + oX) / 2 + side * 4, my = Math.min(iY, oY) - 8 * arch;
  const t1 = female ? 7 : 10, t2 = female ? 2.4 : 4;
  const d = `M${n(iX)} ${n(iY - t1 / 2)}Q${n(mx)} ${n(my - t1 / 2)} ${n(oX)} ${n(oY)}Q${n(mx)} ${n(my + t2)} ${n(iX)} ${n(iY + t1 / 2)}Z`;
  return el('path', { d, fill: browColor || line, stroke: line, 'stroke-width': 1.2, 'stroke-linejoin': 'round' });
}

function mouth(kind, y, W, o) {
  const line = o.line, lip = o.mouthDark || '#5a1424', tongue = '#d46a78';
  const sw = 3.2;
  const stroke = (d, extra = {}) => el('path', { d, fill: 'none', stroke: line, 'stroke-width': sw, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', ...extra });
  const w = W;
  switch (kind) {
    case 'flat': return stroke(`M${n(-13 * w)} ${n(y)}Q0 ${n(y + 2)} ${n(13 * w)} ${n(y - 1)}`);
    case 'small': return stroke(`M${n(-8 * w)} ${n(y)}Q0 ${n(y + 1.5)} ${n(8 * w)} ${n(y)}`);
    case 'line': return stroke(`M${n(-18 * w)} ${n(y)}L${n(18 * w)} ${n(y)}`, { 'stroke-width': 3.6 });
    case 'smile': return stroke(`M${n(-22 * w)} ${n(y - 5)}Q0 ${n(y + 11)} ${n(22 * w)} ${n(y - 5)}`);
    case 'softSmile': return stroke(`M${n(-16 * w)} ${n(y - 2)}Q0 ${n(y + 6)} ${n(16 * w)} ${n(y - 3)}`);
    case 'frown': return stroke(`M${n(-16 * w)} ${n(y + 4)}Q0 ${n(y - 5)} ${n(16 * w)} ${n(y + 4)}`);
    case 'tight': return stroke(`M${n(-15 * w)} ${n(y + 2)}Q${n(-4 * w)} ${n(y - 2)} 0 ${n(y)}Q${n(6 * w)} ${n(y + 2)} ${n(15 * w)} ${n(y + 1)}`) +
      stroke(`M${n(-6 * w)} ${n(y + 7)}L${n(6 * w)} ${n(y + 7)}`, { 'stroke-width': 1.6, opacity: 0.5 });
    case 'smirk': return stroke(`M${n(-16 * w)} ${n(y + 1)}Q${n(4 * w)} ${n(y + 5)} ${n(22 * w)} ${n(y - 9)}`) +
      stroke(`M${n(20 * w)} ${n(y - 12)}q3 3 2 8`, { 'stroke-width': 1.8 });
    case 'o': return el('ellipse', { cx: 0, cy: y + 4, rx: 9 * w, ry: 11, fill: lip, stroke: line, 'stroke-width': 2.6 }) +
      el('ellipse', { cx: 0, cy: y + 10, rx: 6 * w, ry: 4, fill: tongue });
    case 'gasp': return el('path', { d: `M${n(-13 * w)} ${n(y + 2)}Q0 ${n(y - 8)} ${n(13 * w)} ${n(y + 2)}Q${n(14 * w)} ${n(y + 24)} 0 ${n(y + 24)}Q${n(-14 * w)} ${n(y + 24)} ${n(-13 * w)} ${n(y + 2)}Z`, fill: lip, stroke: line, 'stroke-width': 2.6 }) +
      el('ellipse', { cx: 0, cy: y + 18, rx: 8 * w, ry: 4.5, fill: tongue });
    case 'sadOpen': return el('path', { d: `M${n(-15 * w)} ${n(y + 8)}Q0 ${n(y - 6)} ${n(15 * w)} ${n(y + 8)}Q0 ${n(y + 4)} ${n(-15 * w)} ${n(y + 8)}Z`, fill: lip, stroke: line, 'stroke-width': 2.6, 'stroke-linejoin': 'round' });
    case 'smileOpen': return el('path', { d: `M${n(-24 * w)} ${n(y - 6)}Q0 ${n(y - 1)} ${n(24 * w)} ${n(y - 6)}Q${n(18 * w)} ${n(y + 20)} 0 ${n(y + 21)}Q${n(-18 * w)} ${n(y + 20)} ${n(-24 * w)} ${n(y - 6)}Z`, fill: lip, stroke: line, 'stroke-width': 2.8, 'stroke-linejoin': 'round' }) +
      el('path', { d: `M${n(-20 * w)} ${n(y - 4)}Q0 ${n(y + 1)} ${n(20 * w)} ${n(y - 4)}L${n(18 * w)} ${n(y + 2)}Q0 ${n(y + 6)} ${n(-18 * w)} ${n(y + 2)}Z`, fill: '#fff' }) +
      el('ellipse', { cx: 0, cy: y + 15, rx: 10 * w, ry: 4.5, fill: tongue });
    case 'grin': return el('path', { d: `M${n(-34 * w)} ${n(y - 10)}Q0 ${n(y - 2)} ${n(34 * w)} ${n(y - 10)}Q${n(24 * w)} ${n(y + 24)} 0 ${n(y + 26)}Q${n(-24 * w)} ${n(y + 24)} ${n(-34 * w)} ${n(y - 10)}Z`, fill: lip, stroke: line, 'stroke-width': 3, 'stroke-linejoin': 'round' }) +
      el('path', { d: `M${n(-30 * w)} ${n(y - 8)}Q0 ${n(y - 1)} ${n(30 * w)} ${n(y - 8)}L${n(27 * w)} ${n(y)}Q0 ${n(y + 7)} ${n(-27 * w)} ${n(y)}Z`, fill: '#fff' }) +
      el('ellipse', { cx: 0, cy: y + 18, rx: 12 * w, ry: 5, fill: tongue });
    case 'wideGrin': // unsettling: very wide, thin, all teeth
      return el('path', { d: `M${n(-44 * w)} ${n(y - 16)}Q0 ${n(y + 4)} ${n(44 * w)} ${n(y - 16)}Q${n(30 * w)} ${n(y + 18)} 0 ${n(y + 19)}Q${n(-30 * w)} ${n(y + 18)} ${n(-44 * w)} ${n(y - 16)}Z`, fill: '#fff', stroke: line, 'stroke-width': 3, 'stroke-linejoin': 'round' }) +
        el('path', { d: `M${n(-40 * w)} ${n(y - 12)}Q0 ${n(y + 14)} ${n(40 * w)} ${n(y - 12)}`, fill: 'none', stroke: line, 'stroke-width': 1.8 }) +
        el('path', { d: [-28, -17, -6, 6, 17, 28].map((tx) => `M${n(tx * w)} ${n(y - 6 + Math.abs(tx) * -0.2 + 6)}l0 ${n(9 - Math.abs(tx) * 0.12)}`).join(''), stroke: line, 'stroke-width': 1.4, opacity: 0.6 });
    case 'thinSmile':
      return stroke(`M${n(-36 * w)} ${n(y - 12)}Q0 ${n(y + 12)} ${n(36 * w)} ${n(y - 12)}`) +
        stroke(`M${n(-38 * w)} ${n(y - 16)}l4 6M${n(38 * w)} ${n(y - 16)}l-4 6`, { 'stroke-width': 2 });
    case 'grit': return el('rect', { x: -22 * w, y: y - 6, width: 44 * w, height: 16, rx: 6, fill: '#fff', stroke: line, 'stroke-width': 2.8 }) +
      el('path', { d: `M${n(-21 * w)} ${n(y + 2)}L${n(21 * w)} ${n(y + 2)}` + [-11, 0, 11].map((tx) => `M${n(tx * w)} ${n(y - 6)}l0 16`).join(''), stroke: line, 'stroke-width': 1.5, opacity: 0.7 });
    case 'snarl': return el('path', { d: `M${n(-26 * w)} ${n(y + 4)}Q${n(-10 * w)} ${n(y - 10)} ${n(26 * w)} ${n(y - 6)}Q${n(20 * w)} ${n(y + 18)} 0 ${n(y + 16)}Q${n(-20 * w)} ${n(y + 16)} ${n(-26 * w)} ${n(y + 4)}Z`, fill: lip, stroke: line, 'stroke-width': 3, 'stroke-linejoin': 'round' }) +
      el('path', { d: `M${n(-22 * w)} ${n(y + 2)}Q${n(-8 * w)} ${n(y - 6)} ${n(23 * w)} ${n(y - 4)}L${n(21 * w)} ${n(y + 2)}Q${n(-6 * w)} ${n(y + 1)} ${n(-20 * w)} ${n(y + 7)}Z`, fill: '#fff' }) +
      el('path', { d: `M${n(-20 * w)} ${n(y + 14)}Q0 ${n(y + 6)} ${n(20 * w)} ${n(y + 12)}L${n(18 * w)} ${n(y + 8)}Q0 ${n(y + 3)} ${n(-18 * w)} ${n(y + 10)}Z`, fill: '#fff', opacity: 0.9 });
    case 'sneer': // lopsided: left corner down, right lip curled up over bared teeth
      return el('path', { d: `M${n(-20 * w)} ${n(y + 5)}Q${n(-2 * w)} ${n(y + 1)} ${n(10 * w)} ${n(y - 4)}Q${n(18 * w)} ${n(y - 12)} ${n(26 * w)} ${n(y - 12)}Q${n(24 * w)} ${n(y + 2)} ${n(10 * w)} ${n(y + 7)}Q${n(-6 * w)} ${n(y + 10)} ${n(-20 * w)} ${n(y + 5)}Z`, fill: '#fff', stroke: line, 'stroke-width': 3, 'stroke-linejoin': 'round' }) +
        stroke(`M${n(-2 * w)} ${n(y + 2)}L${n(2 * w)} ${n(y + 8)}M${n(8 * w)} ${n(y - 2)}L${n(12 * w)} ${n(y + 6)}M${n(16 * w)} ${n(y - 7)}L${n(18 * w)} ${n(y + 3)}`, { 'stroke-width': 1.4, opacity: 0.6 }) +
        stroke(`M${n(14 * w)} ${n(y - 30)}q10 6 12 16M${n(20 * w)} ${n(y - 36)}q6 2 8 8`, { 'stroke-width': 2 });
    case 'wince': return el('path', { d: `M${n(-18 * w)} ${n(y + 4)}Q${n(-8 * w)} ${n(y - 4)} 0 ${n(y)}Q${n(8 * w)} ${n(y - 5)} ${n(18 * w)} ${n(y + 5)}Q0 ${n(y + 14)} ${n(-18 * w)} ${n(y + 4)}Z`, fill: lip, stroke: line, 'stroke-width': 2.8, 'stroke-linejoin': 'round' }) +
      el('path', { d: `M${n(-14 * w)} ${n(y + 3)}Q0 ${n(y - 1)} ${n(14 * w)} ${n(y + 3)}L${n(12 * w)} ${n(y + 6)}Q0 ${n(y + 3)} ${n(-12 * w)} ${n(y + 6)}Z`, fill: '#fff' });
    default: return '';
  }
}

/**
 * Build a complete head (face, eyes, brows, mouth, hair back + front).
 * spec: { id, kind:'f'|'m'|'big', skin, skinSh, line, eyeColor, eyeDark, eyeLight,
 *   hairBack, hairFront (svg strings in local coords), hairFrontPath (for bang shadow),
 *   glasses, ears, extraFace (svg), age }
 */
export function head(spec, expr, tx, ty, scale = 1) {
  const x = { ...EXPR_DEFAULT, ...expr };
  const female = spec.kind === 'f';
  const H0 = spec.eyeH ?? (female ? 52 : 36);
  const w = spec.eyeW ?? (female ? 72 : 58);
  const sep = spec.eyeSep ?? (female ? 53 : 54);
  const line = spec.line ?? INK;
  const id = spec.id;
  const o = {
    w, H0, line, female,
    eyeId: `${id}iris`,
    eyeFlat: spec.eyeFlat ?? spec.eyeColor,
    pupil: spec.pupil ?? '#1a0d16',
    eyeLight: spec.eyeLight,
    lidShadow: spec.lidShadow ?? '#7b6f8a',
    browColor: spec.browColor,
    mouthDark: spec.mouthDark,
  };
  const facePath = FACE[spec.kind];
  let defs = lg(`${id}iris`, [[0, spec.eyeDark], [0.55, spec.eyeColor], [1, spec.eyeLight]]);
  defs += `<clipPath id="${id}fc"><path d="${facePath}"/></clipPath>`;
  const T = `translate(${n(tx)} ${n(ty)}) scale(${n(scale * 1.1 * 100) / 100})`;
  const back = spec.hairBack ? `<g transform="${T}">${spec.hairBack}</g>` : '';
  let s = `<g transform="${T}">`;
  // ears
  if (spec.ears) {
    const ew = spec.kind === 'f' ? 104 : 108;
    for (const sd of [-1, 1]) {
      s += el('path', { d: `M${n(sd * (ew - 6))} -22C${n(sd * (ew + 18))} -34 ${n(sd * (ew + 22))} 12 ${n(sd * (ew + 6))} 36C${n(sd * (ew))} 46 ${n(sd * (ew - 8))} 40 ${n(sd * (ew - 8))} 30Z`, fill: spec.skin, stroke: line, 'stroke-width': 2.6 });
      s += el('path', { d: `M${n(sd * (ew + 2))} -12q${n(sd * 10)} 10 ${n(sd * 2)} 30`, fill: 'none', stroke: spec.skinSh, 'stroke-width': 3 });
    }
  }
  s += el('path', { d: facePath, fill: spec.skin, stroke: line, 'stroke-width': 3.2, 'stroke-linejoin': 'round' });
  // face shading: jaw-side shade + cheek warmth
  s += `<g clip-path="url(#${id}fc)">`;
  s += el('path', { d: 'M60 -160C150 -60 120 80 10 140L200 140L200 -160Z', fill: spec.skinSh, opacity: 0.55 });
  if (spec.hairFrontPath) s += el('path', { d: spec.hairFrontPath, fill: spec.skinSh, transform: 'translate(6 14)', opacity: 0.85 });
  const cheek = (spec.cheek ?? 0.12) + x.blush * 0.3;
  if (cheek > 0) {
    s += el('ellipse', { cx: -60, cy: 40, rx: 26, ry: 12, fill: '#ff7a86', opacity: cheek });
    s += el('ellipse', { cx: 60, cy: 40, rx: 26, ry: 12, fill: '#ff7a86', opacity: cheek });
  }
  if (x.shadowEyes) s += el('rect', { x: -120, y: -120, width: 240, height: 150, fill: `url(#${id}shd)`, opacity: x.shadowEyes });
  s += spec.faceDetail ? spec.faceDetail(x) : '';
  s += '</g>';
  if (x.shadowEyes) defs += lg(`${id}shd`, [[0, '#1a0820', 0.9], [0.75, '#1a0820', 0.5], [1, '#1a0820', 0]]);
  if (x.blush > 0.3) {
    s += el('path', { d: [-72, -62, -52, 48, 58, 68].map((bx) => `M${bx} 34l-6 12`).join(''), stroke: '#d2505e', 'stroke-width': 2, opacity: 0.55, 'stroke-linecap': 'round' });
  }
  // eye bags
  if (x.bags) {
    for (const sd of [-1, 1]) s += el('path', { d: `M${n(sd * sep - 20)} ${n(H0 * 0.75)}q20 8 40 -2`, fill: 'none', stroke: spec.skinSh, 'stroke-width': 2.4, opacity: 0.5 + x.bags * 0.4 });
  }
  // nose
  s += el('path', { d: spec.nose ?? (female ? 'M4 38q5 7 -3 11' : 'M2 20q4 20 6 30q-4 6 -12 4'), fill: 'none', stroke: line, 'stroke-width': 2.4, opacity: 0.7, 'stroke-linecap': 'round' });
  // eyes
  s += eye(id, -sep, 0, -1, o, x);
  s += eye(id, sep, 0, 1, o, x);
  // mouth
  const my = (spec.mouthY ?? (female ? 74 : 84)) + x.mouthY;
  s += mouth(x.mouth, my, x.mouthW, o);
  // hurt: scrape + dishevel
  if (x.hurt) {
    s += el('path', { d: 'M-92 20l34 -10M-88 32l30 -8M-82 44l20 -6', stroke: '#b3122c', 'stroke-width': 2.6, 'stroke-linecap': 'round', opacity: 0.85 });
    s += el('path', { d: 'M-90 22l34 -10', stroke: '#ff8a98', 'stroke-width': 1, opacity: 0.7 });
    s += el('path', { d: `M${n(14 * x.mouthW)} ${n(my + 6)}q3 12 -2 26`, fill: 'none', stroke: '#a3102a', 'stroke-width': 3, 'stroke-linecap': 'round' });
  }
  // hair front + brows (brows drawn over the fringe so they stay readable)
  s += spec.hairFront || '';
  const by = -(spec.browBase ?? (female ? 58 : 50)) + x.browY;
  s += brow(-sep, by, -1, o, x.browIn, x.browOut, x.browArch);
  s += brow(sep, by, 1, o, x.browIn2 ?? x.browIn, x.browOut2 ?? x.browOut, x.browArch);
  if (spec.glasses) s += spec.glasses(x);
  if (x.sweat) {
    s += el('path', { d: 'M96 -70q-12 20 -8 32q6 10 14 0q4 -12 -6 -32z', fill: '#bfe9ff', stroke: line, 'stroke-width': 2 });
    s += el('path', { d: 'M95 -46q-2 6 2 8', fill: 'none', stroke: '#fff', 'stroke-width': 2 });
  }
  if (x.tear) {
    s += el('path', { d: `M${-sep + 14} 24q-8 24 -4 56q8 6 10 -4q-2 -26 -6 -52z`, fill: '#cfefff', opacity: 0.85, stroke: '#7fb8d8', 'stroke-width': 1.5 });
  }
  s += '</g>';
  return { defs, svg: s, back };
}

/** generic glasses generator */
export function glasses({ shape = 'round', color = '#1b1a22', lens = '#bfe9ff', sep = 50, w = 64, y = 2, glare = 0.15 }) {
  return (x) => {
    let s = '';
    const g = x.glare ?? glare;
    for (const sd of [-1, 1]) {
      const cx = sd * sep;
      const frame = shape === 'round'
        ? el('ellipse', { cx, cy: y, rx: w * 0.58, ry: w * 0.5, fill: lens, 'fill-opacity': g, stroke: color, 'stroke-width': 4.5 })
        : el('path', { d: `M${n(cx - w * 0.62)} ${n(y - w * 0.36)}L${n(cx + w * 0.62)} ${n(y - w * 0.4)}L${n(cx + w * 0.56)} ${n(y + w * 0.3)}L${n(cx - w * 0.56)} ${n(y + w * 0.33)}Z`, fill: lens, 'fill-opacity': g, stroke: color, 'stroke-width': 4, 'stroke-linejoin': 'round' });
      s += frame;
      if (g > 0.5) {
        s += el('path', { d: `M${n(cx - w * 0.4)} ${n(y + w * 0.2)}L${n(cx + w * 0.1)} ${n(y - w * 0.3)}M${n(cx - w * 0.1)} ${n(y + w * 0.28)}L${n(cx + w * 0.36)} ${n(y - w * 0.2)}`, stroke: '#fff', 'stroke-width': 5, opacity: 0.9, 'stroke-linecap': 'round' });
      } else {
        s += el('path', { d: `M${n(cx + sd * w * 0.05 - w * 0.3)} ${n(y - w * 0.18)}l${n(w * 0.22)} ${n(-w * 0.12)}`, stroke: '#fff', 'stroke-width': 3, opacity: 0.7, 'stroke-linecap': 'round' });
      }
    }
    s += el('path', { d: `M${n(-sep + w * 0.58)} ${n(y - 4)}Q0 ${n(y - 14)} ${n(sep - w * 0.58)} ${n(y - 4)}`, fill: 'none', stroke: color, 'stroke-width': 4 });
    s += el('path', { d: `M${n(-sep - w * 0.58)} ${n(y - 6)}L-104 -14M${n(sep + w * 0.58)} ${n(y - 6)}L104 -14`, stroke: color, 'stroke-width': 4 });
    return s;
  };
}

/** anime hair shine: tapered slivers along an arc */
export function shineArc(cx, cy, rx, ry, a0, a1, count, color, thick = 9, op = 0.8) {
  let d = '';
  for (let i = 0; i < count; i++) {
    const t0 = a0 + ((a1 - a0) * (i + 0.12)) / count, t1 = a0 + ((a1 - a0) * (i + 0.78)) / count;
    const P = (t, k = 1) => [cx + Math.cos((t * Math.PI) / 180) * rx * k, cy + Math.sin((t * Math.PI) / 180) * ry * k];
    const [x0, y0] = P(t0), [x1, y1] = P(t1), tm = (t0 + t1) / 2;
    const [ax, ay] = P(tm, 1 + thick / ry), [bx, by] = P(tm, 1 - thick / ry);
    d += `M${n(x0)} ${n(y0)}Q${n(ax)} ${n(ay)} ${n(x1)} ${n(y1)}Q${n(bx)} ${n(by)} ${n(x0)} ${n(y0)}Z`;
  }
  return el('path', { d, fill: color, opacity: op });
}
