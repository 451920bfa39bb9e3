// Interior scenes: club-stage, backstage, club-bar, hermann-suite,
// chinese-restaurant, confessional, news-screen, worker-quarters
import { Defs, rect, pth, strk, glow, cone, skyline, signV, bgDoc, el, n, rng, neonText, neonPath } from './bgkit.mjs';

/** art-deco sunburst fan */
function fan(cx, cy, r0, r1, a0, a1, count, color, op = 1, w = 3) {
  let d = '';
  for (let i = 0; i <= count; i++) {
    const a = ((a0 + ((a1 - a0) * i) / count) * Math.PI) / 180;
    d += `M${n(cx + Math.cos(a) * r0)} ${n(cy + Math.sin(a) * r0)}L${n(cx + Math.cos(a) * r1)} ${n(cy + Math.sin(a) * r1)}`;
  }
  return strk(d, color, w, { opacity: op });
}
function arc(cx, cy, r, a0, a1) {
  const p = (a) => [cx + Math.cos((a * Math.PI) / 180) * r, cy + Math.sin((a * Math.PI) / 180) * r];
  const [x0, y0] = p(a0), [x1, y1] = p(a1);
  return `M${n(x0)} ${n(y0)}A${n(r)} ${n(r)} 0 ${Math.abs(a1 - a0) > 180 ? 1 : 0} 1 ${n(x1)} ${n(y1)}`;
}
/** crowd heads silhouette row */
function crowd(seed, y, count, fill, rim, rimOp = 0.6) {
  const r = rng(seed);
  let d = '', rd = '';
  for (let i = 0; i < count; i++) {
    const x = (i / count) * 2000 - 40 + r.range(-20, 20);
    const s = r.range(0.85, 1.25);
    const hy = y + r.range(-20, 20);
    const hr = 34 * s;
    d += `M${n(x - hr)} ${n(hy)}a${n(hr)} ${n(hr * 1.1)} 0 1 1 ${n(hr * 2)} 0L${n(x + hr * 0.7)} ${n(hy + hr * 1.4)}Q${n(x + hr * 2.6)} ${n(hy + hr * 1.7)} ${n(x + hr * 2.8)} ${n(hy + 300)}H${n(x - hr * 2.8)}Q${n(x - hr * 2.6)} ${n(hy + hr * 1.7)} ${n(x - hr * 0.7)} ${n(hy + hr * 1.4)}Z`;
    rd += arc(x, hy, hr, 200, 330);
  }
  return pth(d, fill) + strk(rd, rim, 3, { opacity: rimOp });
}

// ------------------------------------------------------------------ club stage
export function clubStage() {
  const D = new Defs('cs');
  let s = '';
  s += rect(0, 0, 1920, 1080, D.lin([[0, '#0a0510'], [0.6, '#1a0812'], [1, '#05030a']]));
  // proscenium: deco stepped arch
  s += pth('M260 0H1660V760H1560V200Q960 60 360 200V760H260Z', '#2a0e14');
  s += pth('M360 200Q960 60 1560 200V230Q960 92 360 230Z', '#8c5a14');
  s += strk('M360 200Q960 60 1560 200', '#f2b544', 4) + strk('M380 232Q960 100 1540 232', '#f2b544', 2, { opacity: 0.7 });
  // sunburst crown above arch
  s += fan(960, 200, 40, 150, 200, 340, 22, '#f2b544', 0.8, 3);
  s += pth(arc(960, 200, 40, 180, 360) + 'Z', '#f2b544', { opacity: 0.9 });
  // stepped pilasters
  for (const x of [260, 1560]) {
    s += rect(x, 200, 100, 560, '#1e0a10');
    s += strk(`M${x + 20} 240V760M${x + 50} 220V760M${x + 80} 240V760`, '#f2b544', 2, { opacity: 0.55 });
  }
  // stage backdrop: velvet curtain, back wall with neon line
  s += rect(360, 230, 1200, 530, D.lin([[0, '#3a0a18'], [1, '#1a050c']]));
  let folds = '';
  for (let x = 380; x < 1560; x += 44) folds += `M${x} 230Q${x + 10} 500 ${x - 4} 760`;
  s += strk(folds, '#12030a', 14, { opacity: 0.5 }) + strk(folds.replace(/M(\d+)/g, (m, x) => `M${+x + 16}`), '#6e1428', 4, { opacity: 0.45 });
  // side curtains drawn back
  s += pth('M360 230Q520 240 560 760H360Z', '#5e0c20') + pth('M1560 230Q1400 240 1360 760H1560Z', '#4a0a1a');
  s += strk('M380 240Q480 400 500 760M420 240Q500 400 530 760M1540 240Q1440 400 1420 760M1500 240Q1420 400 1390 760', '#2a0410', 6, { opacity: 0.7 });
  s += strk('M360 230Q520 240 560 760M1560 230Q1400 240 1360 760', '#f2b544', 2, { opacity: 0.4 });
  // spotlights from the rig
  s += rect(360, 240, 1200, 14, '#120608');
  for (const [x, a] of [[560, -28], [760, -12], [1160, 12], [1360, 28]]) {
    s += cone(D, x, 252, 560, 10, 150, '#ffe09a', 0.16, a);
    s += el('ellipse', { cx: x, cy: 256, rx: 20, ry: 9, fill: '#fff2c8' }) + glow(D, x, 258, 60, 40, '#ffe09a', 0.5);
  }
  // stage floor + gold light pool
  s += pth('M300 760H1620L1700 820H220Z', '#1e0c0a');
  s += strk('M300 760H1620', '#f2b544', 3) + strk('M220 820H1700', '#35e4e8', 2, { opacity: 0.6 });
  s += el('ellipse', { cx: 960, cy: 770, rx: 330, ry: 40, fill: D.rad([[0, '#ffd98a', 0.7], [1, '#ffd98a', 0]]) });
  s += glow(D, 960, 520, 360, 300, '#f2b544', 0.22);
  // microphone stand (vintage)
  s += strk('M960 770V470', '#0e0608', 7) + strk('M930 772h60', '#0e0608', 8);
  s += el('rect', { x: 944, y: 420, width: 32, height: 56, rx: 14, fill: '#1a0e0c', stroke: '#f2b544', 'stroke-width': 2.5 });
  s += strk('M948 436h24M948 448h24M948 460h24', '#f2b544', 1.6, { opacity: 0.8 });
  s += strk('M962 424v48', '#ffe09a', 2, { opacity: 0.6 });
  // crowd silhouettes (bottom)
  s += crowd(7, 900, 22, '#07040a', '#f2b544', 0.35);
  s += crowd(8, 990, 16, '#040207', '#ff3fa4', 0.25);
  // haze
  s += rect(0, 300, 1920, 500, D.lin([[0, '#f2b544', 0], [0.7, '#f2b544', 0.05], [1, '#f2b544', 0]]));
  return bgDoc(D, s, { bottom: 0.7 });
}

