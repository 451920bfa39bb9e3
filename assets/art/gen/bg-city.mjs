// Exterior night/dawn scenes: canal-city-night, rainy-street, bridge, mars-dawn, canal-dock
import { Defs, rect, pth, strk, glow, cone, skyline, signV, signH, streak, bgDoc, hauler, el, n, rng, rectPath, poly, smooth, neonText, neonPath } from './bgkit.mjs';
import { ripples } from './util.mjs';

const NEONS = ['#35e4e8', '#ff3fa4', '#f2b544', '#ff3b52', '#9b4dff', '#a6e22e'];

/** ripple lines on water (one path) */
function waterLines(seed, y0, y1, color, op, count = 140) {
  const r = rng(seed);
  let d = '';
  for (let i = 0; i < count; i++) {
    const y = y0 + Math.pow(r(), 1.4) * (y1 - y0);
    const t = (y - y0) / (y1 - y0);
    const w = 20 + t * 220 * r();
    const x = r() * 1920;
    d += `M${n(x)} ${n(y)}h${n(w)}`;
  }
  return strk(d, color, 1.6, { opacity: op });
}

function phobos(D, x, y, s) {
  let out = glow(D, x, y, s * 2.4, s * 2.4, '#e8b0a0', 0.12);
  out += pth(smooth([[x - s, y - s * 0.2], [x - s * 0.5, y - s * 0.75], [x + s * 0.4, y - s * 0.7], [x + s, y - s * 0.1], [x + s * 0.7, y + s * 0.6], [x - s * 0.2, y + s * 0.7], [x - s * 0.85, y + s * 0.4]], true), '#b89690', { opacity: 0.55 });
  out += pth(smooth([[x + s * 0.1, y - s * 0.7], [x + s * 0.4, y - s * 0.7], [x + s, y - s * 0.1], [x + s * 0.7, y + s * 0.6], [x + s * 0.2, y + s * 0.55], [x + s * 0.45, y]], true), '#5a3440', { opacity: 0.5 });
  out += el('circle', { cx: x - s * 0.3, cy: y - s * 0.1, r: s * 0.18, fill: '#6e4a50', opacity: 0.5 });
  out += el('circle', { cx: x + s * 0.1, cy: y + s * 0.35, r: s * 0.1, fill: '#6e4a50', opacity: 0.5 });
  return out;
}

