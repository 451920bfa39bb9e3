// Ambience loops: every event wraps around the loop and every modulation/filter is cyclic,
// so the loops are seamless by construction.
import { SR, TAU, Loop, loopLen, qf, noise, biquad, biquadC, cyc, reverbLoop, SVF, smoothCurve, clamp, lp1 } from './dsp.mjs';
import { modes, envAR } from './inst.mjs';

/** cyclic time-varying SVF over a loop-length array; fcAt/qAt indexed by loop sample */
function svfLoop(x, mode, fcAt, Q = 1) {
  const L = x.length;
  return cyc(x, (t) => {
    const f = new SVF();
    let g = 0, k = 1 / (typeof Q === 'function' ? Q(0) : Q);
    for (let i = 0; i < t.length; i++) {
      if ((i & 15) === 0) { const j = i % L; g = SVF.g(fcAt(j)); if (typeof Q === 'function') k = 1 / Q(j); }
      f.tick(t[i], g, k);
      t[i] = mode === 'lp' ? f.lp : mode === 'bp' ? f.bp : f.hp;
    }
  });
}

function bubble(rng, f0, tau, rise = 0.6) {
  const n = Math.round(tau * 6 * SR);
  const x = new Float32Array(n);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    ph += (TAU * f0 * (1 + rise * t / (tau * 3))) / SR;
    x[i] = Math.sin(ph) * Math.exp(-t / tau) * Math.min(1, i / 24);
  }
  return x;
}
function tickBurst(rng, fc, len, q = 1) {
  const n = Math.max(8, Math.round(len * SR));
  const x = noise(n + 64, rng);
  biquad(x, 'bp', fc, q);
  const y = new Float32Array(n + 64);
  for (let i = 0; i < n + 64; i++) y[i] = x[i] * Math.exp(-i / (len * SR * 0.35)) * Math.min(1, i / 6);
  return y;
}

// ================================================================= rain
export function rain(rng) {
  const L = loopLen(16);
  const out = new Loop(L);
  const c = noise(L, rng), nl = noise(L, rng), nr = noise(L, rng);
  const bl = new Float32Array(L), br = new Float32Array(L);
  for (let i = 0; i < L; i++) { bl[i] = 0.55 * c[i] + 0.8 * nl[i]; br[i] = 0.55 * c[i] + 0.8 * nr[i]; }
  const gust = smoothCurve(rng, L, 9);
  for (const x of [bl, br]) {
    biquadC(x, 'hp', 300, 0.6);
    biquadC(x, 'lp', 6500, 0.6);
    biquadC(x, 'peak', 1800, 0.7, 3);
    biquadC(x, 'lp', 9000, 0.7);
  }
  // low "mass" of falling water
  const lo = noise(L, rng);
  biquadC(lo, 'lp', 350, 0.7); biquadC(lo, 'lp', 350, 0.7);
  for (let i = 0; i < L; i++) {
    const g = 1 + 0.18 * gust[i];
    out.l[i] += (bl[i] * 0.09 + lo[i] * 0.12) * g;
    out.r[i] += (br[i] * 0.09 + lo[i] * 0.12) * g;
  }
  // individual drops: ticks on hard surfaces and bubbly plinks in puddles
  const drops = new Loop(L);
  for (let k = 0; k < 3200; k++) {
    const t = rng.next() * L;
    const a = 0.04 * Math.exp(-3.2 * rng.next()) * (1 + 0.15 * gust[Math.floor(t)]);
    const pan = rng.bi() * 0.9;
    if (rng.chance(0.72)) drops.add(tickBurst(rng, rng.range(1800, 7500), rng.range(0.002, 0.008), 1.2), t, a * 1.4, pan);
    else drops.add(bubble(rng, rng.range(1300, 4200), rng.range(0.004, 0.012), rng.range(0.3, 1.2)), t, a * 0.8, pan);
  }
  // a gutter dripping into a puddle nearby (two alternating pitches, slightly irregular)
  let t = 0;
  const pitches = [rng.range(820, 900), rng.range(1050, 1150)];
  let j = 0;
  while (t < L - 0.3 * SR) {
    drops.add(bubble(rng, pitches[j++ % 2] * rng.range(0.97, 1.03), 0.022, 0.5), t, 0.05 * rng.range(0.7, 1), 0.45);
    t += rng.range(0.42, 0.75) * SR;
  }
  out.mix(drops);
  const wet = reverbLoop(drops, { room: 0.55, damp: 0.6, pre: 0.01 });
  out.mix(wet, 0.5);
  return out;
}