// ------------------------------------------------------------------ backstage
export function backstage() {
  const D = new Defs('bs');
  let s = '';
  // corridor perspective: vanishing point right of centre
  s += rect(0, 0, 1920, 1080, '#140a10');
  // back wall
  s += rect(960, 330, 360, 300, '#2a1216');
  s += rect(1040, 370, 110, 260, '#0c0608') + strk('M1040 370h110v260', '#5e3a1a', 3); // far door
  s += glow(D, 1095, 360, 120, 40, '#ffcf8a', 0.4);
  // left wall (perspective) with curtain edge
  s += pth('M0 0L960 330V630L0 1080Z', D.lin([[0, '#1e0c12'], [1, '#2e1418']], 0, 0, 1, 0));
  // right wall
  s += pth('M1920 0L1320 330V630L1920 1080Z', D.lin([[0, '#301418'], [1, '#1a0a0e']], 0, 0, 1, 0));
  // ceiling
  s += pth('M0 0H1920L1320 330H960Z', '#0c0608');
  s += strk('M0 40L960 340M0 90L960 356M1920 50L1320 340', '#2a1a1a', 10) + strk('M0 40L960 340', '#5a3a30', 2);
  // bare work lights along ceiling
  for (const t of [0.3, 0.55, 0.75]) {
    const x = 960 * t + 1140 * (1 - t) * 0 + 300 + t * 600, y = 120 + t * 180;
    s += el('circle', { cx: x, cy: y, r: 6 * (1.2 - t), fill: '#ffe0a8' }) + glow(D, x, y, 90 * (1.2 - t), 60 * (1.2 - t), '#ffcf8a', 0.35);
  }
  // floor
  s += pth('M0 1080L960 630H1320L1920 1080Z', D.lin([[0, '#24140e'], [1, '#0a0606']]));
  // curtain edge on the left foreground with stage light leaking
  s += pth('M0 0H300Q260 400 320 1080H0Z', '#4a0a18');
  let folds = '';
  for (let x = 30; x < 300; x += 50) folds += `M${x} 0Q${x - 20} 500 ${x + 10} 1080`;
  s += strk(folds, '#2a0410', 16, { opacity: 0.6 });
  s += pth('M300 0Q260 400 320 1080H360Q300 400 340 0Z', D.lin([[0, '#ffe09a', 0.5], [1, '#ffe09a', 0.1]]));
  s += cone(D, 330, 200, 880, 10, 300, '#f2b544', 0.16, -18);
  s += strk('M300 0Q260 400 320 1080', '#ffd98a', 3, { opacity: 0.8 });
  // vanity mirror with bulbs on the right wall
  const mx = 1500, my = 300, mw = 260, mh = 320;
  s += pth(`M${mx} ${my + 40}L${mx + mw} ${my - 10}V${my + mh + 20}L${mx} ${my + mh}Z`, '#2a2430');
  s += pth(`M${mx + 18} ${my + 56}L${mx + mw - 18} ${my + 12}V${my + mh}L${mx + 18} ${my + mh - 14}Z`, D.lin([[0, '#5a4a5a'], [1, '#1a1420']], 0, 0, 1, 1));
  s += strk(`M${mx + 40} ${my + 100}L${mx + 120} ${my + 80}M${mx + 60} ${my + 140}L${mx + 180} ${my + 110}`, '#fff', 4, { opacity: 0.18 });
  let bulbs = '';
  for (let i = 0; i < 6; i++) { const t = i / 5; bulbs += `M${n(mx + 8 + t * (mw - 16))} ${n(my + 36 - t * 46)}h1`; }
  for (let i = 1; i < 6; i++) { const t = i / 6; bulbs += `M${mx + 6} ${n(my + 40 + t * (mh - 40))}h1M${mx + mw - 6} ${n(my - 10 + t * (mh + 30))}h1`; }
  s += strk(bulbs, '#ffcf8a', 26, { opacity: 0.25 }) + strk(bulbs, '#fff0c8', 14);
  s += glow(D, mx + mw / 2, my + mh / 2, 320, 300, '#ffcf8a', 0.25);
  // dressing table
  s += pth(`M${mx - 60} ${my + mh + 30}L${mx + mw + 60} ${my + mh + 10}V${my + mh + 40}L${mx - 60} ${my + mh + 60}Z`, '#3a2418');
  s += pth(`M${mx - 40} ${my + mh + 60}V1000h20V${my + mh + 60}ZM${mx + mw + 20} ${my + mh + 40}V1040h20V${my + mh + 40}Z`, '#1a0e0a');
  s += el('ellipse', { cx: mx + 60, cy: my + mh + 24, rx: 16, ry: 6, fill: '#c8102e' }) + rect(mx + 54, my + mh, 12, 24, '#c8102e');
  s += rect(mx + 120, my + mh - 10, 30, 34, '#f2b544', { opacity: 0.8 });
  // costume rack with a gold dress
  s += strk('M1340 360V700M1440 340V720M1330 362L1450 342', '#0c0608', 6);
  s += pth('M1370 360l-30 60l20 240h90l10 -240l-40 -64z', '#6a4a14') + strk('M1380 420l60 200', '#f2b544', 3, { opacity: 0.6 });
  // flight cases (left-mid)
  const fcase = (x, y, w, h) => rect(x, y, w, h, '#16121a') + strk(`M${x} ${y}h${w}v${h}h${-w}z`, '#8a8a96', 3) + rect(x, y, 18, 18, '#9a9aa6') + rect(x + w - 18, y, 18, 18, '#9a9aa6') + rect(x, y + h - 18, 18, 18, '#9a9aa6') + rect(x + w - 18, y + h - 18, 18, 18, '#9a9aa6') + strk(`M${x + w / 2 - 30} ${y + h / 2}h60`, '#9a9aa6', 6);
  s += fcase(420, 700, 260, 200) + fcase(460, 560, 200, 140) + fcase(700, 660, 160, 140);
  s += neonText('FRAGILE', 470, 760, 22, '#c8102e', { glow: 0, tube: 3.5, core: '#c8102e' });
  // cables snaking on the floor
  s += strk('M320 1080Q600 900 820 960Q1000 1010 1100 760Q1140 680 1200 640M360 1080Q700 950 900 1000Q1100 1050 1400 900', '#050306', 9);
  s += strk('M320 1080Q600 900 820 960Q1000 1010 1100 760', '#35e4e8', 1.5, { opacity: 0.2 });
  // pipes on ceiling right
  s += strk('M1920 120L1320 360M1920 170L1320 380', '#1a1012', 14) + strk('M1920 120L1320 360', '#5a3a30', 2);
  return bgDoc(D, s, { bottom: 0.75 });
}