// ------------------------------------------------------------------ title backdrop
export function canalCityNight() {
  const D = new Defs('cc');
  const r = rng(2128);
  let s = '';
  s += rect(0, 0, 1920, 1080, D.lin([[0, '#0a0612'], [0.35, '#2a0a1c'], [0.58, '#6a1626'], [0.66, '#a3322c'], [0.7, '#3a0c1e'], [1, '#07050c']]));
  // faint dusty stars
  let st = '';
  for (let i = 0; i < 70; i++) st += `M${n(r() * 1920)} ${n(r() * 380)}h1.6`;
  s += strk(st, '#ffd9c8', 1.6, { opacity: 0.35 });
  s += phobos(D, 1460, 170, 30);
  s += glow(D, 960, 660, 1200, 200, '#ff5a3a', 0.28);
  // far skyline + megatowers
  const far = skyline(D, 11, { base: 690, hMin: 60, hMax: 220, wMin: 40, wMax: 110, color: '#3a1226', win: ['#ff9a6a'], winOp: 0.35, density: 0.12, cell: [10, 14], size: [4, 6] });
  let towers = '';
  for (const [x, w, top] of [[420, 70, 150], [1180, 90, 230], [1560, 60, 260]]) {
    towers += pth(`M${x} 700V${top + 60}L${x + w * 0.2} ${top + 20}L${x + w / 2} ${top - 40}L${x + w * 0.8} ${top + 20}L${x + w} ${top + 60}V700Z`, '#25091a');
    towers += strk(`M${x + w / 2} ${top - 40}v-60`, '#25091a', 4);
    towers += el('circle', { cx: x + w / 2, cy: top - 100, r: 4, fill: '#ff3b52' }) + glow(D, x + w / 2, top - 100, 22, 22, '#ff3b52', 0.5);
    towers += el('path', { d: rectPath(Array.from({ length: 18 }, (_, i) => [x + 10, top + 90 + i * 28, w - 20, 3])), fill: '#ff8a5a', opacity: 0.35 });
    towers += neonPath(`M${x + 4} ${top + 70}V690`, '#35e4e8', 1.5, 0.6);
  }
  const mid = skyline(D, 12, { base: 720, hMin: 90, hMax: 330, wMin: 70, wMax: 170, color: '#160818', win: ['#ffc46a', '#35e4e8', '#ff6a8a'], winOp: 0.6, density: 0.16, cell: [14, 20], size: [6, 9], antenna: 0.4 });
  // neon signs on the mid skyline
  let signs = '';
  const sr = rng(77);
  for (const [x, y, h, c] of [[150, 470, 180, 0], [330, 520, 140, 1], [640, 430, 220, 2], [820, 560, 110, 0], [1320, 450, 200, 1], [1500, 540, 130, 3], [1700, 420, 230, 0], [1040, 520, 150, 4]]) {
    signs += signV(sr, x, y, 36, h, NEONS[c]);
  }
  signs += signH('HOTEL', 1050, 470, 26, '#ff3fa4');
  signs += signH('24', 560, 600, 28, '#f2b544');
  const city = far + towers + mid + signs;
  s += `<g id="ccity">${city}</g>`;
  s += rect(0, 560, 1920, 180, D.lin([[0, '#ff5a3a', 0], [0.7, '#ff5a3a', 0.12], [1, '#ff5a3a', 0]]));
  // water
  s += rect(0, 720, 1920, 360, D.lin([[0, '#1a0a1a'], [0.3, '#0c0714'], [1, '#05040a']]));
  s += `<use href="#ccity" transform="matrix(1 0 0 -0.55 0 1116)" opacity="0.32"/>`;
  for (const [x, c] of [[168, 0], [348, 1], [658, 2], [838, 0], [1338, 1], [1518, 3], [1718, 0], [1058, 4]]) s += streak(D, x, 724, 26, 300, NEONS[c], 0.32);
  s += waterLines(5, 724, 1080, '#05040a', 0.9, 220);
  s += waterLines(6, 724, 1000, '#ff9a7a', 0.18, 90);
  // embankments (perspective) + distant bridge
  s += pth('M0 760L700 724L720 730L0 800Z', '#140a14') + pth('M1920 760L1220 724L1200 730L1920 800Z', '#140a14');
  s += strk('M0 760L700 724M1920 760L1220 724', '#35e4e8', 2, { opacity: 0.4 });
  s += pth('M640 706Q960 640 1280 706L1280 718Q960 662 640 718Z', '#12060f');
  s += strk('M640 704Q960 638 1280 704', '#f2b544', 2, { opacity: 0.6 });
  let bl = '';
  for (let i = 0; i < 12; i++) { const x = 680 + i * 52; bl += `M${x} ${n(702 - Math.sin((i / 11) * Math.PI) * 48)}h3`; }
  s += strk(bl, '#ffe09a', 4, { opacity: 0.9 });
  // foreground frame: left lamp + railing silhouettes
  s += pth('M0 880L560 850L560 866L0 900Z', '#05030a');
  let rails = '';
  for (let i = 0; i < 12; i++) rails += `M${i * 48} ${n(880 - i * 2.5)}v-60`;
  s += strk(rails + 'M0 820L560 792', '#05030a', 6);
  s += pth('M126 820V260h10V820Z', '#05030a') + pth('M96 262q35 -30 70 0z', '#05030a');
  s += glow(D, 131, 280, 160, 120, '#ffa53a', 0.35) + el('ellipse', { cx: 131, cy: 272, rx: 22, ry: 6, fill: '#ffe0a8' });
  s += cone(D, 131, 276, 560, 14, 160, '#ffa53a', 0.14);
  return bgDoc(D, s, { rainSeed: 31, rainDensity: 1.1, bottom: 0.6 });
}

