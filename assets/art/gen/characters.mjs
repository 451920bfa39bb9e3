// Character sprites. 800x1400, figure head -> mid-thigh, centred on x=400.
import { el, n, smooth, mirror, poly } from './util.mjs';
import { head, curlPath, tube, glasses, shineArc, INK } from './face.mjs';
import { sprite, star } from './sprite.mjs';

const ink = (w = 3) => ({ stroke: INK, 'stroke-width': w, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' });
const path = (d, fill, w = 3, extra = {}) => el('path', { d, fill, ...ink(w), ...extra });
const fillOnly = (d, fill, op = 1, extra = {}) => el('path', { d, fill, opacity: op, ...extra });
const line = (d, color = INK, w = 2, op = 1) => el('path', { d, fill: 'none', stroke: color, 'stroke-width': w, opacity: op, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });

/** neck with optional android seam */
function neck(cx, y0, y1, w, skin, skinSh, android) {
  let s = path(`M${cx - w} ${y0}L${cx - w - 6} ${y1 + 28}Q${cx} ${y1 + 44} ${cx + w + 6} ${y1 + 28}L${cx + w} ${y0}Z`, skin, 3);
  s += fillOnly(`M${cx - w} ${y0}L${cx + w} ${y0}L${cx + w + 1} ${y0 + 46}Q${cx} ${y0 + 76} ${cx - w - 1} ${y0 + 46}Z`, skinSh, 0.9);
  if (android) {
    const sy = y1 - 26;
    s += line(`M${cx - w - 2} ${sy}Q${cx} ${sy + 9} ${cx + w + 2} ${sy}`, '#8d6273', 1.6, 0.7);
    s += el('circle', { cx: cx + w - 9, cy: sy - 14, r: 3.4, fill: '#7c5a6a', stroke: '#5b3c4c', 'stroke-width': 1 });
    s += el('circle', { cx: cx + w - 9, cy: sy - 14, r: 1.2, fill: '#8ff3f3', opacity: 0.8 });
  }
  return s;
}

// ---------------------------------------------------------------- ROUGE
const ROUGE = {
  skin: '#f6e0d8', skinSh: '#d9a9ab',
  hair: '#a8142f', hairDk: '#5a0a1d', hairHi: '#ff5a6c',
  coat: '#2c2738', coatDk: '#1a1624', coatHi: '#4a4160',
  top: '#d8d2da', topSh: '#a59cb0',
};
function rougeHead(expr, id) {
  const C = ROUGE;
  const back = smooth([[0, -192], [72, -182], [126, -132], [144, -50], [148, 40], [154, 126], [140, 172], [116, 152], [98, 176], [60, 124], [-60, 124], [-98, 176], [-116, 152], [-140, 172], [-154, 126], [-148, 40], [-144, -50], [-126, -132], [-72, -182]], true);
  const frontPts = [
    [-128, -10], [-130, -104], [-66, -184], [36, -194], [110, -146], [134, -62],
    [140, 36], [132, 156, 0.08], [112, 70, -0.06], [102, 4],
    [88, -16, 0.2], [82, -84, -0.06], [54, -30, 0.2], [44, -92, -0.06], [10, -40, 0.2], [2, -98, -0.06], [-36, -52, 0.2], [-44, -100, -0.06], [-76, -40, 0.2], [-86, -90, -0.06], [-104, -20, 0.16],
    [-104, 20, 0], [-124, 150, 0.08], [-138, 40, -0.05],
  ];
  const front = curlPath(frontPts, -0.06);
  const hairBack = path(back, C.hairDk, 3);
  let hairFront = path(front, C.hair, 3);
  // strand lines and shine
  hairFront += line('M-20 -160Q-40 -110 -46 -60M30 -170Q40 -120 26 -100M80 -150Q96 -90 90 -30M-90 -140Q-110 -80 -104 -10M118 40Q124 100 128 140M-118 40Q-120 100 -122 140', C.hairDk, 2.4, 0.6);
  hairFront += shineArc(0, -96, 104, 64, 200, 335, 5, C.hairHi, 7, 0.85);
  // star clip (Redstar) on the left temple lock
  hairFront += el('path', { d: star(-104, -66, 15, 6.5, -72), fill: '#e9e6f2', stroke: INK, 'stroke-width': 2.2, 'stroke-linejoin': 'round' });
  return head({
    id, kind: 'f', skin: C.skin, skinSh: C.skinSh,
    eyeColor: '#c8283e', eyeDark: '#4a0616', eyeLight: '#ff9aa6', eyeFlat: '#8c3a48', lidShadow: '#8a5060',
    browColor: '#6a0c20', hairBack, hairFront, hairFrontPath: front,
  }, expr, 400, 305);
}
function rougeBody() {
  const C = ROUGE;
  let s = '';
  s += fillOnly('M336 430L464 430L548 540L252 540Z', C.coatDk);
  // back collar
  s += path('M340 476Q400 452 460 476L468 414Q400 398 332 414Z', C.coatDk, 3);
  s += neck(400, 380, 488, 28, C.skin, C.skinSh, true);
  // top (pale crewneck)
  s += path('M292 508L362 488Q400 520 438 488L508 508L524 720L506 1000L514 1400L286 1400L294 1000L276 720Z', C.top, 3);
  s += fillOnly('M438 488L508 508L524 720L506 1000L514 1400L420 1400Q460 1100 440 700Z', C.topSh, 0.55);
  s += path('M296 940L504 940L512 1400L288 1400Z', '#16131d', 3);
  s += line('M400 1010L400 1400', '#07060b', 3, 0.9);
  s += path('M296 930L504 930L504 952L296 952Z', '#2a2230', 2);
  // coat panels
  const coatL = [[366, 484], [320, 436], [296, 498], [262, 516], [270, 700], [284, 880], [258, 1400], [372, 1400], [372, 1000], [364, 860], [346, 720], [330, 590]];
  for (const side of [-1, 1]) {
    const pts = side < 0 ? coatL : mirror(coatL);
    s += path(poly(pts, true), C.coat, 3.2);
  }
  s += fillOnly(poly(mirror(coatL), true), C.coatDk, 0.45);
  // lapels
  const lap = [[366, 486], [322, 440], [310, 520], [348, 706], [338, 590]];
  s += path(poly(lap, true), C.coatHi, 2.6);
  s += path(poly(mirror(lap), true), C.coat, 2.6);
  // sleeves: hands tucked in pockets
  for (const side of [-1, 1]) {
    const pts = [[282, 522], [250, 640], [238, 780], [256, 900], [300, 968]];
    const arm = side < 0 ? pts : mirror(pts);
    s += path(tube(arm, [96, 86, 76, 70, 66]), side < 0 ? C.coat : C.coatDk, 3.2);
    s += line(side < 0 ? 'M262 760Q250 800 258 860' : 'M538 760Q550 800 542 860', C.coatDk, 2.4, 0.9);
  }
  // pockets
  s += path('M270 944L340 962L336 988L268 972Z', C.coatDk, 2.6);
  s += path('M530 944L460 962L464 988L532 972Z', '#120f1a', 2.6);
  // belt (loose)
  s += path('M276 890L372 902L372 930L280 918Z', C.coatDk, 2.4);
  s += path('M524 890L428 902L428 930L520 918Z', '#120f1a', 2.4);
  s += path('M424 910L452 960L440 1010L430 962L412 930Z', C.coatDk, 2.2);
  // seams
  s += line('M300 1000L296 1400M500 1000L504 1400', C.coatDk, 2, 0.8);
  s += line('M300 520L282 520', C.coatHi, 2, 0.5);
  return s;
}
export function rouge(expr) {
  const h = rougeHead(expr, 'r');
  return sprite(h.back + rougeBody() + h.svg, h.defs, '#ff4660');
}
export const ROUGE_EXPR = {
  neutral: { eyes: 'half', mouth: 'small', browIn: 2, browOut: 2 },
  blank: { eyes: 'blank', mouth: 'small', browIn: 0, browOut: 4, browArch: 0.3 },
  surprised: { eyes: 'wide', mouth: 'o', browIn: -14, browOut: -12, browArch: 1.4 },
  determined: { eyes: 'narrow', lidTilt: 0.14, mouth: 'line', browIn: 12, browOut: -6, browArch: 0.6 },
  hurt: { eyes: 'squint', lidTilt: -0.05, mouth: 'wince', browIn: -12, browOut: 6, hurt: true, sweat: true },
};

// ---------------------------------------------------------------- helpers
function fist(cx, cy, r, fill, side = 1) {
  let s = path(`M${cx - r} ${cy - r * 0.7}Q${cx - r * 1.1} ${cy + r * 0.9} ${cx} ${cy + r}Q${cx + r * 1.1} ${cy + r * 0.8} ${cx + r * 0.95} ${cy - r * 0.6}Q${cx} ${cy - r * 1.2} ${cx - r} ${cy - r * 0.7}Z`, fill, 3);
  s += line(`M${cx - r * 0.6} ${cy}q${r * 0.3} ${-r * 0.15} ${r * 0.5} 0M${cx - r * 0.05} ${cy + r * 0.05}q${r * 0.3} ${-r * 0.15} ${r * 0.5} 0`, INK, 1.8, 0.6);
  s += line(`M${cx + side * r * 0.2} ${cy - r * 0.8}q${side * r * 0.5} ${r * 0.5} ${side * r * 0.3} ${r * 0.9}`, INK, 2, 0.7);
  return s;
}
/** wavy edge points: x = base + amp*sin */
function wave(x0, x1, y0, y1, steps, amp, freq, phase = 0) {
  const pts = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps, y = y0 + (y1 - y0) * t;
    pts.push([x0 + (x1 - x0) * t + amp * Math.sin(t * freq * Math.PI * 2 + phase), y]);
  }
  return pts;
}

// ---------------------------------------------------------------- SARAH
const SARAH = {
  skin: '#f7e0d0', skinSh: '#dba99c',
  hair: '#e3b262', hairDk: '#a66e2c', hairHi: '#fff1b6',
  dress: '#161b33', dressHi: '#2e3b6e', gold: '#f2b544', goldDk: '#8c5a14', glove: '#121222',
};
function sarahHead(expr, id) {
  const C = SARAH;
  const right = wave(150, 196, -40, 560, 12, 16, 1.6, 0.4);
  const left = wave(-150, -200, -40, 560, 12, 16, 1.6, 2.2);
  const back = smooth([[0, -198], [96, -184], [146, -110], ...right, [150, 600], [60, 420], [-60, 420], [-160, 600], ...left.reverse(), [-146, -110], [-96, -184]], true);
  // front: side-swept fringe from a left part + two long waves framing the face
  const fringe = [
    [-118, -20], [-128, -112], [-60, -190], [40, -194], [114, -146], [132, -60], [126, 10],
    [104, -18, 0.18], [86, -84, 0.06], [54, -42, 0.2], [34, -110, 0.06], [-4, -62, 0.2], [-20, -130, 0.06], [-56, -80, 0.18], [-66, -128, 0.04], [-96, -40, 0.12],
  ];
  const fr = curlPath(fringe, -0.08);
  const lockR = smooth([[112, -80], [138, -20], [142, 60], ...wave(150, 168, 100, 430, 7, 14, 1.3, 1).slice(1), [150, 470], [120, 380], ...wave(118, 104, 300, 30, 6, 10, 1.3, 3).slice(1), [98, -20]], true);
  const lockL = smooth([[-112, -80], [-138, -20], [-142, 60], ...wave(-150, -172, 100, 440, 7, 14, 1.3, 2.4).slice(1), [-160, 480], [-124, 390], ...wave(-118, -104, 300, 30, 6, 10, 1.3, 0.4).slice(1), [-98, -20]], true);
  let hairBack = path(back, C.hairDk, 3);
  hairBack += line(smooth(wave(170, 180, 40, 520, 8, 12, 1.6, 0.4)) + smooth(wave(-172, -186, 40, 520, 8, 12, 1.6, 2.2)), '#7c4e1c', 2.4, 0.6);
  let hairFront = path(lockR, C.hair, 3) + path(lockL, C.hair, 3);
  hairFront += line(smooth(wave(132, 140, 80, 400, 6, 9, 1.3, 1)) + smooth(wave(-134, -146, 80, 410, 6, 9, 1.3, 2.4)), C.hairDk, 2.2, 0.7);
  hairFront += path(fr, C.hair, 3);
  hairFront += line('M-30 -170Q-10 -120 -4 -70M40 -176Q70 -120 60 -50M-90 -140Q-104 -90 -100 -40', C.hairDk, 2.2, 0.6);
  hairFront += shineArc(0, -98, 104, 66, 200, 335, 5, C.hairHi, 7, 0.9);
  // earrings (gold drops) hang below the hair lock edge
  const ear = (x) => el('path', { d: `M${x} 40l0 18M${x - 7} 66l7 -10l7 10l-7 18z`, fill: C.gold, stroke: INK, 'stroke-width': 2 });
  hairFront += ear(-116) + ear(116);
  return head({
    id, kind: 'f', skin: C.skin, skinSh: C.skinSh,
    eyeColor: '#3f93b4', eyeDark: '#12324a', eyeLight: '#a8ecf6', lidShadow: '#8a6a6a',
    browColor: '#9a6426', hairBack, hairFront, hairFrontPath: fr, mouthDark: '#6a1a2a',
    faceDetail: () => '',
  }, expr, 400, 300);
}
function sarahBody() {
  const C = SARAH;
  let s = '';
  s += neck(400, 380, 486, 27, C.skin, C.skinSh, false);
  // bare shoulders
  s += path('M372 470Q330 492 290 500Q262 510 258 560L270 640L530 640L542 560Q538 510 510 500Q470 492 428 470Z', C.skin, 3);
  s += fillOnly('M470 492Q520 500 536 540L530 640L470 640Z', C.skinSh, 0.5);
  // android tell: a tiny port behind the jaw on the neck
  s += el('circle', { cx: 419, cy: 438, r: 3, fill: '#9c6f72', stroke: '#7b5356', 'stroke-width': 1 });
  // gown
  const gown = [[384, 468], [346, 528], [318, 600], [322, 700], [336, 830], [308, 1000], [284, 1400], [516, 1400], [492, 1000], [464, 830], [478, 700], [482, 600], [454, 528], [416, 468]];
  s += path(smooth(gown, true, 0.6), C.dress, 3.2);
  s += fillOnly(smooth([[430, 500], [470, 560], [480, 700], [464, 830], [492, 1000], [516, 1400], [440, 1400], [450, 1000], [440, 700]], true), '#0b0e1e', 0.7);
  s += fillOnly(smooth([[340, 620], [360, 560], [372, 700], [352, 900], [320, 1200], [306, 1100], [330, 800]], true), C.dressHi, 0.55);
  // halter neck ring + keyhole
  s += path('M372 452Q400 466 428 452L430 472Q400 486 370 472Z', C.gold, 2.4);
  s += path('M392 488L400 560L408 488Q400 482 392 488Z', C.skin, 2.2);
  s += line('M384 470L348 530M416 470L452 530', C.gold, 4, 0.95);
  // deco fan at waist
  let fan = '';
  for (let i = -4; i <= 4; i++) fan += `M400 880l${n(i * 16)} ${n(-70 + Math.abs(i) * 5)}`;
  s += path('M336 840Q400 856 464 840L466 866Q400 884 334 866Z', C.gold, 2.4);
  s += line(fan, C.gold, 2.4, 0.9);
  s += el('path', { d: 'M400 870l-12 16l12 16l12 -16z', fill: C.goldHi ?? '#ffe09a', stroke: INK, 'stroke-width': 2 });
  s += line('M400 900L392 1400M360 1000L340 1400M440 1000L460 1400', C.gold, 1.6, 0.35);
  // arms, gloves, clasped hands
  for (const side of [-1, 1]) {
    const pts = [[292, 526], [270, 640], [272, 760], [318, 880], [378, 928]];
    const arm = side < 0 ? pts : mirror(pts);
    s += path(tube(arm.slice(0, 3), [64, 56, 52]), C.skin, 3);
    s += path(tube(arm.slice(2), [56, 48, 46]), C.glove, 3);
    s += path(side < 0 ? 'M246 748Q272 736 298 752L296 772Q272 760 248 770Z' : 'M554 748Q528 736 502 752L504 772Q528 760 552 770Z', C.gold, 2);
  }
  s += fillOnly('M500 540Q540 600 530 700L510 700Z', C.skinSh, 0.4);
  s += path('M352 924Q356 896 396 900Q444 896 450 926Q452 962 404 968Q352 966 352 924Z', C.glove, 3);
  s += line('M372 916q10 -8 22 0M396 912q12 -8 24 0M418 918q10 -6 18 2', '#3a3a5a', 2, 0.9);
  s += el('circle', { cx: 430, cy: 930, r: 6, fill: C.gold, stroke: INK, 'stroke-width': 1.6 });
  return s;
}
export function sarah(expr) {
  const h = sarahHead(expr, 's');
  return sprite(h.back + sarahBody() + h.svg, h.defs, '#ffc24a');
}
export const SARAH_EXPR = {
  neutral: { eyes: 'open', mouth: 'softSmile', mouthW: 0.8, browIn: 0, browOut: 2, look: [0.1, 0] },
  smile: { eyes: 'smile', mouth: 'smileOpen', mouthW: 0.85, browIn: -4, browOut: 2, blush: 0.4 },
  sad: { eyes: 'half', mouth: 'frown', browIn: -16, browOut: 8, look: [-0.2, 3], tear: true },
  guarded: { eyes: 'narrow', mouth: 'tight', browIn: 8, browOut: -2, look: [0.55, 0], lidTilt: 0.06 },
  afraid: { eyes: 'wide', mouth: 'gasp', mouthW: 0.9, browIn: -18, browOut: 4, sweat: true, look: [-0.3, 0] },
};

// ---------------------------------------------------------------- NAOMI
const NAOMI = {
  skin: '#f0d2b8', skinSh: '#c89a86',
  hair: '#1d7279', hairDk: '#0c3b43', hairHi: '#6fe6df',
  jacket: '#2c3c47', jacketDk: '#1b2730', jacketHi: '#46606e', tee: '#ece4d6', teeSh: '#b9ad9c', pipe: '#35e4e8', hood: '#d86a2a',
};
function naomiHead(expr, id) {
  const C = NAOMI;
  const back = smooth([[0, -194], [90, -180], [138, -120], [150, -40], [160, 40], [150, 96], [120, 74], [100, 110], [-100, 110], [-120, 74], [-150, 96], [-160, 40], [-150, -40], [-138, -120], [-90, -180]], true);
  const fringe = [
    [-132, 20], [-142, -100], [-74, -192], [30, -200], [120, -156], [146, -70], [154, 30], [132, 70, 0.1], [118, 0, -0.05],
    [106, -30, 0.2], [96, -76, -0.05], [66, -20, 0.22], [56, -88, -0.05], [18, -34, 0.22], [10, -98, -0.05], [-30, -44, 0.22], [-38, -100, -0.05], [-76, -36, 0.2], [-84, -88, -0.05], [-114, -8, 0.16], [-124, 76, 0.1], [-140, 40],
  ];
  const fr = curlPath(fringe, -0.07);
  let hairBack = path(back, C.hairDk, 3);
  let hairFront = path(fr, C.hair, 3);
  hairFront += line('M-40 -170Q-30 -120 -40 -70M30 -180Q50 -130 40 -90M96 -150Q112 -100 104 -40M-100 -150Q-120 -100 -116 -20', C.hairDk, 2.2, 0.6);
  hairFront += shineArc(0, -100, 110, 70, 205, 330, 4, C.hairHi, 7, 0.85);
  // a cyan hair pin
  hairFront += el('path', { d: 'M82 -120l36 14', stroke: C.pipe, 'stroke-width': 6, 'stroke-linecap': 'round' }) + el('path', { d: 'M82 -120l36 14', stroke: INK, 'stroke-width': 1.2, fill: 'none' });
  return head({
    id, kind: 'f', skin: C.skin, skinSh: C.skinSh,
    eyeColor: '#e59a2a', eyeDark: '#5a2806', eyeLight: '#ffe28c', lidShadow: '#8a6a5a',
    browColor: '#0c3b43', hairBack, hairFront, hairFrontPath: fr,
    glasses: glasses({ shape: 'round', color: '#0b2c33', lens: '#bff8ff', sep: 53, w: 76, y: 4, glare: 0.12 }),
  }, expr, 400, 302);
}
function naomiBody() {
  const C = NAOMI;
  let s = '';
  // hood behind shoulders
  s += path('M300 500Q400 430 500 500L520 560Q400 520 280 560Z', C.jacketDk, 3);
  s += fillOnly('M320 500Q400 456 480 500L490 520Q400 490 310 520Z', C.hood, 0.9);
  s += neck(400, 380, 486, 28, C.skin, C.skinSh, false);
  // tee
  s += path('M300 506L364 488Q400 512 436 488L500 506L512 760L500 1000L508 1400L292 1400L300 1000L288 760Z', C.tee, 3);
  s += fillOnly('M436 488L500 506L512 760L500 1000L508 1400L440 1400Q470 1000 450 700Z', C.teeSh, 0.5);
  s += path('M294 990L506 990L514 1400L286 1400Z', '#3d3b33', 3);
  s += line('M400 1050L400 1400M330 1100L326 1400', '#24231e', 3, 0.8);
  // tee print: a small cyan chevron badge
  s += el('path', { d: 'M380 620l20 -14l20 14l-20 14z', fill: 'none', stroke: '#1d7279', 'stroke-width': 4 });
  // jacket (cropped utility jacket, open)
  const jL = [[360, 486], [300, 500], [262, 520], [262, 700], [272, 900], [268, 1010], [360, 1030], [362, 900], [356, 700], [344, 560]];
  s += path(smooth(jL, true, 0.5), C.jacket, 3.2);
  s += path(smooth(mirror(jL), true, 0.5), C.jacketDk, 3.2);
  // hem band + pockets + piping
  s += path('M268 990L362 1008L362 1040L266 1024Z', C.jacketDk, 2.4);
  s += path('M538 990L438 1008L438 1040L540 1024Z', '#131d24', 2.4);
  s += path('M282 800L342 806L340 870L284 866Z', C.jacketDk, 2.4);
  s += path('M518 800L458 806L460 870L516 866Z', '#131d24', 2.4);
  s += line('M344 560L356 700L362 900L360 1030M456 560L444 700L438 900L440 1030', C.pipe, 3, 0.9);
  s += line('M282 800L342 806M518 800L458 806', C.pipe, 2, 0.7);
  // collar
  s += path('M360 486L316 470L300 520L344 560Z', C.jacketHi, 2.6);
  s += path('M440 486L484 470L500 520L456 560Z', C.jacket, 2.6);
  // left arm hangs, holding a tablet
  const la = [[282, 526], [252, 660], [240, 800], [244, 920]];
  s += path(tube(la, [92, 80, 74, 70]), C.jacket, 3.2);
  s += path('M212 910L276 914L274 944L212 940Z', C.jacketDk, 2.4);
  s += path('M196 930L286 920L296 1060L206 1070Z', '#10161c', 3);
  s += path('M204 940L280 932L288 1050L212 1058Z', '#0e3c44', 1.5);
  s += line('M214 960L272 954M216 980L258 976M218 1000L276 994', C.pipe, 2.4, 0.9);
  s += path('M226 944Q246 934 262 950Q270 976 254 990Q232 994 224 972Z', C.skin, 2.6);
  // right arm: hand on hip (elbow out)
  const ra = [[518, 526], [566, 640], [594, 760], [540, 880]];
  s += path(tube(ra, [92, 82, 76, 72]), C.jacketDk, 3.2);
  s += path('M574 730L624 744L616 784L566 770Z', '#131d24', 2.4);
  s += fist(516, 890, 30, C.skin, 1);
  return s;
}
export function naomi(expr) {
  const h = naomiHead(expr, 'n');
  return sprite(h.back + naomiBody() + h.svg, h.defs, '#35e4e8');
}
export const NAOMI_EXPR = {
  neutral: { eyes: 'open', mouth: 'softSmile', mouthW: 1, browIn: -2, browOut: 0 },
  grin: { eyes: 'smile', mouth: 'grin', browIn: -8, browOut: -2, blush: 0.2 },
  serious: { eyes: 'narrow', mouth: 'flat', browIn: 10, browOut: -4, lidTilt: 0.1, glare: 0.6 },
};

// ---------------------------------------------------------------- HERMANN
const HERMANN = {
  skin: '#e8c4aa', skinSh: '#b88b78',
  hair: '#2a2830', hairDk: '#141318', grey: '#a3a1ae',
  suit: '#353842', suitDk: '#22242c', suitHi: '#50545f', shirt: '#eceef2', tie: '#0f5f66',
};
function hermannHead(expr, id) {
  const C = HERMANN;
  const cap = smooth([[-110, -40], [-118, -120], [-70, -192], [0, -206], [70, -192], [118, -120], [110, -40], [100, -64], [90, -104], [40, -118], [0, -108], [-40, -118], [-90, -104], [-100, -64]], true, 0.8);
  let hairFront = path(cap, C.hair, 3);
  hairFront += line('M-60 -116Q-20 -170 40 -196M-20 -112Q20 -160 80 -180M30 -114Q70 -150 104 -150M-90 -100Q-80 -160 -20 -196', '#55535f', 2.2, 0.8);
  hairFront += fillOnly('M-110 -40L-104 -96Q-96 -70 -98 -30Z', C.grey) + fillOnly('M110 -40L104 -96Q96 -70 98 -30Z', C.grey);
  hairFront += shineArc(0, -120, 100, 70, 215, 320, 4, '#6b6a78', 6, 0.8);
  const faceDetail = () =>
    line('M-38 58Q-50 80 -40 104M38 58Q50 80 40 104', C.skinSh, 2.6, 0.9) +
    line('M-74 30Q-60 40 -40 34M74 30Q60 40 40 34', C.skinSh, 2, 0.7) +
    line('M-30 -92L30 -92M-24 -80L20 -80', C.skinSh, 1.6, 0.35);
  return head({
    id, kind: 'm', skin: C.skin, skinSh: C.skinSh, ears: true,
    eyeColor: '#7fa0b6', eyeDark: '#1f2e3a', eyeLight: '#d8eef6', lidShadow: '#7a6a6a', eyeW: 54, eyeH: 30, eyeSep: 52,
    browColor: '#2a2830', hairFront, faceDetail, mouthY: 86,
    nose: 'M4 8q6 24 8 38q-6 8 -16 4',
  }, expr, 400, 270);
}
function hermannBody() {
  const C = HERMANN;
  let s = '';
  s += neck(400, 370, 474, 36, C.skin, C.skinSh, false);
  // shirt + tie
  s += path('M340 470L460 470L470 900L330 900Z', C.shirt, 3);
  s += path('M362 462L400 500L438 462L446 490L400 530L354 490Z', C.shirt, 2.6);
  s += path('M388 500L412 500L418 520L432 760L400 800L368 760L382 520Z', C.tie, 2.6);
  s += path('M386 498L414 498L410 522L390 522Z', '#0a3f44', 2);
  // Panacea pin on the tie (invented mark: ring broken by a bar + drop)
  s += el('circle', { cx: 400, cy: 640, r: 9, fill: 'none', stroke: '#d7f4f6', 'stroke-width': 3 }) + el('path', { d: 'M388 640h24', stroke: '#d7f4f6', 'stroke-width': 3 });
  // jacket
  const jL = [[360, 470], [300, 482], [246, 500], [240, 560], [256, 760], [262, 1000], [256, 1400], [402, 1400], [400, 880], [366, 760], [332, 600]];
  s += path(smooth(jL, true, 0.4), C.suit, 3.2);
  s += path(smooth(mirror(jL), true, 0.4), C.suitDk, 3.2);
  // lapels (peaked)
  const lap = [[360, 470], [316, 486], [306, 540], [332, 560], [320, 600], [370, 770], [344, 620]];
  s += path(poly(lap, true), C.suitHi, 2.4);
  s += path(poly(mirror(lap), true), C.suit, 2.4);
  s += path('M282 600l40 -4l-4 10l-36 4z', C.shirt, 1.6); // pocket square
  s += el('circle', { cx: 400, cy: 900, r: 7, fill: '#1a1b20', stroke: '#777', 'stroke-width': 1.5 });
  s += line('M282 1000L340 1004M518 1000L460 1004', C.suitDk, 3, 0.9);
  s += line('M400 900L400 1400', '#15161b', 3);
  // left arm (viewer right) hanging, hand in pocket
  s += path(tube([[540, 500], [566, 660], [566, 820], [548, 960]], [98, 88, 80, 76]), C.suitDk, 3.2);
  s += path('M520 960L580 950L578 976L522 986Z', '#17181e', 2.4);
  // right arm raised with a glass of wine
  s += path(tube([[262, 500], [240, 640], [252, 780], [316, 800]], [98, 90, 82, 74]), C.suit, 3.2);
  s += path('M300 766L332 760L336 830L306 840Z', C.shirt, 2.4);
  s += line('M344 640L344 760', '#e8f4f8', 3);
  s += path('M314 600Q344 586 374 600Q376 640 344 652Q312 640 314 600Z', 'rgba(220,240,248,0.35)', 2.4);
  s += fillOnly('M318 620Q344 630 370 620Q366 646 344 650Q322 646 318 620Z', '#7a0c24', 0.95);
  s += path('M326 762L362 762', 'none', 3);
  s += fist(344, 790, 28, C.skin, 1);
  return s;
}
export function hermann(expr) {
  const h = hermannHead(expr, 'h');
  return sprite(hermannBody() + h.svg, h.defs, '#9ff2ff');
}
export const HERMANN_EXPR = {
  neutral: { eyes: 'narrow', mouth: 'flat', browIn: 6, browOut: 0, browArch: 0.4 },
  smug: { eyes: 'half', mouth: 'smirk', browIn: 4, browOut: 2, browIn2: -10, browOut2: -10, look: [0.2, 0] },
  worried: { eyes: 'wide', mouth: 'sadOpen', browIn: -16, browOut: 6, sweat: true, look: [-0.3, 0] },
};

// ---------------------------------------------------------------- JARON
const JARON = {
  skin: '#ece0e4', skinSh: '#b8a2b8',
  hair: '#d9d1ea', hairDk: '#8d82aa', hairHi: '#ffffff',
  coat: '#1d1628', coatDk: '#110c18', coatHi: '#3a2c50', lining: '#6f9a1c', vest: '#2a2234',
};
function jaronHead(expr, id) {
  const C = JARON;
  const right = wave(140, 168, -20, 640, 10, 8, 1.2, 0.2);
  const left = wave(-140, -170, -20, 640, 10, 8, 1.2, 1.4);
  const back = smooth([[0, -200], [100, -186], [142, -110], ...right, [120, 660], [-120, 660], ...left.reverse(), [-142, -110], [-100, -186]], true);
  const fr = curlPath([
    [-132, 0], [-136, -110], [-70, -196], [30, -204], [120, -160], [140, -70], [136, 20], [120, -40, 0.05],
    [90, -110, 0.1], [50, -128, 0.08], [20, -70, 0.2], [0, -130, 0.05], [-40, -128, 0.08], [-90, -112, 0.1], [-120, -40, 0.05],
  ], -0.06);
  let hairBack = path(back, C.hairDk, 3) + line(smooth(wave(150, 160, 80, 620, 8, 6, 1.2, 0.2)) + smooth(wave(-150, -162, 80, 620, 8, 6, 1.2, 1.4)), '#6a5f88', 2, 0.7);
  let hairFront = path(fr, C.hair, 3);
  // two loose strands over the forehead
  hairFront += path('M14 -120Q-10 -60 8 10Q20 -50 30 -110Z', C.hair, 2.4);
  hairFront += path('M-30 -124Q-70 -60 -58 -10Q-44 -70 -16 -118Z', C.hair, 2.4);
  hairFront += line('M-60 -180Q-80 -140 -96 -100M40 -190Q80 -150 96 -110M0 -200Q10 -160 0 -132', C.hairDk, 2, 0.7);
  hairFront += shineArc(0, -112, 110, 72, 210, 330, 4, C.hairHi, 6, 0.9);
  return head({
    id, kind: 'm', skin: C.skin, skinSh: C.skinSh, ears: false,
    eyeColor: '#a6e22e', eyeDark: '#2e4a06', eyeLight: '#eaff9a', lidShadow: '#6a5a7a', eyeW: 58, eyeH: 34, eyeSep: 52,
    browColor: '#8d82aa', hairBack, hairFront, hairFrontPath: fr, mouthY: 80, cheek: 0,
    nose: 'M2 6q8 26 8 40q-6 6 -14 2',
    glasses: glasses({ shape: 'rect', color: '#c9a94a', lens: '#e8fff0', sep: 52, w: 66, y: 2, glare: 0.1 }),
    faceDetail: () => line('M-44 60Q-54 80 -46 98M44 60Q54 80 46 98', C.skinSh, 2, 0.6),
  }, expr, 400, 228, 0.92);
}
function jaronBody() {
  const C = JARON;
  let s = '';
  // arms behind the back: sleeves angle back
  s += path(tube([[270, 460], [236, 620], [244, 780], [320, 860]], [92, 84, 76, 70]), C.coat, 3.2);
  s += path(tube([[530, 460], [564, 620], [556, 780], [480, 860]], [92, 84, 76, 70]), C.coatDk, 3.2);
  // standing collar (lined green) flaring behind the head
  s += path('M318 452Q296 360 314 296L362 330Q370 390 380 440Z', C.coatHi, 3);
  s += path('M482 452Q504 360 486 296L438 330Q430 390 420 440Z', C.coat, 3);
  s += line('M322 440Q306 370 318 306M478 440Q494 370 482 306', C.lining, 2.4, 0.9);
  s += neck(400, 330, 440, 25, C.skin, C.skinSh, false);
  // waistcoat + cravat
  s += path('M338 440L462 440L480 1000L320 1000Z', C.vest, 3);
  s += line('M400 560L400 1000', '#15101c', 2.4);
  for (let i = 0; i < 5; i++) s += el('circle', { cx: 410, cy: 600 + i * 80, r: 6, fill: '#c9a94a', stroke: INK, 'stroke-width': 1.4 });
  s += path('M370 430Q400 450 430 430L440 470Q420 500 424 560L400 590L376 560Q380 500 360 470Z', C.lining, 2.6);
  s += path('M400 470l-14 20l14 22l14 -22z', '#e4ff8a', 2.2);
  // long coat
  const cL = [[352, 440], [296, 450], [250, 470], [240, 560], [262, 760], [276, 1000], [250, 1400], [362, 1400], [360, 1000], [340, 700], [334, 520]];
  s += path(smooth(cL, true, 0.4), C.coat, 3.2);
  s += path(smooth(mirror(cL), true, 0.4), C.coatDk, 3.2);
  s += fillOnly('M334 520L340 700L360 1000L362 1400L354 1400L350 1000L330 700Z', '#4e6e12', 0.9);
  s += fillOnly('M466 520L460 700L440 1000L438 1400L446 1400L450 1000L470 700Z', '#34480c', 0.9);
  // big lapels
  s += path('M352 440L300 452L286 560L334 520Z', C.coatHi, 2.4);
  s += path('M448 440L500 452L514 560L466 520Z', C.coat, 2.4);
  s += line('M270 720Q280 800 276 900M530 720Q520 800 524 900', '#070409', 2.4, 0.9);
  return s;
}
export function jaron(expr) {
  const h = jaronHead(expr, 'j');
  return sprite(h.back + jaronBody() + h.svg, h.defs, '#b7ff4a');
}
export const JARON_EXPR = {
  neutral: { eyes: 'narrow', mouth: 'thinSmile', mouthW: 1, browIn: -6, browOut: -8, look: [0.15, 0], irisScale: 0.72 },
  grin: { eyes: 'smile', mouth: 'wideGrin', mouthW: 0.95, browIn: -10, browOut: -8, browArch: 1.4 },
  menace: { eyes: 'narrow', mouth: 'wideGrin', mouthW: 0.85, browIn: 14, browOut: -12, lidTilt: 0.16, glare: 0.95, shadowEyes: 0.55, irisScale: 0.7 },
};

// ---------------------------------------------------------------- SCAR HEAD
const SCAR = {
  skin: '#bd8566', skinSh: '#8a5540', hair: '#2c2420', scar: '#f0b8b0',
  shirt: '#8c4630', shirtDk: '#5e2c1e', overall: '#4b5d5c', overallDk: '#2f3d3e', strap: '#3a4a4a',
};
function scarHead(expr, id) {
  const C = SCAR;
  const cap = smooth([[-114, -50], [-120, -126], [-70, -192], [0, -206], [70, -192], [120, -126], [114, -50], [104, -80], [80, -120], [0, -132], [-80, -120], [-104, -80]], true, 0.9);
  let hairFront = path(cap, C.hair, 3);
  hairFront += el('path', { d: cap, fill: 'none', stroke: '#4a3c34', 'stroke-width': 2, 'stroke-dasharray': '2 7', opacity: 0.8 });
  // the scar: a jagged line from crown across the forehead to the right brow
  const sc = 'M-60 -200L-40 -170L-26 -150L-4 -128L14 -110L30 -96L48 -76L62 -60';
  hairFront += el('path', { d: sc, fill: 'none', stroke: C.skinSh, 'stroke-width': 14, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
  hairFront += el('path', { d: sc, fill: 'none', stroke: C.scar, 'stroke-width': 7, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
  hairFront += line('M-48 -190l10 -8M-30 -162l12 -8M-12 -140l12 -8M8 -118l12 -8M26 -100l12 -8M44 -80l12 -8', '#7a3c34', 2.2, 0.9);
  const faceDetail = () => line('M-46 64Q-56 86 -48 106M46 64Q56 86 48 106', C.skinSh, 2.6, 0.9) + fillOnly('M-40 118Q0 134 40 118L60 140L-60 140Z', C.skinSh, 0.4);
  return head({
    id, kind: 'big', skin: C.skin, skinSh: C.skinSh, ears: true,
    eyeColor: '#d48a2a', eyeDark: '#4a2406', eyeLight: '#ffd88a', lidShadow: '#6a4034', eyeW: 52, eyeH: 30, eyeSep: 54,
    browColor: '#2c2420', hairFront, faceDetail, mouthY: 92, browBase: 44,
    nose: 'M2 8q8 30 10 42q-8 8 -22 4',
  }, expr, 400, 296);
}
function scarBody() {
  const C = SCAR;
  let s = '';
  s += neck(400, 380, 500, 52, C.skin, C.skinSh, true);
  // torso (shirt)
  s += path('M300 500L350 488Q400 520 450 488L500 500L580 520L600 600L580 900L560 1400L240 1400L220 900L200 600L220 520Z', C.shirt, 3.2);
  s += fillOnly('M450 488L580 520L600 600L580 900L560 1400L470 1400Q520 900 500 600Z', C.shirtDk, 0.6);
  // arms: rolled sleeves, bare forearms, fists
  for (const side of [-1, 1]) {
    const up = side < 0 ? [[236, 530], [196, 660], [190, 780]] : mirror([[236, 530], [196, 660], [190, 780]]);
    const fo = side < 0 ? [[190, 770], [190, 900], [200, 1010]] : mirror([[190, 770], [190, 900], [200, 1010]]);
    s += path(tube(fo, [88, 80, 74]), C.skin, 3.2);
    s += line(side < 0 ? 'M176 840q10 40 6 80' : 'M624 840q-10 40 -6 80', C.skinSh, 2.4, 0.8);
    s += path(tube(up, [116, 104, 98]), side < 0 ? C.shirt : C.shirtDk, 3.2);
    s += path(side < 0 ? 'M140 760L238 752L240 800L142 808Z' : 'M660 760L562 752L560 800L658 808Z', C.shirtDk, 2.6);
    s += fist(side < 0 ? 202 : 598, 1040, 44, C.skin, -side);
  }
  // overalls: bib + straps + trousers
  s += path('M300 660L500 660L520 900L560 1000L560 1400L240 1400L240 1000L280 900Z', C.overall, 3.2);
  s += fillOnly('M440 660L500 660L520 900L560 1000L560 1400L480 1400Q500 1000 460 800Z', C.overallDk, 0.7);
  s += path('M300 660L272 506L310 500L336 660Z', C.strap, 2.6);
  s += path('M500 660L528 506L490 500L464 660Z', C.overallDk, 2.6);
  for (const x of [320, 480]) s += el('rect', { x: x - 12, y: 648, width: 24, height: 22, rx: 4, fill: '#9aa4a0', stroke: INK, 'stroke-width': 2 });
  s += path('M340 720L460 720L456 820L344 820Z', C.overallDk, 2.4);
  // ID patch (orange hazard stripe + number bars)
  s += path('M350 730L450 730L450 760L350 760Z', '#e06a1e', 2);
  s += line('M362 745l12 0M380 745l6 0M392 745l20 0M418 745l8 0', INK, 4, 0.85);
  s += line('M400 900L400 1400M260 1000L340 1010M540 1000L460 1010', C.overallDk, 3, 0.9);
  return s;
}
export function scarHead_(expr) {
  const h = scarHead(expr, 'sh');
  return sprite(scarBody() + h.svg, h.defs, '#3de0cf');
}
export const SCARHEAD_EXPR = {
  neutral: { eyes: 'narrow', mouth: 'line', browIn: 6, browOut: 2, browArch: 0.3 },
  pained: { eyes: 'pain', mouth: 'grit', browIn: -14, browOut: 8, sweat: true },
  angry: { eyes: 'narrow', lidTilt: 0.2, mouth: 'snarl', browIn: 18, browOut: -10, browArch: 0.3 },
};

// ---------------------------------------------------------------- NEAN WORKER
const NEAN = {
  skin: '#ecd1c0', skinSh: '#bf9686', hair: '#6c4d3f', hairDk: '#412c24', hairHi: '#a98070',
  suit: '#52686c', suitDk: '#34464a', suitHi: '#6f878a',
};
function neanHead(expr, id) {
  const C = NEAN;
  const back = smooth([[0, -192], [84, -180], [132, -120], [144, -30], [136, 60], [110, 80], [-110, 80], [-136, 60], [-144, -30], [-132, -120], [-84, -180]], true);
  const fr = curlPath([
    [-128, 10], [-132, -110], [-64, -190], [40, -196], [116, -150], [134, -60], [128, 20], [110, -60, 0.1],
    [80, -110, -0.04], [40, -90, 0.16], [34, -134, -0.05], [-12, -70, 0.2], [-22, -120, -0.05], [-70, -52, 0.2], [-80, -104, -0.05], [-108, -28, 0.14],
  ], -0.06);
  let hairBack = path(back, C.hairDk, 3);
  let hairFront = path(fr, C.hair, 3);
  // ponytail over the left shoulder
  hairFront += path(smooth([[118, 40], [150, 80], [170, 200], [160, 320], [134, 380], [138, 300], [126, 180], [100, 80]], true), C.hair, 3);
  hairFront += el('rect', { x: 116, y: 50, width: 30, height: 16, rx: 5, fill: '#8a8f7a', stroke: INK, 'stroke-width': 2, transform: 'rotate(30 131 58)' });
  hairFront += line('M-40 -170Q-40 -120 -50 -80M60 -170Q80 -120 70 -100M144 160Q150 240 140 330', C.hairDk, 2, 0.6);
  hairFront += shineArc(0, -104, 104, 66, 210, 330, 4, C.hairHi, 5, 0.7);
  // loose strand
  hairFront += line('M-100 -40Q-120 30 -104 90', C.hair, 3, 1);
  return head({
    id, kind: 'f', skin: C.skin, skinSh: C.skinSh,
    eyeColor: '#7d9c8e', eyeDark: '#243830', eyeLight: '#c8e6d6', lidShadow: '#8a6a6a',
    browColor: '#412c24', hairBack, hairFront, hairFrontPath: fr,
  }, expr, 400, 318, 0.96);
}
function neanBody() {
  const C = NEAN;
  let s = '';
  s += neck(400, 390, 496, 26, C.skin, C.skinSh, true);
  const bodyPts = [[366, 490], [300, 506], [272, 540], [282, 760], [292, 940], [282, 1400], [518, 1400], [508, 940], [518, 760], [528, 540], [500, 506], [434, 490]];
  s += path(smooth(bodyPts, true, 0.5), C.suit, 3.2);
  s += fillOnly('M460 500L528 540L518 760L508 940L518 1400L450 1400Q480 900 470 600Z', C.suitDk, 0.7);
  // collar + zip
  s += path('M366 490L330 498L352 556L392 514Z', C.suitHi, 2.4) + path('M434 490L470 498L448 556L408 514Z', C.suit, 2.4);
  s += line('M400 514L400 1400', '#2a383b', 3) + line('M400 514L400 1400', '#9aa8a8', 1, 0.6);
  // ID tag
  s += path('M430 600L486 600L486 640L430 640Z', '#d8d2b8', 2);
  s += line('M438 612l20 0M438 626l36 0', INK, 3, 0.7);
  s += path('M296 930L504 930L504 960L296 960Z', C.suitDk, 2.4);
  // arms with clasped hands
  for (const side of [-1, 1]) {
    const pts = [[290, 526], [272, 660], [286, 800], [350, 900]];
    const arm = side < 0 ? pts : mirror(pts);
    s += path(tube(arm, [80, 70, 64, 58]), side < 0 ? C.suit : C.suitDk, 3.2);
    s += path(side < 0 ? 'M250 760L310 766L306 796L248 790Z' : 'M550 760L490 766L494 796L552 790Z', C.suitDk, 2.2);
  }
  s += path('M350 900Q360 872 400 876Q440 872 450 900Q450 936 404 944Q352 940 350 900Z', C.skin, 3);
  s += line('M374 892q10 -8 20 0M396 888q10 -8 22 0', C.skinSh, 2.2, 0.9);
  return s;
}
export function nean(expr) {
  const h = neanHead(expr, 'nw');
  return sprite(h.back + neanBody() + h.svg, h.defs, '#3de0cf');
}
export const NEAN_EXPR = {
  neutral: { eyes: 'half', mouth: 'small', browIn: -4, browOut: 4, bags: 0.6, look: [-0.1, 2] },
  pained: { eyes: 'squint', mouth: 'sadOpen', browIn: -16, browOut: 8, bags: 0.6, tear: true },
};

// ---------------------------------------------------------------- CLUB STAFF
const STAFF = {
  skin: '#e2b594', skinSh: '#ae7d66', hair: '#1d1a22', hairHi: '#5a5266',
  shirt: '#e8e4ec', shirtSh: '#b4adbd', vest: '#1e1b24', vestDk: '#121016', tie: '#d0307e',
};
function staffHead(expr, id) {
  const C = STAFF;
  const cap = smooth([[-112, -40], [-118, -120], [-60, -196], [20, -212], [100, -190], [132, -130], [120, -60], [108, -86], [60, -108], [40, -150], [10, -110], [-40, -120], [-96, -96]], true, 0.8);
  let hairFront = path(cap, C.hair, 3);
  hairFront += path('M20 -210Q120 -210 140 -130Q110 -160 60 -150Q40 -190 20 -210Z', C.hair, 2.6);
  hairFront += line('M-80 -150Q-20 -200 60 -196M-60 -120Q0 -170 80 -170M40 -150Q90 -170 124 -136', C.hairHi, 2.2, 0.8);
  hairFront += fillOnly('M-112 -40L-106 -90L-98 -40Z', '#3a3440');
  return head({
    id, kind: 'm', skin: C.skin, skinSh: C.skinSh, ears: true,
    eyeColor: '#8a5a36', eyeDark: '#2a1406', eyeLight: '#e6b888', lidShadow: '#7a5a4a', eyeW: 56, eyeH: 32, eyeSep: 52,
    browColor: C.hair, hairFront, mouthY: 84,
    faceDetail: () => fillOnly('M-60 96Q0 130 60 96L70 140L-70 140Z', '#6a5a60', 0.18),
  }, expr, 400, 286);
}
function staffBody() {
  const C = STAFF;
  let s = '';
  s += neck(400, 380, 484, 33, C.skin, C.skinSh, false);
  s += path('M296 496L360 480L440 480L504 496L540 530L530 800L520 1400L280 1400L270 800L260 530Z', C.shirt, 3.2);
  s += path('M360 472L400 506L440 472L450 500L400 536L350 500Z', C.shirt, 2.4);
  s += path('M390 506L410 506L416 530L426 740L400 770L374 740L384 530Z', C.tie, 2.4);
  // vest
  const vL = [[360, 500], [310, 520], [300, 700], [306, 1000], [400, 1030], [400, 760]];
  s += path(poly(vL, true), C.vest, 3);
  s += path(poly(mirror(vL), true), C.vestDk, 3);
  for (let i = 0; i < 4; i++) s += el('circle', { cx: 388, cy: 800 + i * 56, r: 5, fill: '#b0a8bc', stroke: INK, 'stroke-width': 1.2 });
  s += line('M320 880L370 884M480 880L430 884', '#35303e', 3);
  s += path('M290 1000L510 1000L520 1400L280 1400Z', '#14121a', 3);
  // arms: rolled sleeves, towel in one hand
  for (const side of [-1, 1]) {
    const up = [[272, 520], [250, 660], [244, 780]];
    const fo = [[244, 770], [246, 900], [254, 1000]];
    const U = side < 0 ? up : mirror(up), F = side < 0 ? fo : mirror(fo);
    s += path(tube(F, [70, 64, 60]), C.skin, 3);
    s += path(tube(U, [92, 82, 78]), side < 0 ? C.shirt : C.shirtSh, 3);
    s += path(side < 0 ? 'M200 760L290 756L290 796L202 800Z' : 'M600 760L510 756L510 796L598 800Z', side < 0 ? C.shirt : C.shirtSh, 2.4);
    s += fist(side < 0 ? 256 : 544, 1030, 34, C.skin, -side);
  }
  // bar towel draped from the right fist (viewer right)
  s += path('M528 1030Q560 1040 578 1020L590 1200Q560 1220 536 1200Z', '#f2eef4', 2.6);
  s += line('M540 1180L586 1176M540 1190L588 1186', C.tie, 2.4, 0.8);
  // armband
  s += path('M212 700L288 700L288 722L212 722Z', C.tie, 2);
  return s;
}
export function staff(expr) {
  const h = staffHead(expr, 'cs');
  return sprite(staffBody() + h.svg, h.defs, '#ff4fae');
}
export const STAFF_EXPR = {
  neutral: { eyes: 'half', mouth: 'smirk', browIn: 2, browOut: 0, look: [0.2, 0] },
  sneer: { eyes: 'half', lidTilt: 0.1, mouth: 'sneer', browIn: 14, browOut: 2, browIn2: -12, browOut2: -18, look: [-0.45, 3] },
};

// ---------------------------------------------------------------- ARMOURS
import { neonPath } from './util.mjs';
function glowLine(d, color, w = 3) {
  return neonPath(d, color, w, 0.8, '#fff');
}
function armour(C, opts) {
  let s = '';
  const g = (d, w) => glowLine(d, C.glow, w);
  // back elements first
  s += opts.back || '';
  // legs / hips
  s += path('M316 900L484 900L500 1400L420 1400L400 1120L380 1400L300 1400Z', C.base, 3.2);
  s += path('M300 880L372 900L360 1040L290 1010Z', C.plate, 3) + path('M500 880L428 900L440 1040L510 1010Z', C.plateDk, 3);
  s += path('M320 1120L384 1130L380 1240L316 1230Z', C.plate, 2.6) + path('M480 1120L416 1130L420 1240L484 1230Z', C.plateDk, 2.6);
  // torso
  const torso = [[400, 470], [330, 480], [290, 520], [300, 640], [336, 760], [350, 900], [450, 900], [464, 760], [500, 640], [510, 520], [470, 480]];
  s += path(smooth(torso, true, 0.5), C.base, 3.2);
  s += path('M400 500L340 520L320 620L360 720L400 740L440 720L480 620L460 520Z', C.plate, 3);
  s += fillOnly('M400 500L460 520L480 620L440 720L400 740Z', C.plateDk, 0.7);
  s += path('M352 780L448 780L444 840L356 840Z', C.plate, 2.6) + path('M360 850L440 850L438 896L362 896Z', C.plateDk, 2.6);
  s += g('M400 740L400 900M336 760L352 900M464 760L448 900', 2);
  s += g('M340 520L320 620L360 720L400 740L440 720L480 620L460 520', 2.4);
  s += opts.core || '';
  // arms
  s += opts.arms || '';
  // neck + helmet
  s += path('M370 400L430 400L436 480L364 480Z', C.base, 3);
  s += line('M366 424L434 424M366 446L434 446M366 466L434 466', C.plateDk, 3, 1);
  s += opts.helmet || '';
  return s;
}
function armArm(C, side, gauntlet = true) {
  const up = [[292, 530], [262, 640], [252, 760]];
  const fo = [[252, 760], [250, 880], [258, 980]];
  const U = side < 0 ? up : mirror(up), F = side < 0 ? fo : mirror(fo);
  let s = path(tube(U, [84, 74, 68]), C.base, 3.2);
  s += path(tube(F, [80, 84, 74]), C.plate, 3.2);
  s += glowLine(side < 0 ? 'M232 800L240 940' : 'M568 800L560 940', C.glow, 2.2);
  // pauldron
  s += path(side < 0 ? 'M340 500Q280 470 236 520Q228 580 260 610L320 560Z' : 'M460 500Q520 470 564 520Q572 580 540 610L480 560Z', side < 0 ? C.plate : C.plateDk, 3);
  s += glowLine(side < 0 ? 'M250 540Q280 500 330 504' : 'M550 540Q520 500 470 504', C.glow, 2);
  if (gauntlet) s += fist(side < 0 ? 258 : 542, 1010, 36, C.plateDk, -side);
  return s;
}
export function metalRouge() {
  const C = { base: '#1b0509', plate: '#3a0914', plateDk: '#260610', glow: '#ff2a48' };
  const fins = (sd) => {
    let f = '';
    const P = (pts) => (sd < 0 ? pts : mirror(pts));
    f += path(poly(P([[326, 214], [250, 250], [196, 336], [178, 430], [236, 344], [300, 290], [334, 276]]), true), C.plate, 3);
    f += path(poly(P([[330, 286], [270, 330], [238, 400], [232, 486], [280, 400], [340, 344]]), true), C.plateDk, 3);
    f += glowLine(poly(P([[318, 228], [252, 262], [206, 340], [186, 416]])), C.glow, 1.8);
    return f;
  };
  const helmet =
    fins(-1) + fins(1) +
    path('M400 168C486 168 500 250 498 310C496 380 450 420 400 428C350 420 304 380 302 310C300 250 314 168 400 168Z', C.plate, 3.2) +
    fillOnly('M400 168C486 168 500 250 498 310C496 380 450 420 400 428Z', C.plateDk, 0.7) +
    path('M330 270L400 300L470 270L480 340Q440 400 400 404Q360 400 320 340Z', '#0a0204', 3) +
    neonPath('M332 300L392 324M468 300L408 324', '#ff2a48', 4.5, 1.2, '#ffd6dc') +
    glowLine('M400 176L400 262M360 188L372 256M440 188L428 256', C.glow, 1.8) +
    el('path', { d: star(400, 232, 16, 7), fill: '#ff6a7e', stroke: INK, 'stroke-width': 2 });
  const core = neonPath(star(400, 610, 34, 15), '#ff2a48', 3.2, 1.2, '#ffe0e6') + el('path', { d: star(400, 610, 20, 9), fill: '#ffb3c0', opacity: 0.9 });
  const arms = armArm(C, -1) + armArm(C, 1);
  // a long trailing crimson scarf-light behind the shoulders
  const back = path('M340 470Q260 520 210 700Q180 900 140 1080Q220 960 260 800Q300 620 380 500Z', '#6d0818', 3) +
    glowLine('M340 480Q250 560 216 760Q190 930 160 1040', C.glow, 1.6);
  return sprite(armour(C, { helmet, core, arms, back }), '', '#ff3b52', { filter: { shadeOp: 0.5 } });
}
export function purgatoryViola() {
  const C = { base: '#150a22', plate: '#2e1748', plateDk: '#1f0f34', glow: '#b46bff' };
  const halo = el('ellipse', { cx: 400, cy: 250, rx: 170, ry: 170, fill: 'none', stroke: C.glow, 'stroke-width': 18, opacity: 0.08 }) +
    el('ellipse', { cx: 400, cy: 250, rx: 170, ry: 170, fill: 'none', stroke: C.glow, 'stroke-width': 4, opacity: 0.85, 'stroke-dasharray': '60 14 8 14' });
  const helmet =
    path('M330 230L300 110L352 196Z', C.plate, 3) + path('M470 230L500 110L448 196Z', C.plateDk, 3) + path('M380 180L400 80L420 180Z', C.plate, 3) +
    path('M400 160C480 160 496 240 494 300C492 370 450 418 400 426C350 418 308 370 306 300C304 240 320 160 400 160Z', C.plate, 3.2) +
    fillOnly('M400 160C480 160 496 240 494 300C492 370 450 418 400 426Z', C.plateDk, 0.7) +
    path('M322 286Q400 256 478 286L468 320Q400 300 332 320Z', '#07030c', 3) +
    neonPath('M336 300Q400 280 464 300', '#c98bff', 4, 1.2, '#f2e2ff') +
    glowLine('M400 330L400 410M370 350L380 400M430 350L420 400', C.glow, 1.6);
  const core = neonPath('M400 580L430 620L400 660L370 620Z', '#b46bff', 3.2, 1.2, '#f2e2ff');
  // blade arm (viewer left): shoulder -> elbow -> a giant curved blade to the bottom left
  let arms = armArm(C, 1);
  arms += path(tube([[292, 530], [250, 640], [220, 760]], [90, 80, 84]), C.base, 3.2);
  arms += path('M240 520Q280 470 336 500L320 560Q270 560 240 600Z', C.plate, 3);
  arms += path('M176 740L262 720L268 860L190 880Z', C.plate, 3);
  const blade = 'M196 860C150 980 110 1160 60 1380C150 1260 220 1080 268 870Z';
  arms += path(blade, '#3b1d5c', 3.4);
  arms += fillOnly('M210 870C170 1000 130 1160 80 1350C150 1240 200 1080 246 874Z', '#6a3aa4', 0.6);
  arms += neonPath('M262 880C214 1060 150 1230 74 1362', '#d7b3ff', 3, 1.3, '#fff');
  arms += glowLine('M200 760L210 860', C.glow, 2);
  return sprite(armour(C, { helmet, core, arms, back: halo }), '', '#b46bff', { filter: { shadeOp: 0.5 } });
}

// ---------------------------------------------------------------- BIRD
export function bird() {
  const M = '#c9d2da', Md = '#7d8a99', Mdk = '#4a5566', c = '#35e4e8';
  let s = '';
  // tail (forked)
  s += path('M300 470L150 560L190 520L120 540L250 450Z', Md, 3);
  // far wing (raised)
  s += path('M420 400Q470 250 600 190Q580 260 610 280Q560 300 570 330Q520 340 500 400Z', Mdk, 3);
  s += line('M470 330L580 220M490 360L590 280M505 385L565 330', '#2a3340', 2.2, 0.9);
  // body
  s += path('M250 450Q300 380 420 372Q500 370 540 400Q560 430 530 470Q460 520 340 500Q280 490 250 450Z', M, 3.2);
  s += fillOnly('M300 470Q400 510 530 466Q470 514 340 502Z', Md, 0.9);
  s += line('M330 400Q340 450 330 490M380 384Q394 440 384 500M430 378Q446 430 436 500', Md, 2.2, 0.9);
  // head
  s += path('M500 380Q520 320 570 322Q610 326 616 370Q614 410 570 420Q520 420 500 380Z', M, 3.2);
  s += path('M612 358L668 372L612 384Z', '#e8c86a', 2.6);
  s += el('circle', { cx: 580, cy: 360, r: 13, fill: '#07262a', stroke: INK, 'stroke-width': 2.4 });
  s += el('circle', { cx: 582, cy: 358, r: 9, fill: c, opacity: 0.25 }) + el('circle', { cx: 582, cy: 358, r: 5, fill: c }) + el('circle', { cx: 580, cy: 356, r: 1.8, fill: '#fff' });
  s += line('M560 326L548 280', Mdk, 3) + el('circle', { cx: 547, cy: 276, r: 5, fill: c, stroke: INK, 'stroke-width': 1.5 });
  // near wing (folded, segmented)
  s += path('M330 420Q400 400 470 430Q440 470 360 480Q300 480 270 470Z', '#aeb9c4', 3);
  s += line('M300 460L460 436M310 470L430 452', Md, 2, 0.9);
  s += glowLine('M350 430L450 426', c, 1.4);
  // legs
  s += line('M400 500L396 560M440 496L444 556', Mdk, 4) + line('M384 560L410 560M432 556L458 556', Mdk, 4);
  // message capsule on the leg
  s += path('M428 516L456 512L458 534L430 538Z', '#e06a1e', 2);
  return sprite(`<g transform="translate(-20 40)">${s}</g>`, '', '#35e4e8', { filter: { dx: 5, shadeW: 14 } });
}