// ------------------------------------------------------------------ club bar (after hours)
export function clubBar() {
  const D = new Defs('cb');
  const r = rng(21);
  let s = '';
  s += rect(0, 0, 1920, 1080, D.lin([[0, '#0c0612'], [1, '#06040a']]));
  // back wall panels (deco)
  s += rect(0, 0, 1920, 640, D.lin([[0, '#1a0a16'], [1, '#26101c']]));
  let pan = '';
  for (let x = 0; x < 1920; x += 160) pan += `M${x} 0V640`;
  s += strk(pan, '#0c0610', 6) + strk(pan.replace(/M(\d+)/g, (m, x) => `M${+x + 8}`), '#3a1a26', 1.5);
  // backlit shelves
  const sx = 360, sw = 1200;
  s += rect(sx, 260, sw, 380, '#0a0610');
  s += rect(sx, 260, sw, 380, D.lin([[0, '#35e4e8', 0.18], [0.5, '#ff3fa4', 0.1], [1, '#f2b544', 0.2]], 0, 0, 1, 0));
  const shelfY = [360, 480, 600];
  for (const y of shelfY) s += rect(sx, y, sw, 8, '#2a1a26') + strk(`M${sx} ${y}h${sw}`, '#ffe09a', 1.5, { opacity: 0.5 });
  // bottles
  const cols = ['#2e7a3a', '#8a2a1a', '#c8a040', '#3a5a9a', '#6a1a4a', '#1a6a6a', '#9a6a2a'];
  for (const y of shelfY) {
    let x = sx + 16;
    while (x < sx + sw - 30) {
      const w = r.range(20, 30), h = r.range(60, 100), c = r.pick(cols);
      const neck = w * 0.35;
      const d = `M${n(x)} ${y}V${n(y - h * 0.6)}Q${n(x)} ${n(y - h * 0.72)} ${n(x + w / 2 - neck / 2)} ${n(y - h * 0.78)}V${n(y - h)}h${n(neck)}V${n(y - h * 0.78)}Q${n(x + w)} ${n(y - h * 0.72)} ${n(x + w)} ${n(y - h * 0.6)}V${y}Z`;
      s += pth(d, c, { opacity: 0.85 });
      s += strk(`M${n(x + 5)} ${n(y - h * 0.55)}V${n(y - 8)}`, '#fff', 2.2, { opacity: 0.35 });
      x += w + r.range(4, 16);
    }
  }
  // CANAL neon sign above the shelves
  s += glow(D, 960, 160, 520, 110, '#35e4e8', 0.22);
  s += neonText('CANAL', 960, 100, 120, '#35e4e8', { anchor: 'middle', spacing: 2.2, tube: 12 });
  s += neonPath('M560 250H1360', '#ff3fa4', 4, 1);
  s += neonPath('M600 74Q960 20 1320 74', '#ff3fa4', 3, 0.8);
  // bar counter
  s += pth('M0 700H1920V760H0Z', '#3a1a14');
  s += strk('M0 700H1920', '#f2b544', 3, { opacity: 0.8 });
  s += pth('M0 760H1920V1080H0Z', D.lin([[0, '#1a0a0c'], [1, '#050305']]));
  let fl = '';
  for (let x = 0; x < 1920; x += 120) fl += `M${x} 760V1080`;
  s += strk(fl, '#0a0406', 4) + strk(fl.replace(/M(\d+)/g, (m, x) => `M${+x + 60}`), '#2a1218', 1.5, { opacity: 0.6 });
  s += strk('M0 770H1920', '#f2b544', 1.5, { opacity: 0.35 });
  // glasses on the counter (stemware + tumblers)
  for (const [x, k] of [[520, 0], [580, 1], [1260, 0], [1330, 2], [1400, 1]]) {
    if (k === 0) s += strk(`M${x - 18} 640Q${x} 690 ${x + 18} 640M${x} 672V698M${x - 12} 699h24`, '#cfefff', 2.4, { opacity: 0.7 });
    else if (k === 1) s += pth(`M${x - 16} 660h32l-4 40h-24z`, '#cfefff', { opacity: 0.22 }) + strk(`M${x - 16} 660h32l-4 40h-24z`, '#cfefff', 2, { opacity: 0.6 });
    else s += pth(`M${x - 16} 670h32l-4 30h-24z`, '#c8102e', { opacity: 0.6 }) + strk(`M${x - 16} 660h32l-4 40h-24z`, '#cfefff', 2, { opacity: 0.6 });
  }
  // reflections of sign/shelves on the counter
  s += rect(360, 704, 1200, 50, D.lin([[0, '#35e4e8', 0.18], [1, '#35e4e8', 0]]));
  // stools (silhouettes)
  for (const x of [300, 620, 1300, 1620]) {
    s += el('ellipse', { cx: x, cy: 820, rx: 70, ry: 16, fill: '#120608' }) + strk(`M${x - 50} 820L${x - 60} 1080M${x + 50} 820L${x + 60} 1080M${x} 820V1080M${x - 50} 950h100`, '#0a0406', 8);
    s += strk(`M${x - 70} 818Q${x} 800 ${x + 70} 818`, '#ff3fa4', 2, { opacity: 0.45 });
  }
  // pendant lamps
  for (const x of [200, 1720]) {
    s += strk(`M${x} 0V200`, '#0a0406', 3) + pth(`M${x - 50} 240L${x - 20} 200H${x + 20}L${x + 50} 240Z`, '#2a1418');
    s += glow(D, x, 250, 160, 80, '#f2b544', 0.35) + el('ellipse', { cx: x, cy: 242, rx: 40, ry: 6, fill: '#ffe09a' });
  }
  return bgDoc(D, s, { bottom: 0.75 });
}