// ------------------------------------------------------------------ rainy street
export function rainyStreet() {
  const D = new Defs('rs');
  const r = rng(404);
  const VX = 960, VY = 560;
  let s = '';
  s += rect(0, 0, 1920, 1080, D.lin([[0, '#0b0714'], [0.45, '#2a0c20'], [0.55, '#4a1426'], [1, '#07050b']]));
  s += glow(D, VX, VY - 40, 420, 220, '#ff6a4a', 0.25);
  // distant street end: buildings
  s += skyline(D, 41, { x0: 720, x1: 1200, base: VY + 20, hMin: 60, hMax: 240, wMin: 30, wMax: 70, color: '#2a0c22', win: ['#ffb36a', '#35e4e8'], winOp: 0.4, density: 0.2, cell: [9, 12], size: [4, 5] });
  // side facades in perspective
  const side = (sd) => {
    const X = (x) => (sd < 0 ? x : 1920 - x);
    let o = '';
    // facade planes: several buildings receding
    const blocks = [[0, 380, '#140816'], [380, 600, '#1c0a1c'], [600, 760, '#220c20'], [760, 860, '#2a0e24']];
    for (const [a, b, c] of blocks) {
      const ta = VY - (VY + 80) * (1 - a / VX) - 60, tb = VY - (VY + 80) * (1 - b / VX) - 60;
      const ba = VY + (1080 - VY) * (1 - a / VX) * 0.62, bb = VY + (1080 - VY) * (1 - b / VX) * 0.62;
      o += pth(poly([[X(a), ta], [X(b), tb], [X(b), bb], [X(a), ba]], true), c);
      // window rows along perspective
      const rows = 9;
      let wd = '';
      for (let k = 1; k < rows; k++) {
        const t = k / rows;
        const ya = ta + (ba - ta) * t, yb = tb + (bb - tb) * t;
        for (let j = 0; j < 5; j++) {
          if (r() < 0.45) continue;
          const u0 = (j + 0.2) / 5, u1 = (j + 0.6) / 5;
          const xa = a + (b - a) * u0, xb = a + (b - a) * u1;
          const y0 = ya + (yb - ya) * u0, y1 = ya + (yb - ya) * u1;
          const hh = ((ba - ta) / rows) * 0.45 * (1 - u0 * 0.3);
          wd += poly([[X(xa), y0], [X(xb), y1], [X(xb), y1 + hh], [X(xa), y0 + hh]], true);
        }
      }
      o += pth(wd, r() < 0.5 ? '#ffb36a' : '#6ad8ff', { opacity: 0.28 });
    }
    return o;
  };
  s += side(-1) + side(1);
  // street + sidewalks
  s += pth(`M0 1080L0 ${VY + 300}L${VX - 40} ${VY + 20}L${VX + 40} ${VY + 20}L1920 ${VY + 300}L1920 1080Z`, D.lin([[0, '#1a0c1c'], [1, '#08060c']]));
  s += pth(`M0 ${VY + 300}L${VX - 40} ${VY + 20}L${VX - 20} ${VY + 20}L300 1080L0 1080Z`, '#120a14');
  s += pth(`M1920 ${VY + 300}L${VX + 40} ${VY + 20}L${VX + 20} ${VY + 20}L1620 1080L1920 1080Z`, '#120a14');
  s += strk(`M300 1080L${VX - 20} ${VY + 20}M1620 1080L${VX + 20} ${VY + 20}`, '#35e4e8', 2, { opacity: 0.25 });
  // lane dashes
  let dash = '';
  for (let i = 0; i < 8; i++) { const t0 = Math.pow(i / 8, 1.8), t1 = Math.pow((i + 0.5) / 8, 1.8); dash += `M${VX} ${n(VY + 24 + t0 * 500)}L${VX} ${n(VY + 24 + t1 * 500)}`; }
  s += strk(dash, '#e8d8b0', 5, { opacity: 0.18 });
  // neon signs on both sides, big & close
  const sg = rng(9);
  const signsL = [[60, 120, 70, 300, 0], [250, 230, 54, 220, 1], [420, 320, 40, 150, 2], [560, 380, 30, 110, 5]];
  const signsR = [[1790, 110, 70, 320, 1], [1610, 220, 56, 220, 0], [1460, 300, 40, 160, 4], [1340, 370, 30, 110, 2]];
  let signs = '';
  for (const [x, y, w, h, c] of [...signsL, ...signsR]) signs += signV(sg, x, y, w, h, NEONS[c]);
  signs += signH('NOODLE', 420, 250, 30, '#f2b544', { anchor: 'start' });
  signs += signH('REPAIR', 1250, 270, 28, '#35e4e8', { anchor: 'start' });
  signs += signH('BAR', 700, 420, 20, '#ff3fa4', { anchor: 'start' });
  signs += signH('HOTEL', 1110, 410, 18, '#ff3b52', { anchor: 'start' });
  s += signs;
  // street light glows
  s += glow(D, 640, 470, 140, 80, '#ffa53a', 0.25) + glow(D, 1290, 470, 140, 80, '#35e4e8', 0.2);
  // overhead wires
  s += strk('M0 90Q700 220 1920 60M0 160Q900 300 1920 140M200 0Q600 260 1100 360', '#05030a', 2.4, { opacity: 0.9 });
  // reflections on wet street
  for (const [x, , w, , c] of [...signsL, ...signsR]) s += streak(D, x + w / 2, 800, w * 0.8, 280, NEONS[c], 0.22);
  s += streak(D, 540, 780, 180, 300, '#f2b544', 0.12) + streak(D, 1340, 780, 180, 300, '#35e4e8', 0.12);
  s += streak(D, VX, VY + 30, 60, 360, '#ff6a4a', 0.2);
  s += ripples(71, 50, [200, 800, 1520, 280], '#cfefff', 0.16);
  // puddle highlight
  s += el('ellipse', { cx: 760, cy: 940, rx: 220, ry: 26, fill: '#35e4e8', opacity: 0.06 });
  return bgDoc(D, s, { rainSeed: 12, rainDensity: 1.2 });
}