// ================================================================= crowd
const VOWELS = [[730, 1090, 2440], [530, 1840, 2480], [300, 2200, 2950], [570, 840, 2410], [330, 900, 2250], [660, 1720, 2410], [640, 1190, 2390], [490, 1350, 2500]];
function utterance(rng, f0, nSyl, fem) {
  const syl = [];
  let t = 0;
  for (let s = 0; s < nSyl; s++) {
    const d = rng.range(0.11, 0.26);
    syl.push({ t, d, v: rng.pick(VOWELS).map((f) => f * (fem ? 1.16 : 1) * rng.range(0.95, 1.05)), cons: rng.next(), a: rng.range(0.55, 1) });
    t += d + (rng.chance(0.15) ? rng.range(0.04, 0.12) : 0.0);
  }
  const n = Math.round((t + 0.15) * SR);
  const out = new Float32Array(n);
  const F = [new SVF(), new SVF(), new SVF()];
  const cur = syl[0].v.slice();
  const fc = 1 - Math.exp(-1 / (0.025 * SR));
  let p = 0, si = 0, lpS = 0;
  const hiss = noise(n, rng);
  const decl = rng.range(0.1, 0.25), wob = rng.range(2, 4), wph = rng.next() * TAU;
  const gs = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const ts = i / SR;
    while (si + 1 < syl.length && ts >= syl[si + 1].t) si++;
    const S = syl[si];
    const u = ts - S.t;
    let env = u < 0 || u > S.d + 0.06 ? 0 : u < 0.03 ? u / 0.03 : u > S.d ? 1 - (u - S.d) / 0.06 : 1;
    env = env * env * S.a;
    for (let k = 0; k < 3; k++) cur[k] += (S.v[k] - cur[k]) * fc;
    const f = f0 * (1 - decl * (ts / t)) * (1 + 0.06 * Math.sin(TAU * wob * ts + wph) + 0.04 * Math.sin(TAU * 0.9 * ts));
    const dt = f / SR;
    p += dt; if (p >= 1) p -= 1;
    const src = 2 * p - 1;
    lpS += 0.25 * (src - lpS);
    if ((i & 15) === 0) for (let k = 0; k < 3; k++) gs[k] = SVF.g(cur[k]);
    let y = 0;
    const amps = [1, 0.55, 0.25];
    for (let k = 0; k < 3; k++) { F[k].tick(lpS + hiss[i] * 0.05, gs[k], 1 / (6 + k * 2)); y += F[k].bp * amps[k]; }
    let cons = 0;
    if (S.cons < 0.35 && u >= 0 && u < 0.06) cons = hiss[i] * (1 - u / 0.06) * 0.35;
    out[i] = y * env + cons * S.a;
  }
  return out;
}