// ------------------------------------------------------------------ Hermann's penthouse suite
/** invented Panacea corporate mark: a ring broken by a bar + a drop */
export function panaceaMark(cx, cy, R, color, text = true) {
  let s = '';
  s += strk(`M${n(cx - R)} ${cy}A${R} ${R} 0 0 1 ${n(cx + R)} ${cy}`, color, R * 0.16);
  s += strk(`M${n(cx + R * 0.7)} ${n(cy + R * 0.5)}A${R} ${R} 0 0 1 ${n(cx - R * 0.7)} ${n(cy + R * 0.5)}`, color, R * 0.16);
  s += strk(`M${n(cx - R * 1.25)} ${cy}H${n(cx + R * 1.25)}`, color, R * 0.1);
  s += pth(`M${cx} ${n(cy - R * 0.62)}Q${n(cx + R * 0.32)} ${n(cy - R * 0.1)} ${cx} ${n(cy - R * 0.08)}Q${n(cx - R * 0.32)} ${n(cy - R * 0.1)} ${cx} ${n(cy - R * 0.62)}Z`, color);
  if (text) s += neonText('PANACEA', cx, cy + R * 1.35, R * 0.34, color, { anchor: 'middle', spacing: 2.6, glow: 0.6, tube: R * 0.035 });
  return s;
}
export function hermannSuite() {
  const D = new Defs('hs');
  let s = '';
  s += rect(0, 0, 1920, 1080, '#0a0a12');
  // the window: red planet sky + neon city far below
  const wx = 520, wy = 60, ww = 1400, wh = 700;
  s += rect(wx, wy, ww, wh, D.lin([[0, '#1a0818'], [0.45, '#5e1428'], [0.7, '#b0402e'], [1, '#3a0c1a']]));
  s += glow(D, 1300, 560, 700, 150, '#ff7a4a', 0.3);
  s += skyline(D, 91, { x0: wx, x1: wx + ww, base: 760, hMin: 60, hMax: 260, wMin: 40, wMax: 100, color: '#1e0818', win: ['#ffb36a', '#35e4e8', '#ff3fa4'], winOp: 0.6, density: 0.2, cell: [9, 13], size: [4, 6] });
  s += skyline(D, 92, { x0: wx, x1: wx + ww, base: 760, hMin: 20, hMax: 120, wMin: 60, wMax: 140, color: '#0e0510', win: ['#ffb36a', '#35e4e8'], winOp: 0.5, density: 0.25, cell: [8, 10], size: [3, 4] });
  const sr = rng(4);
  for (const [x, y, h, c] of [[700, 560, 90, '#35e4e8'], [980, 520, 120, '#ff3fa4'], [1500, 540, 100, '#f2b544'], [1760, 500, 130, '#35e4e8']]) s += signV(sr, x, y, 18, h, c);
  // window mullions + reflection
  let mull = '';
  for (let x = wx; x <= wx + ww; x += 350) mull += `M${x} ${wy}V${wy + wh}`;
  s += strk(mull + `M${wx} ${wy + 4}H${wx + ww}`, '#05050a', 14);
  s += pth(`M${wx + 60} ${wy}L${wx + 260} ${wy}L${wx + 40} ${wy + wh}L${wx - 160} ${wy + wh}Z`, '#cfefff', { opacity: 0.04 });
  s += pth(`M${wx + 700} ${wy}L${wx + 760} ${wy}L${wx + 600} ${wy + wh}L${wx + 540} ${wy + wh}Z`, '#cfefff', { opacity: 0.05 });
  // left wall with the Panacea mark
  s += rect(0, 0, 520, 1080, D.lin([[0, '#12141c'], [1, '#1c1f2a']], 0, 0, 1, 0));
  s += rect(0, 0, 1920, 60, '#07070c');
  s += glow(D, 260, 330, 260, 220, '#9ff2ff', 0.16);
  s += panaceaMark(260, 300, 90, '#c8f8ff');
  // floor (glossy, dark)
  s += rect(0, 760, 1920, 320, D.lin([[0, '#161620'], [1, '#060609']]));
  s += rect(wx, 764, ww, 140, D.lin([[0, '#ff7a4a', 0.14], [1, '#ff7a4a', 0]]));
  s += strk('M0 760H1920', '#2a2a38', 3);
  // minimal furniture: low sofa (left), glass table, floor lamp, desk (right)
  s += pth('M80 760h440v-70q0 -20 -20 -20h-400q-20 0 -20 20z', '#1e1e28') + pth('M80 700h440v60h-440z', '#272733') + strk('M80 700h440', '#9ff2ff', 1.5, { opacity: 0.4 });
  s += pth('M100 760v20M500 760v20', 'none') + strk('M100 760v22M500 760v22', '#0a0a10', 6);
  s += pth('M620 800h360l-30 14h-300z', '#cfefff', { opacity: 0.16 }) + strk('M620 800h360', '#cfefff', 2, { opacity: 0.5 }) + strk('M660 814v60M940 814v60', '#3a3a48', 4);
  s += pth('M760 790q20 -30 40 0z', '#7a0c24', { opacity: 0.9 });
  s += strk('M1080 760V420M1080 420Q1080 380 1130 380', '#0a0a10', 6) + pth('M1110 370h60l-10 24h-40z', '#1a1a22') + glow(D, 1140, 400, 120, 90, '#ffe8c8', 0.3);
  s += pth('M1500 700h360v16h-360z', '#101018') + strk('M1520 716V860M1840 716V860', '#101018', 10) + strk('M1500 700h360', '#9ff2ff', 1.5, { opacity: 0.5 });
  s += pth('M1600 640h120v58h-120z', '#0c0c12') + strk('M1600 640h120v58h-120z', '#35e4e8', 2, { opacity: 0.7 });
  s += rect(1604, 644, 112, 50, '#35e4e8', { opacity: 0.18 });
  return bgDoc(D, s, { bottom: 0.7 });
}