// ------------------------------------------------------------------ bridge (climax)
export function bridge() {
  const D = new Defs('br');
  const VX = 1180, VY = 590, F = 900, EYE = 1.6;
  const X = (x, z) => VX + (x / z) * F;
  const Y = (h, z) => VY + ((EYE - h) / z) * F;
  let s = '';
  s += rect(0, 0, 1920, 1080, D.lin([[0, '#07050e'], [0.35, '#1c0a22'], [0.52, '#4a1226'], [0.56, '#6a1a2a'], [0.6, '#2a0a1c'], [1, '#06040a']]));
  s += glow(D, 700, 590, 1000, 120, '#ff5a3a', 0.22);
  // city beyond the canal
  s += skyline(D, 61, { base: 594, hMin: 40, hMax: 250, wMin: 40, wMax: 110, color: '#2a0c20', win: ['#ffb36a', '#35e4e8', '#ff6a8a'], winOp: 0.5, density: 0.14, cell: [9, 13], size: [4, 6] });
  s += skyline(D, 62, { base: 596, hMin: 20, hMax: 110, wMin: 50, wMax: 130, color: '#1a0818', win: ['#ffb36a'], winOp: 0.4, density: 0.12, cell: [8, 11], size: [3, 4] });
  const sr = rng(5);
  let signs = '';
  for (const [x, y, h, c] of [[140, 440, 130, 0], [420, 400, 170, 1], [760, 470, 100, 2], [1500, 430, 140, 0], [1780, 460, 110, 4]]) signs += signV(sr, x, y, 24, h, NEONS[c]);
  s += `<g id="brcity">${signs}</g>`;
  // canal water between the far bank and the bridge
  s += rect(0, 596, 1920, 484, D.lin([[0, '#1e0a1a'], [0.4, '#0c0612'], [1, '#04030a']]));
  s += `<use href="#brcity" transform="matrix(1 0 0 -0.7 0 1013)" opacity="0.28"/>`;
  for (const [x, c] of [[152, 0], [432, 1], [772, 2], [1512, 0], [1792, 4]]) s += streak(D, x, 600, 16, 200, NEONS[c], 0.35);
  s += waterLines(8, 600, 900, '#04030a', 0.9, 160) + waterLines(9, 600, 760, '#ff9a7a', 0.16, 60);
  // bridge deck (we stand on it), wet stone receding to the vanishing point
  const zs = [1.1, 1.5, 2, 2.7, 3.6, 4.8, 6.4, 8.5, 11, 15, 20, 28, 40, 60, 100, 200];
  const deck = poly([[X(-3.2, 1.1), Y(0, 1.1)], [X(-3.2, 200), Y(0, 200)], [X(3.2, 200), Y(0, 200)], [X(3.2, 1.1), Y(0, 1.1)]], true);
  s += pth(deck, D.lin([[0, '#2a1620'], [0.25, '#140a12'], [1, '#07050a']]));
  let joints = '';
  for (const z of zs) joints += `M${n(X(-3.2, z))} ${n(Y(0, z))}L${n(X(3.2, z))} ${n(Y(0, z))}`;
  joints += `M${n(X(0, 1.1))} ${n(Y(0, 1.1))}L${n(X(0, 200))} ${n(Y(0, 200))}`;
  s += strk(joints, '#05030a', 3, { opacity: 0.6 });
  // railings (both sides) with balusters
  const railing = (side) => {
    const x = side * 3.2;
    const rz = [];
    for (let z = 1.2; z < 160; z *= 1.09) rz.push(z);
    const groups = [[0, 2.5, 12], [2.5, 6, 7], [6, 16, 4], [16, 999, 2]];
    let o = '';
    for (const [z0, z1, w] of groups) {
      let bal = '';
      for (const z of rz) if (z >= z0 && z < z1) bal += `M${n(X(x, z))} ${n(Y(1.02, z))}L${n(X(x, z))} ${n(Y(0, z))}`;
      if (bal) o += strk(bal, '#0a060c', w);
    }
    const top = rz.map((z) => [X(x, z), Y(1.1, z)]);
    const mid = rz.map((z) => [X(x, z), Y(0.55, z)]);
    const base = rz.map((z) => [X(x, z), Y(0, z)]);
    o += pth(poly([...base, ...rz.slice().reverse().map((z) => [X(x, z), Y(0.12, z)])], true), '#0c080e');
    o += strk(poly(mid), '#0a060c', 5);
    o += pth(poly([...top, ...rz.slice().reverse().map((z) => [X(x, z), Y(1.02, z)])], true), '#120a14');
    o += strk(poly(top), '#35e4e8', 1.6, { opacity: 0.3 });
    return o;
  };
  s += railing(-1) + railing(1);
  // lone streetlamp on the right railing
  const lz = 8, lbx = X(3.2, lz), lby = Y(0, lz), lty = Y(4.6, lz), hx = X(1.6, lz);
  s += cone(D, hx, lty + 14, lby - lty - 10, 12, 150, '#ffe2b0', 0.2);
  s += strk(`M${n(lbx)} ${n(lby)}V${n(lty)}Q${n(lbx)} ${n(lty - 20)} ${n(lbx - 30)} ${n(lty - 16)}L${n(hx + 10)} ${n(lty + 2)}`, '#0a060c', 8);
  s += pth(`M${n(hx - 24)} ${n(lty + 14)}L${n(hx - 14)} ${n(lty)}H${n(hx + 18)}L${n(hx + 26)} ${n(lty + 14)}Z`, '#0a060c');
  s += el('ellipse', { cx: hx, cy: lty + 15, rx: 22, ry: 5, fill: '#fff4dc' }) + glow(D, hx, lty + 20, 200, 150, '#ffe2b0', 0.42);
  s += el('ellipse', { cx: hx, cy: lby - 8, rx: 200, ry: 28, fill: D.rad([[0, '#ffe2b0', 0.3], [1, '#ffe2b0', 0]]) });
  s += streak(D, hx, lby - 4, 50, 330, '#ffe2b0', 0.2);
  // lit rain inside the cone
  const rr = rng(3);
  let lit = '';
  for (let i = 0; i < 80; i++) { const t = rr(); const y = lty + 30 + t * (lby - lty - 40); const spread = 12 + t * 140; const x = hx + (rr() * 2 - 1) * spread; lit += `M${n(x)} ${n(y)}l-4 ${n(16 + rr() * 16)}`; }
  s += strk(lit, '#fff1d0', 1.6, { opacity: 0.5 });
  // a far lamp on the left railing for depth
  const fz = 34, fx = X(-2.2, fz), fy = Y(4.6, fz);
  s += strk(`M${n(X(-3.2, fz))} ${n(Y(0, fz))}V${n(fy)}L${n(fx)} ${n(fy)}`, '#0a060c', 3);
  s += el('circle', { cx: fx, cy: fy + 3, r: 3, fill: '#fff4dc' }) + glow(D, fx, fy + 4, 50, 40, '#ffe2b0', 0.4);
  // neon reflections smeared on the wet deck
  s += streak(D, 760, 760, 80, 320, '#35e4e8', 0.07) + streak(D, 420, 800, 90, 280, '#ff3fa4', 0.06);
  return bgDoc(D, s, { rainSeed: 77, rainDensity: 1.3 });
}