export function crowd(rng) {
  const L = loopLen(16);
  const talk = new Loop(L);
  const N = 26;
  for (let k = 0; k < N; k++) {
    const fem = rng.chance(0.45);
    const f0 = fem ? rng.range(175, 235) : rng.range(95, 135);
    const dist = rng.range(0.35, 1);
    const pan = rng.bi() * 0.85;
    const lpHz = 2200 + 3000 * (1 - dist);
    const start = rng.next() * L;
    let t = start;
    while (t < start + L - 1.2 * SR) {
      const u = utterance(rng, f0, rng.int(3, 14), fem);
      if (t + u.length > start + L) break;
      biquad(u, 'lp', lpHz, 0.7);
      talk.add(u, t, 0.05 / dist, pan);
      t += u.length + rng.range(0.2, 1.6) * SR;
    }
  }
  // room: everything through a lively reverb, then murky
  const out = new Loop(L);
  const wet = reverbLoop(talk, { room: 0.78, damp: 0.45, pre: 0.02, width: 1 });
  out.mix(talk, 0.8).mix(wet, 1.1);
  for (const ch of [out.l, out.r]) { biquadC(ch, 'lp', 5500, 0.7); biquadC(ch, 'hp', 90, 0.7); }
  // low room tone
  const rt = noise(L, rng), rt2 = noise(L, rng);
  biquadC(rt, 'lp', 260, 0.7); biquadC(rt2, 'lp', 260, 0.7);
  for (let i = 0; i < L; i++) { out.l[i] += rt[i] * 0.05; out.r[i] += rt2[i] * 0.05; }
  // occasional glass / cutlery clinks
  const fx = new Loop(L);
  for (let k = 0; k < 9; k++) {
    const n = Math.round(0.5 * SR);
    const base = rng.range(2300, 4200);
    const x = modes(n, [1, 2.32, 4.25, 5.1].map((r, j) => ({ f: base * r * rng.range(0.99, 1.01), a: 0.5 / (j + 1), tau: 0.12 / (1 + j * 0.5) })));
    envAR(x, 0.0005, 0.45, 0.03);
    fx.add(x, rng.next() * L, rng.range(0.01, 0.03), rng.bi() * 0.8);
  }
  out.mix(fx).mix(reverbLoop(fx, { room: 0.7, damp: 0.5 }), 0.8);
  return out;
}

// ================================================================= wind
export function wind(rng) {
  const L = loopLen(20);
  const out = new Loop(L);
  const gustA = smoothCurve(rng, L, 7), gustB = smoothCurve(rng, L, 6), sweep = smoothCurve(rng, L, 10), sweep2 = smoothCurve(rng, L, 8), wh = smoothCurve(rng, L, 5);
  const amp = (g) => { const v = clamp(0.62 + 0.38 * g, 0.25, 1); return Math.pow(v, 1.5); };
  for (const [ch, gust, sw] of [[out.l, gustA, sweep], [out.r, gustB, sweep2]]) {
    const x = noise(L, rng);
    svfLoop(x, 'bp', (i) => 650 * Math.pow(2, 1.2 * sw[i] + 0.6 * gust[i]), 1.6);
    const y = noise(L, rng);
    svfLoop(y, 'bp', (i) => 2200 * Math.pow(2, 0.7 * sw[i]), 5);
    const w = noise(L, rng);
    svfLoop(w, 'bp', (i) => 1450 * Math.pow(2, 0.35 * wh[i] + 0.25 * gust[i]), 28);
    for (let i = 0; i < L; i++) ch[i] += (x[i] * 0.5 + y[i] * 0.35 + w[i] * 0.9 * amp(wh[i])) * amp(gust[i]);
  }
  // faint low rumble
  const lo = noise(L, rng);
  biquadC(lo, 'lp', 110, 0.7); biquadC(lo, 'lp', 110, 0.7);
  for (let i = 0; i < L; i++) { const g = amp(gustA[i]); out.l[i] += lo[i] * 0.5 * g; out.r[i] += lo[i] * 0.5 * g; }
  // fine dust ticking on a visor, denser in the gusts
  const dust = new Loop(L);
  for (let k = 0; k < 700; k++) {
    const t = Math.floor(rng.next() * L);
    if (rng.next() > amp(gustA[t])) continue;
    dust.add(tickBurst(rng, rng.range(4000, 9000), 0.0015, 1), t, rng.range(0.01, 0.06), rng.bi());
  }
  out.mix(dust);
  for (const ch of [out.l, out.r]) biquadC(ch, 'hp', 40, 0.7);
  return out;
}