// ------------------------------------------------------------------ chinese restaurant
export function chineseRestaurant() {
  const D = new Defs('cr');
  let s = '';
  s += rect(0, 0, 1920, 1080, D.lin([[0, '#3a0e0e'], [0.6, '#5a1a12'], [1, '#1a0806']]));
  // wood lattice wall panels
  let lat = '';
  for (let x = 0; x < 1920; x += 40) lat += `M${x} 120V640`;
  for (let y = 120; y < 640; y += 40) lat += `M0 ${y}H1920`;
  s += strk(lat, '#2a0a08', 5, { opacity: 0.55 });
  s += rect(0, 100, 1920, 24, '#2a0806') + rect(0, 630, 1920, 24, '#2a0806');
  // round moon window at the back
  s += el('circle', { cx: 960, cy: 380, r: 210, fill: '#1a0808' });
  s += el('circle', { cx: 960, cy: 380, r: 190, fill: D.rad([[0, '#ffcf8a', 0.6], [1, '#c85a2a', 0.2]]) });
  let mw = '';
  for (let k = -4; k <= 4; k++) mw += `M${960 + k * 40} 190V570M770 ${380 + k * 40}H1150`;
  s += `<clipPath id="crm"><circle cx="960" cy="380" r="190"/></clipPath>` + `<g clip-path="url(#crm)">${strk(mw, '#3a0e08', 8)}</g>`;
  s += el('circle', { cx: 960, cy: 380, r: 200, fill: 'none', stroke: '#c8902a', 'stroke-width': 8 });
  // background patrons at other tables (warm silhouettes)
  const pat = (x, y, k) => pth(`M${x - 30} ${y}a30 32 0 1 1 60 0q40 10 50 90h-160q10 -80 50 -90z`, k);
  s += pat(260, 560, '#2a0a08') + pat(400, 570, '#2a0a08') + pat(1500, 560, '#2a0a08') + pat(1660, 570, '#2a0a08') + pat(1580, 600, '#1e0604');
  s += el('ellipse', { cx: 330, cy: 660, rx: 200, ry: 30, fill: '#5a1a10' }) + el('ellipse', { cx: 1590, cy: 660, rx: 200, ry: 30, fill: '#5a1a10' });
  // red lanterns
  const lantern = (x, y, s0) => {
    let o = strk(`M${x} 0V${y - s0}`, '#1a0604', 3);
    o += glow(D, x, y, s0 * 2.6, s0 * 2.4, '#ff6a3a', 0.4);
    o += el('ellipse', { cx: x, cy: y, rx: s0 * 1.1, ry: s0, fill: D.rad([[0, '#ff8a4a'], [0.7, '#d0201a'], [1, '#7a0a0a']]) });
    o += strk(`M${x} ${y - s0}Q${x - s0 * 0.7} ${y} ${x} ${y + s0}M${x} ${y - s0}Q${x + s0 * 0.7} ${y} ${x} ${y + s0}M${x - s0 * 1.1} ${y}H${x + s0 * 1.1}`, '#7a0a0a', 2, { opacity: 0.6 });
    o += rect(x - s0 * 0.5, y - s0 - 8, s0, 10, '#f2b544') + rect(x - s0 * 0.5, y + s0 - 2, s0, 10, '#f2b544');
    o += strk(`M${x - 6} ${y + s0 + 8}v${s0 * 0.9}M${x} ${y + s0 + 8}v${s0}M${x + 6} ${y + s0 + 8}v${s0 * 0.9}`, '#f2b544', 2.5);
    return o;
  };
  for (const [x, y, sz] of [[180, 150, 60], [520, 110, 44], [1400, 110, 44], [1740, 150, 60], [760, 70, 32], [1160, 70, 32]]) s += lantern(x, y, sz);
  // main round table in the lower middle, seen from above at an angle
  s += '<g transform="translate(0 -70)">';
  s += el('ellipse', { cx: 960, cy: 820, rx: 760, ry: 190, fill: '#6a0e10' });
  s += el('ellipse', { cx: 960, cy: 800, rx: 740, ry: 180, fill: D.lin([[0, '#f4e8d6'], [1, '#cdb89c']]) });
  s += el('ellipse', { cx: 960, cy: 800, rx: 740, ry: 180, fill: 'none', stroke: '#c8a87a', 'stroke-width': 3 });
  // lazy susan
  s += el('ellipse', { cx: 960, cy: 790, rx: 380, ry: 92, fill: '#3a2418' });
  s += el('ellipse', { cx: 960, cy: 784, rx: 370, ry: 86, fill: D.rad([[0, '#6a4a2a'], [1, '#4a2a18']]) });
  // dishes on the susan + around
  const dish = (x, y, rx, food, steam = false) => {
    let o = el('ellipse', { cx: x, cy: y + 6, rx, ry: rx * 0.3, fill: '#1a0e0a', opacity: 0.35 });
    o += el('ellipse', { cx: x, cy: y, rx, ry: rx * 0.3, fill: '#fbf6ee', stroke: '#3a6aa0', 'stroke-width': 2.5 });
    o += el('ellipse', { cx: x, cy: y - 2, rx: rx * 0.7, ry: rx * 0.18, fill: food });
    if (steam) o += strk(`M${x - 10} ${y - 14}q-10 -20 0 -40q10 -20 0 -40M${x + 12} ${y - 14}q-10 -20 0 -40`, '#fff', 3, { opacity: 0.25 });
    return o;
  };
  const steamer = (x, y, rx) => {
    let o = el('ellipse', { cx: x, cy: y + rx * 0.3, rx, ry: rx * 0.32, fill: '#a8783a' });
    o += rect(x - rx, y - rx * 0.25, rx * 2, rx * 0.55, '#c8944a');
    o += el('ellipse', { cx: x, cy: y - rx * 0.25, rx, ry: rx * 0.32, fill: '#d8a860', stroke: '#8a5a2a', 'stroke-width': 2 });
    o += strk(`M${x - rx * 0.7} ${y - rx * 0.25}h${rx * 1.4}M${x} ${y - rx * 0.5}v${rx * 0.5}`, '#8a5a2a', 2, { opacity: 0.7 });
    o += strk(`M${x - 10} ${y - rx * 0.5}q-8 -20 0 -40q8 -20 0 -36`, '#fff', 3, { opacity: 0.3 });
    return o;
  };
  s += steamer(760, 760, 58) + steamer(860, 730, 50) + steamer(1160, 740, 56);
  s += dish(1010, 730, 66, '#b8501a', true) + dish(1260, 790, 70, '#3a8a3a') + dish(660, 810, 70, '#c8201a', true) + dish(960, 830, 74, '#e8c060') + dish(1100, 850, 56, '#6a3a1a');
  // peking duck-ish platter + teapot
  s += el('ellipse', { cx: 460, cy: 860, rx: 90, ry: 28, fill: '#fbf6ee', stroke: '#3a6aa0', 'stroke-width': 2.5 }) + el('ellipse', { cx: 460, cy: 852, rx: 60, ry: 16, fill: '#a8481a' });
  s += pth('M1460 820q0 -60 50 -60t50 60z', '#2a5a6a') + pth('M1560 790q30 -10 36 -30', 'none') + strk('M1558 792q30 0 40 -36', '#2a5a6a', 8) + el('ellipse', { cx: 1510, cy: 760, rx: 20, ry: 6, fill: '#3a7a8a' });
  // chopsticks & small bowls
  s += strk('M540 920l120 -30M548 930l120 -30M1300 930l120 -24M1308 940l120 -24', '#c8a060', 4);
  s += el('ellipse', { cx: 820, cy: 920, rx: 34, ry: 10, fill: '#fbf6ee', stroke: '#3a6aa0', 'stroke-width': 2 }) + el('ellipse', { cx: 1160, cy: 930, rx: 34, ry: 10, fill: '#fbf6ee', stroke: '#3a6aa0', 'stroke-width': 2 });
  s += '</g>';
  // more diners and a waiter carrying a tray (busy room)
  const pat2 = (x, y, k, sc = 1) => pth(`M${x - 30 * sc} ${y}a${30 * sc} ${32 * sc} 0 1 1 ${60 * sc} 0q${40 * sc} ${10 * sc} ${50 * sc} ${90 * sc}h${-160 * sc}q${10 * sc} ${-80 * sc} ${50 * sc} ${-90 * sc}z`, k);
  s += pat2(120, 600, '#1e0604', 1.2) + pat2(1800, 600, '#1e0604', 1.2) + pat2(560, 560, '#2a0a08', 0.8) + pat2(1360, 560, '#2a0a08', 0.8);
  s += pth('M1230 400a24 26 0 1 1 48 0q30 8 36 60l-8 180h-100l-8 -180q6 -52 32 -60z', '#240806') + strk('M1300 470l70 -10', '#240806', 14) + el('ellipse', { cx: 1390, cy: 456, rx: 60, ry: 12, fill: '#c8a060' }) + strk('M1370 440q-6 -20 4 -40M1400 440q-6 -20 4 -40', '#fff', 3, { opacity: 0.3 });
  // warm light
  s += glow(D, 960, 500, 900, 400, '#ffb36a', 0.2);
  return bgDoc(D, s, { bottom: 0.7 });
}