// ------------------------------------------------------------------ mars dawn
export function marsDawn() {
  const D = new Defs('md');
  const r = rng(2128);
  let s = '';
  s += rect(0, 0, 1920, 1080, D.lin([[0, '#1b1640'], [0.3, '#4a1a3a'], [0.5, '#9a3a34'], [0.6, '#e08a56'], [0.64, '#f2b47a'], [1, '#3a1414']]));
  // small pale sun + halo
  s += glow(D, 1330, 560, 520, 240, '#ffd7a8', 0.45) + glow(D, 1330, 560, 120, 120, '#fff4e0', 0.6);
  s += el('circle', { cx: 1330, cy: 560, r: 17, fill: '#fff8ea' });
  // high thin dust streaks, a few fading stars, a small far moon (Deimos)
  s += strk('M-40 150Q600 120 1300 170M200 210Q900 180 1700 230M900 90Q1400 70 1960 110', '#f0b0a0', 10, { opacity: 0.07 });
  s += strk('M-40 152Q600 122 1300 172M900 92Q1400 72 1960 112', '#ffd0c0', 2, { opacity: 0.06 });
  let stars = '';
  for (let i = 0; i < 40; i++) stars += `M${n(r() * 1920)} ${n(r() * 260)}h1.5`;
  s += strk(stars, '#ffe8e0', 1.5, { opacity: 0.4 });
  s += el('circle', { cx: 420, cy: 120, r: 5, fill: '#e8c8c0', opacity: 0.55 });
  // a thin ascending contrail (ore shuttle)
  s += strk('M1560 330Q1620 200 1700 60', '#ffe0d0', 2.5, { opacity: 0.35 }) + el('circle', { cx: 1700, cy: 60, r: 3, fill: '#fff' });
  // dust bands
  s += rect(0, 420, 1920, 90, D.lin([[0, '#ffc7a0', 0], [0.5, '#ffc7a0', 0.12], [1, '#ffc7a0', 0]]));
  // far mesas
  s += pth(smooth([[-20, 640], [120, 600], [260, 610], [300, 560], [520, 556], [560, 600], [760, 612], [900, 590], [1000, 600], [1100, 580], [1420, 596], [1500, 560], [1700, 566], [1760, 600], [1940, 610], [1940, 700], [-20, 700]], true, 0.4), '#b0584a', { opacity: 0.8 });
  s += pth(smooth([[-20, 660], [200, 640], [420, 650], [700, 630], [980, 650], [1300, 636], [1600, 648], [1940, 632], [1940, 720], [-20, 720]], true, 0.5), '#8a3a36');
  // terraforming works: atmospheric processors, stacks, pipelines
  let ind = '';
  const towers = [[180, 420, 60], [330, 500, 40], [1560, 380, 70], [1720, 470, 44], [560, 540, 30]];
  for (const [x, top, w] of towers) {
    ind += `M${x} 690V${top + 40}L${x + w * 0.2} ${top}H${x + w * 0.8}L${x + w} ${top + 40}V690Z`;
    ind += `M${x - 10} ${top + 80}h${w + 20}v10h${-(w + 20)}z`;
  }
  ind += 'M700 690V610h90v80zM720 610q25 -40 50 0zM1180 690V590h40v100zM1240 690V620h140v70zM1260 620q50 -50 100 0z';
  s += pth(ind, '#4a1a22');
  // plumes
  for (const [x, top, w] of towers) s += el('ellipse', { cx: x + w / 2 + 60, cy: top - 60, rx: 110, ry: 50, fill: D.rad([[0, '#f8d2b8', 0.35], [1, '#f8d2b8', 0]]) });
  s += strk('M0 676L700 664L1180 668L1920 660', '#3a1418', 6) + strk('M0 684L1920 672', '#2a0e12', 3);
  // tower lights
  let tl = '';
  for (const [x, top, w] of towers) tl += `M${x + w / 2} ${top + 6}h2`;
  s += strk(tl, '#ff3b52', 6);
  // the plain (mid ground) with dust
  s += pth('M-20 700Q960 670 1940 700V1080H-20Z', D.lin([[0, '#6a2a22'], [0.4, '#3a1614'], [1, '#120808']]));
  // road the haulers walk on
  s += pth('M-20 760Q960 730 1940 764L1940 790Q960 756 -20 788Z', '#7a3a2c', { opacity: 0.8 });
  s += strk('M-20 760Q960 730 1940 764', '#f2a070', 2, { opacity: 0.5 });
  // line of Nean labourers hauling loads (silhouettes with dawn rim)
  let haul = '', rim = '';
  const loads = ['box', 'sack', 'box', 'pipe', 'box', 'sack', 'box', 'box', 'sack', 'box', 'box'];
  for (let i = 0; i < 11; i++) {
    const x = 160 + i * 150 + r.range(-20, 20);
    const y = 762 - Math.sin((x / 1920) * Math.PI) * 26 + 4;
    const h = 64 + r.range(-4, 6);
    haul += hauler(x, y, h, r.range(-1, 1), '#1a0a0c', loads[i]);
    rim += hauler(x + 2, y, h, r.range(-1, 1), '#ffb37a', loads[i]);
  }
  s += `<g opacity="0.6">${rim}</g>` + haul;
  // overseer drone + pylons
  s += pth('M1500 520h40l10 8h-60z', '#2a0e14') + strk('M1490 528h80', '#2a0e14', 2);
  s += el('circle', { cx: 1520, cy: 534, r: 3, fill: '#35e4e8' });
  let pyl = '';
  for (const x of [80, 900, 1820]) pyl += `M${x} 800V560M${x - 30} 580h60M${x - 20} 610h40`;
  s += strk(pyl, '#1a0a0c', 6);
  s += strk('M80 580Q490 640 900 580Q1360 640 1820 580', '#1a0a0c', 2);
  // dust motes
  let mote = '';
  for (let i = 0; i < 160; i++) mote += `M${n(r() * 1920)} ${n(380 + r() * 520)}h${n(1 + r() * 3)}`;
  s += strk(mote, '#ffd2b0', 2, { opacity: 0.35 });
  s += rect(0, 640, 1920, 160, D.lin([[0, '#ffb488', 0], [0.5, '#ffb488', 0.14], [1, '#ffb488', 0]]));
  return bgDoc(D, s, { rainSeed: 0, bottom: 0.85 });
}