// ================================================================= city
export function city(rng) {
  const L = loopLen(20);
  const out = new Loop(L);
  // electrical / machinery hum: quantised to whole cycles per loop
  const hum = [[57, 0.5], [114, 0.3], [171, 0.12], [228, 0.06], [86, 0.2]].map(([f, a]) => [qf(f, L), a, rng.next() * TAU]);
  const wob = smoothCurve(rng, L, 5);
  for (let i = 0; i < L; i++) {
    const t = i / SR;
    let s = 0;
    for (const [f, a, p] of hum) s += a * Math.sin(TAU * f * t + p);
    s *= 0.03 * (1 + 0.25 * wob[i]);
    out.l[i] += s; out.r[i] += s * 0.9;
  }
  // traffic wash: brownish noise, decorrelated
  const tw = smoothCurve(rng, L, 6);
  for (const ch of [out.l, out.r]) {
    const x = noise(L, rng);
    cyc(x, (t) => { let s = 0; for (let i = 0; i < t.length; i++) { s = s * 0.995 + t[i] * 0.1; t[i] = s; } });
    biquadC(x, 'lp', 450, 0.7); biquadC(x, 'hp', 35, 0.7);
    for (let i = 0; i < L; i++) ch[i] += x[i] * 0.28 * (1 + 0.3 * tw[i]);
    // faint hiss of wet tyres / air far away
    const h = noise(L, rng);
    biquadC(h, 'bp', 2500, 0.5);
    for (let i = 0; i < L; i++) ch[i] += h[i] * 0.004 * (1 + 0.4 * tw[i]);
  }
  // passing (hover)cars with doppler
  const ev = new Loop(L);
  for (let k = 0; k < 8; k++) {
    const dur = rng.range(3, 6.5);
    const n = Math.round(dur * SR);
    const tc = dur / 2, w = rng.range(0.5, 1.2), dir = rng.chance(0.5) ? 1 : -1;
    const nz = noise(n, rng);
    const l = new Float32Array(n), r = new Float32Array(n);
    const f1 = new SVF();
    const whine = rng.range(300, 650), eng = rng.range(70, 120);
    let pw = 0, pe = 0;
    for (let i = 0; i < n; i++) {
      const t = i / SR;
      const x = (t - tc) / w;
      const v = -Math.tanh(x * 1.5);
      const dop = 1 + 0.06 * v;
      const a = 1 / (1 + x * x);
      if ((i & 15) === 0) f1.g = SVF.g(900 * dop * (0.6 + 0.6 * a));
      f1.tick(nz[i], f1.g, 1.2);
      pw += (whine * dop) / SR; pe += (eng * dop) / SR;
      const s = (f1.bp * 0.7 + 0.12 * Math.sin(TAU * pw) + 0.2 * (2 * (pe % 1) - 1) * 0.5) * a;
      const pan = clamp(dir * Math.tanh(x * 0.8), -1, 1) * 0.8;
      const ang = ((pan + 1) * Math.PI) / 4;
      const fade = Math.min(1, i / (0.2 * SR), (n - i) / (0.2 * SR));
      l[i] = s * Math.cos(ang) * fade; r[i] = s * Math.sin(ang) * fade;
    }
    lp1(l, 2500); lp1(r, 2500);
    ev.add2(l, r, rng.next() * L, rng.range(0.05, 0.12));
  }
  // one far-away two-tone siren
  {
    const dur = 4.2, n = Math.round(dur * SR);
    const x = new Float32Array(n);
    let ph = 0;
    for (let i = 0; i < n; i++) {
      const t = i / SR;
      const f = (Math.floor(t / 0.55) % 2 ? 740 : 587) * (1 - 0.01 * t);
      ph += (TAU * f) / SR;
      x[i] = (Math.sin(ph) + 0.3 * Math.sin(2 * ph) + 0.1 * Math.sin(3 * ph)) * Math.sin((Math.PI * i) / n) ** 2;
    }
    biquad(x, 'lp', 1600, 0.7);
    ev.add(x, rng.next() * L, 0.025, rng.bi() * 0.6);
  }
  out.mix(ev);
  out.mix(reverbLoop(ev, { room: 0.9, damp: 0.6, pre: 0.06 }), 0.9);
  return out;
}

export const AMBIENCE = { rain, crowd, wind, city };