// ------------------------------------------------------------------ confessional
export function confessional() {
  const D = new Defs('cf');
  let s = '';
  s += rect(0, 0, 1920, 1080, '#050308');
  // faint stone wall + gothic window far left (cold)
  let bricks = '';
  for (let y = 0; y < 1080; y += 60) for (let x = (y / 60) % 2 ? 0 : 60; x < 1920; x += 120) bricks += `M${x} ${y}h116v56h-116z`;
  s += pth(bricks, '#0e0a12', { opacity: 0.9 });
  s += pth('M140 620V260Q220 120 300 260V620Z', '#1a2440', { opacity: 0.55 });
  s += strk('M220 160V620M140 400H300M160 300Q220 220 280 300', '#050308', 8);
  s += cone(D, 220, 400, 700, 80, 260, '#6a8ad0', 0.06, -20);
  // confessional booth (wood, gothic arches)
  const bx = 520, bw = 1000, by = 120;
  s += pth(`M${bx} 1080V${by + 200}L${bx + 120} ${by}L${bx + 240} ${by + 200}L${bx + 380} ${by + 40}L${bx + 500} ${by - 60}L${bx + 620} ${by + 40}L${bx + 760} ${by + 200}L${bx + 880} ${by}L${bx + bw} ${by + 200}V1080Z`, '#1c0e0a');
  // pinnacles
  s += strk(`M${bx + 120} ${by}v-70M${bx + 500} ${by - 60}v-90M${bx + 880} ${by}v-70`, '#1c0e0a', 12);
  // panels
  s += pth(`M${bx + 40} 1080V${by + 240}L${bx + 120} ${by + 110}L${bx + 200} ${by + 240}V1080Z`, '#0c0605');
  s += pth(`M${bx + 800} 1080V${by + 240}L${bx + 880} ${by + 110}L${bx + 960} ${by + 240}V1080Z`, '#0c0605');
  // central doorway with the lattice screen
  const lx = bx + 300, lw = 400, ly = by + 180;
  s += pth(`M${lx} 1080V${ly + 120}Q${lx + lw / 2} ${ly - 80} ${lx + lw} ${ly + 120}V1080Z`, '#0a0504');
  // lattice (diamond grid) lit from behind by a thin slice of candle light
  const clipId = 'cfl';
  s += `<clipPath id="${clipId}"><path d="M${lx + 40} 860V${ly + 140}Q${lx + lw / 2} ${ly - 20} ${lx + lw - 40} ${ly + 140}V860Z"/></clipPath>`;
  let grid = '';
  for (let k = -20; k < 30; k++) grid += `M${lx + k * 28} ${ly}l${700} ${700}M${lx + k * 28} ${ly}l${-700} ${700}`;
  s += `<g clip-path="url(#${clipId})">` +
    rect(lx, ly - 40, lw, 940, D.lin([[0, '#000', 0], [0.55, '#ff9a3a', 0.05], [0.72, '#ffb35a', 0.55], [0.8, '#ff9a3a', 0.08], [1, '#000', 0]], 0, 0, 1, 0)) +
    strk(grid, '#0a0504', 9) + '</g>';
  s += strk(`M${lx + 40} 860V${ly + 140}Q${lx + lw / 2} ${ly - 20} ${lx + lw - 40} ${ly + 140}V860`, '#3a1e12', 6);
  s += strk(`M${lx + 40} 860H${lx + lw - 40}`, '#3a1e12', 10);
  // carved trefoils
  for (const x of [bx + 120, bx + 880]) s += strk(`M${x - 30} ${by + 200}a30 30 0 0 1 60 0M${x - 18} ${by + 170}a18 18 0 0 1 36 0`, '#3a1e12', 4, { opacity: 0.8 });
  // thin slice of candle light: a vertical sliver at the right edge of the booth + candle
  s += pth(`M${bx + bw + 6} 200H${bx + bw + 22}L${bx + bw + 40} 1080H${bx + bw + 10}Z`, D.lin([[0, '#ffb35a', 0.05], [0.5, '#ffb35a', 0.4], [1, '#ffb35a', 0.08]]));
  s += glow(D, 1720, 700, 200, 260, '#ffa53a', 0.3);
  s += rect(1706, 700, 28, 130, '#e8dcc0') + el('ellipse', { cx: 1720, cy: 690, rx: 8, ry: 20, fill: '#ffd27a' }) + el('ellipse', { cx: 1720, cy: 694, rx: 4, ry: 10, fill: '#fff8e0' });
  s += pth('M1680 830h80l-10 20h-60z', '#2a1a10');
  s += strk(`M${bx + bw} ${by + 200}V1080`, '#ffb35a', 2.5, { opacity: 0.5 });
  // floor
  s += rect(0, 900, 1920, 180, D.lin([[0, '#0c0806'], [1, '#030204']]));
  return bgDoc(D, s, { bottom: 0.6 });
}