// ------------------------------------------------------------------ canal dock (Nectar deal)
export function canalDock() {
  const D = new Defs('dk');
  let s = '';
  // sky + far city up the canal (left)
  s += rect(0, 0, 1920, 1080, D.lin([[0, '#06050d'], [0.45, '#1e0a1c'], [0.6, '#3a1020'], [1, '#050409']]));
  s += glow(D, 260, 600, 500, 120, '#35e4e8', 0.12) + glow(D, 300, 620, 400, 80, '#ff5a3a', 0.14);
  s += skyline(D, 301, { x0: -20, x1: 640, base: 640, hMin: 30, hMax: 170, wMin: 30, wMax: 80, color: '#1a0a1c', win: ['#6ad8ff', '#ffb36a'], winOp: 0.45, density: 0.16, cell: [8, 11], size: [3, 5] });
  const sr = rng(17);
  s += signV(sr, 120, 500, 16, 90, '#35e4e8') + signV(sr, 380, 520, 14, 70, '#ff3fa4');
  // canal receding on the left
  s += pth('M-10 640H640L560 730L-10 850Z', D.lin([[0, '#1a0a1a'], [1, '#06040a']]));
  s += streak(D, 128, 642, 12, 150, '#35e4e8', 0.3) + streak(D, 387, 642, 10, 110, '#ff3fa4', 0.3);
  s += waterLines(31, 646, 850, '#06040a', 0.9, 60) + waterLines(32, 646, 800, '#35e4e8', 0.1, 30);
  // warehouse: big corrugated wall from the corner at x=560
  s += pth('M560 0H1920V720H560Z', D.lin([[0, '#0e0a14'], [1, '#1c1420']]));
  let corr = '';
  for (let x = 580; x < 1920; x += 18) corr += `M${x} 30V720`;
  s += strk(corr, '#0a070e', 4, { opacity: 0.7 });
  s += strk(corr.replace(/M(\d+)/g, (m, x) => `M${+x + 6}`), '#2a2030', 1.4, { opacity: 0.45 });
  s += rect(540, 0, 1380, 34, '#07050a') + rect(548, 0, 26, 720, '#120c16') + strk('M574 0V720', '#3a2c38', 2);
  s += strk('M600 34V720', '#07050a', 10); // drainpipe
  // big rolling door, half open, sickly green Nectar glow inside
  const dx0 = 1100, dx1 = 1660;
  s += rect(dx0, 230, dx1 - dx0, 490, '#0a080c');
  s += rect(dx0, 500, dx1 - dx0, 220, D.lin([[0, '#a6e22e', 0.04], [1, '#a6e22e', 0.3]]));
  let slats = '';
  for (let y = 236; y < 500; y += 16) slats += `M${dx0} ${y}H${dx1}`;
  s += rect(dx0, 230, dx1 - dx0, 270, '#241e2a') + strk(slats, '#15111a', 3);
  s += rect(dx0 - 14, 218, dx1 - dx0 + 28, 18, '#241c2a') + rect(dx0 - 14, 218, 16, 502, '#241c2a') + rect(dx1 - 2, 218, 16, 502, '#241c2a');
  s += strk(`M${dx0} 500H${dx1}`, '#a6e22e', 3, { opacity: 0.55 });
  s += `<g opacity="0.3">${neonText('DOCK 7', 1380, 300, 60, '#d8cfc0', { glow: 0, tube: 9, core: '#d8cfc0', anchor: 'middle' })}</g>`;
  // the crate of vials inside
  s += rect(1300, 590, 220, 130, '#22241a') + rect(1290, 566, 240, 30, '#34361f');
  let vials = '';
  for (let i = 0; i < 9; i++) vials += `M${1308 + i * 25} 574v-34`;
  s += glow(D, 1410, 560, 300, 140, '#a6e22e', 0.38);
  s += strk(vials, '#a6e22e', 11, { opacity: 0.9 }) + strk(vials, '#e4ff8a', 3);
  // sodium lamp on a bracket at the warehouse corner
  s += strk('M600 150h110v24', '#07050a', 9);
  s += pth('M676 172h68l-10 26h-48z', '#07050a') + el('ellipse', { cx: 710, cy: 200, rx: 28, ry: 6, fill: '#ffd9a0' });
  s += glow(D, 710, 210, 280, 190, '#ffa53a', 0.5);
  s += cone(D, 710, 200, 560, 26, 420, '#ffa53a', 0.24);
  // crates stacked under the lamp
  const crate = (x, y, w, h, c = '#3a2a1e') => rect(x, y, w, h, c) + strk(`M${x} ${y}h${w}v${h}h${-w}zM${x} ${y}L${x + w} ${y + h}M${x + w} ${y}L${x} ${y + h}`, '#1a120c', 4) + rect(x, y, 10, h, '#ffa53a', { opacity: 0.3 });
  s += crate(640, 560, 190, 170) + crate(840, 610, 150, 120, '#2e2418') + crate(680, 420, 140, 140, '#33261a');
  // drums + pallet on the right
  const drum = (x, y) => rect(x, y, 70, 100, '#1e2a30') + el('ellipse', { cx: x + 35, cy: y, rx: 35, ry: 9, fill: '#2a3a44' }) + strk(`M${x} ${y + 30}h70M${x} ${y + 70}h70`, '#0c1418', 4) + rect(x + 4, y + 4, 6, 90, '#a6e22e', { opacity: 0.15 });
  s += drum(1700, 626) + drum(1780, 634) + drum(1740, 560);
  s += rect(1700, 726, 200, 14, '#2a2016');
  // dock floor: wet concrete
  s += pth('M560 720H1920V1080H-10V850Z', D.lin([[0, '#2a1e22'], [0.3, '#16101a'], [1, '#06050a']]));
  s += strk('M-10 850L560 724H1920', '#4a3a36', 3, { opacity: 0.8 });
  s += strk('M-10 858L560 730', '#ffa53a', 2, { opacity: 0.3 });
  // bollards + rope along the quay edge
  s += pth('M330 790h34v-40q-17 -12 -34 0z', '#0a080c') + pth('M90 846h40v-48q-20 -14 -40 0z', '#0a080c');
  s += strk('M347 760Q420 800 520 790', '#4a3a2a', 4);
  // reflections on the wet ground
  s += streak(D, 710, 740, 150, 320, '#ffa53a', 0.28);
  s += streak(D, 1410, 730, 240, 300, '#a6e22e', 0.18);
  s += ripples(13, 30, [300, 760, 1500, 300], '#ffcf8a', 0.12);
  return bgDoc(D, s, { rainSeed: 0, bottom: 0.85 });
}