// ------------------------------------------------------------------ news screen
export function newsScreen() {
  const D = new Defs('ns');
  const r = rng(24);
  let s = '';
  // studio background
  s += rect(0, 0, 1920, 1080, D.lin([[0, '#061a2a'], [0.6, '#0a2c44'], [1, '#041018']]));
  let grid = '';
  for (let x = 0; x < 1920; x += 64) grid += `M${x} 0V1080`;
  for (let y = 0; y < 1080; y += 64) grid += `M0 ${y}H1920`;
  s += strk(grid, '#35e4e8', 1, { opacity: 0.07 });
  s += pth('M0 720L700 0H980L280 720Z', '#35e4e8', { opacity: 0.05 }) + pth('M1100 720L1800 0H1920V60L1280 720Z', '#35e4e8', { opacity: 0.04 });
  // planet graphic (Mars) at right
  s += el('circle', { cx: 1600, cy: 380, r: 230, fill: D.rad([[0, '#e0784a'], [0.7, '#a03a26'], [1, '#3a0c10']], 0.4, 0.35, 0.7) }) + el('circle', { cx: 1600, cy: 380, r: 250, fill: 'none', stroke: '#35e4e8', 'stroke-width': 2, opacity: 0.4, 'stroke-dasharray': '8 10' });
  s += strk('M1400 340Q1600 300 1800 360M1380 440Q1600 400 1820 450', '#6a1a14', 10, { opacity: 0.5 });
  // channel bug (invented): "ARES 24"
  s += rect(60, 50, 300, 84, '#c8102e') + rect(360, 50, 150, 84, '#0a0a14');
  s += neonText('ARES', 84, 72, 40, '#ffffff', { glow: 0, tube: 6, core: '#ffffff' }) + neonText('24', 384, 72, 40, '#35e4e8', { glow: 0.5, tube: 6 });
  s += el('circle', { cx: 1800, cy: 92, r: 10, fill: '#ff3b52' }) + neonText('LIVE', 1726, 80, 24, '#ffffff', { glow: 0, tube: 4, core: '#fff', anchor: 'end' });
  // suspect image frame (left-centre): glitched red silhouette
  const fx = 300, fy = 190, fw = 560, fh = 400;
  s += rect(fx - 8, fy - 8, fw + 16, fh + 16, '#e6eef2') + rect(fx, fy, fw, fh, '#12060a');
  s += `<clipPath id="nsf"><rect x="${fx}" y="${fy}" width="${fw}" height="${fh}"/></clipPath>`;
  const sil = (dx) => `M${fx + 280 + dx} ${fy + 90}a70 80 0 1 1 -1 0zM${fx + 110 + dx} ${fy + 400}q20 -150 170 -160q150 10 170 160z`;
  let g = rect(fx, fy, fw, fh, D.lin([[0, '#2a0810'], [1, '#12040a']]));
  g += pth(sil(0), '#c8102e', { opacity: 0.85 });
  g += pth(sil(-14), '#35e4e8', { opacity: 0.25 }) + pth(sil(10), '#ff3b52', { opacity: 0.35 });
  // glitch slices: horizontal bands offset
  let slices = '';
  for (let i = 0; i < 9; i++) {
    const y = fy + r.range(40, fh - 30), h = r.range(6, 26), dx = r.range(-60, 60);
    slices += `<g clip-path="url(#nsf)"><clipPath id="nss${i}"><rect x="${fx}" y="${n(y)}" width="${fw}" height="${n(h)}"/></clipPath><g clip-path="url(#nss${i})" transform="translate(${n(dx)} 0)">${pth(sil(0), i % 2 ? '#ff6a7a' : '#c8102e')}</g></g>`;
  }
  let scan = '';
  for (let y = fy; y < fy + fh; y += 6) scan += `M${fx} ${y}h${fw}`;
  g += strk(scan, '#000', 2, { opacity: 0.35 });
  s += `<g clip-path="url(#nsf)">${g}</g>` + slices;
  s += rect(fx, fy + fh - 44, 200, 44, '#c8102e') + neonText('SUSPECT', fx + 16, fy + fh - 34, 24, '#fff', { glow: 0, tube: 4, core: '#fff' });
  s += neonText('CAM 04  22:41', fx + fw - 16, fy + 14, 18, '#ffffff', { glow: 0, tube: 3, core: '#fff', anchor: 'end' });
  // lower third: breaking bar (above the VN text box)
  s += rect(0, 640, 1920, 110, '#f4f6f8') + rect(0, 640, 300, 110, '#c8102e');
  s += neonText('BREAKING', 40, 676, 34, '#ffffff', { glow: 0, tube: 6, core: '#fff' });
  s += neonText('SUSPECT AT LARGE IN CANAL CITY', 340, 668, 46, '#0a0a14', { glow: 0, tube: 7, core: '#0a0a14' });
  s += rect(0, 750, 1920, 44, '#0a0a14');
  s += neonText('POLICE URGE CITIZENS TO REPORT UNREGISTERED UNITS  +  PANACEA SHARES STEADY', 40, 762, 20, '#35e4e8', { glow: 0, tube: 3.5 });
  return bgDoc(D, s, { bottom: 0.55 });
}

// ------------------------------------------------------------------ worker quarters
export function workerQuarters() {
  const D = new Defs('wq');
  const r = rng(99);
  let s = '';
  s += rect(0, 0, 1920, 1080, '#0e0e0c');
  // concrete back wall with stains
  s += rect(0, 0, 1920, 760, D.lin([[0, '#1e1f1c'], [1, '#2a2a24']]));
  let stains = '';
  for (let i = 0; i < 30; i++) { const x = r() * 1920, y = r() * 300; stains += `M${n(x)} ${n(y)}q${n(r.range(-10, 10))} ${n(r.range(100, 300))} ${n(r.range(-6, 6))} ${n(r.range(200, 420))}`; }
  s += strk(stains, '#141410', 10, { opacity: 0.35 });
  let seams = '';
  for (let x = 0; x < 1920; x += 240) seams += `M${x} 0V760`;
  s += strk(seams + 'M0 300H1920', '#121210', 3, { opacity: 0.8 });
  // ceiling pipes
  s += strk('M0 60H1920M0 100H1920', '#1a1614', 22) + strk('M0 54H1920', '#4a3a30', 2) + strk('M300 60V0M1500 100V0', '#1a1614', 18);
  // bare bulbs
  for (const [x, len] of [[480, 180], [1000, 220], [1520, 170]]) {
    s += strk(`M${x} 100V${100 + len}`, '#0a0a08', 3);
    s += glow(D, x, 120 + len, 340, 280, '#ffd28a', 0.3);
    s += el('ellipse', { cx: x, cy: 116 + len, rx: 14, ry: 18, fill: '#fff1c8' }) + rect(x - 8, 92 + len, 16, 12, '#3a342a');
  }
  // lockers (left + right), centre left open for sprites
  const locker = (x, y, w, h, col, open = false) => {
    let o = rect(x, y, w, h, col) + strk(`M${x} ${y}h${w}v${h}h${-w}z`, '#0a0c0c', 4);
    let v = '';
    for (let k = 0; k < 5; k++) v += `M${x + w * 0.2} ${y + 30 + k * 12}h${w * 0.6}`;
    o += strk(v + `M${x + w * 0.2} ${y + h - 90 + 0}h${w * 0.6}`, '#0a0c0c', 3, { opacity: 0.7 });
    o += rect(x + w - 22, y + h / 2 - 20, 8, 40, '#9a9a8a');
    if (open) o += pth(`M${x + w} ${y}l40 20v${h - 40}l-40 20z`, '#2a3a38');
    return o;
  };
  const cols = ['#3a4a46', '#34443f', '#3e4e4a'];
  for (let i = 0; i < 5; i++) s += locker(60 + i * 110, 300, 104, 460, cols[i % 3], i === 3);
  for (let i = 0; i < 4; i++) s += locker(1430 + i * 110, 300, 104, 460, cols[(i + 1) % 3]);
  s += rect(60, 760, 550, 20, '#101210') + rect(1430, 760, 440, 20, '#101210');
  // a faded notice on the wall
  s += rect(760, 330, 150, 190, '#b8b098', { opacity: 0.4 }) + strk('M780 370h110M780 400h90M780 430h110M780 460h60', '#2a2a24', 5, { opacity: 0.5 });
  // cot with thin mattress and blanket
  s += pth('M940 700h460v20h-460z', '#2a2a28') + strk('M950 720v120M1390 720v120M940 700v-40', '#1a1a18', 8);
  s += pth('M940 660h460q10 0 10 16v24h-470z', '#6a6a58') + pth('M1100 656h300q14 0 14 20v28h-330q6 -30 16 -48z', '#4a5a6a') + strk('M1120 676h270', '#34404c', 3);
  s += pth('M950 644q40 -20 90 0v20h-90z', '#c8c4b0');
  // floor
  s += rect(0, 780, 1920, 300, D.lin([[0, '#1c1c18'], [1, '#060606']]));
  s += strk('M0 780H1920', '#2a2a24', 3);
  s += el('ellipse', { cx: 1000, cy: 860, rx: 500, ry: 40, fill: '#ffd28a', opacity: 0.05 });
  // drain + small cyan standby light (monitoring)
  s += el('circle', { cx: 1860, cy: 210, r: 6, fill: '#35e4e8' }) + glow(D, 1860, 210, 40, 40, '#35e4e8', 0.5) + rect(1830, 190, 60, 40, 'none', { stroke: '#1a1a18', 'stroke-width': 4 });
  return bgDoc(D, s, { bottom: 0.8 });
}
