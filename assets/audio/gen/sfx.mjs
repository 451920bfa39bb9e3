// One-shot sound effects (mono). Each returns a Float32Array; `level` is a dB offset on the
// common sfx loudness target applied in generate.mjs.
import { SR, TAU, noise, biquad, lp1, SVF, freeverb, clamp } from './dsp.mjs';
import { modes, envAR, addAt } from './inst.mjs';

const N = (sec) => Math.round(sec * SR);
function withVerb(x, { room = 0.6, damp = 0.5, pre = 0.01, wet = 0.3, tail = 1.0, size = 1 } = {}) {
  const n = x.length + N(tail);
  const a = new Float32Array(n);
  a.set(x);
  const [l, r] = freeverb(a, a, { room, damp, pre, size });
  for (let i = 0; i < n; i++) a[i] += ((l[i] + r[i]) / 2) * wet;
  return a;
}
function burst(rng, sec, type, f, q, decay, att = 0.0005) {
  const n = N(sec);
  const x = noise(n, rng);
  if (type) biquad(x, type, f, q);
  const na = Math.max(1, N(att));
  for (let i = 0; i < n; i++) x[i] *= (i < na ? i / na : 1) * Math.exp(-(i - na > 0 ? i - na : 0) / (decay * SR));
  return x;
}
function sweepTone(sec, fAt, ampAt, harm = [1]) {
  const n = N(sec);
  const x = new Float32Array(n);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    ph += (TAU * fAt(t)) / SR;
    let s = 0;
    for (let k = 0; k < harm.length; k++) s += harm[k] * Math.sin(ph * (k + 1));
    x[i] = s * ampAt(t);
  }
  return x;
}
const PLATE = [1, 1.59, 2.14, 2.3, 2.65, 2.92, 3.16, 3.5, 4.1];
function clank(rng, base, { tau = 0.18, bright = 1, len = 0.6 } = {}) {
  const n = N(len);
  const x = modes(n, PLATE.map((r, k) => ({ f: base * r * rng.range(0.985, 1.015), a: (rng.range(0.4, 1) * Math.pow(bright, k / 4)) / (1 + k * 0.3), tau: tau * rng.range(0.5, 1.2) / (1 + k * 0.15), ph: rng.next() * TAU })));
  addAt(x, burst(rng, 0.01, 'hp', 2500, 0.7, 0.002), 0, 0.6);
  return envAR(x, 0.0003, len - 0.03, 0.02);
}

// ---------------------------------------------------------------- UI
function uiSelect(_rng) {
  const x = sweepTone(0.16, (t) => 1180 + 380 * Math.exp(-t / 0.02), (t) => Math.min(1, t / 0.002) * Math.exp(-t / 0.045), [1, 0.12, 0.04]);
  addAt(x, sweepTone(0.12, () => 1760, (t) => Math.min(1, t / 0.002) * Math.exp(-t / 0.03), [1]), N(0.035), 0.45);
  return envAR(x, 0.001, 0.14, 0.01);
}
function textBlip() {
  const x = sweepTone(0.045, (t) => 820 - 1800 * t, (t) => Math.min(1, t / 0.0015) * Math.exp(-t / 0.011), [1, 0.25, 0.08]);
  return x;
}

// ---------------------------------------------------------------- action
function gunshot(rng) {
  const x = new Float32Array(N(0.5));
  // supersonic crack / N-wave + muzzle blast
  for (let i = 0; i < N(0.0012); i++) x[i] += i < N(0.0005) ? 1 : -0.8;
  const blast = burst(rng, 0.3, 'lp', 4500, 0.7, 0.028, 0.0002);
  for (let i = 0; i < blast.length; i++) blast[i] = Math.tanh(blast[i] * 3);
  addAt(x, blast, 0, 0.9);
  addAt(x, burst(rng, 0.05, 'hp', 3000, 0.7, 0.006), 0, 0.6);
  addAt(x, sweepTone(0.4, (t) => 45 + 70 * Math.exp(-t / 0.02), (t) => Math.exp(-t / 0.09)), 0, 0.9);
  // urban slap echoes off buildings + reverb tail
  const y = new Float32Array(N(2.0));
  y.set(x);
  for (const [d, g, lp] of [[0.16, 0.32, 2500], [0.39, 0.2, 1800], [0.63, 0.11, 1200]]) {
    const e = Float32Array.from(x);
    lp1(e, lp); lp1(e, lp);
    addAt(y, e, N(d), g);
  }
  return envAR(withVerb(y, { room: 0.75, damp: 0.6, wet: 0.35, tail: 0.2 }), 0.0001, 1.9, 0.15);
}
function footsteps(rng) {
  const x = new Float32Array(N(1.65));
  const times = [0.04, 0.44, 0.86, 1.25];
  times.forEach((t0) => {
    const g = rng.range(0.8, 1);
    const heel = sweepTone(0.12, (t) => 75 + 60 * Math.exp(-t / 0.01), (t) => Math.exp(-t / 0.022));
    addAt(x, heel, N(t0), 0.9 * g);
    addAt(x, burst(rng, 0.06, 'bp', 900 + rng.range(-100, 200), 1.0, 0.012), N(t0), 0.8 * g);
    addAt(x, burst(rng, 0.05, 'bp', 2400, 0.8, 0.01), N(t0 + 0.002), 0.35 * g);
    // toe roll + wet scuff
    const toe = t0 + rng.range(0.07, 0.09);
    addAt(x, burst(rng, 0.06, 'bp', 1500, 0.9, 0.014, 0.003), N(toe), 0.45 * g);
    addAt(x, burst(rng, 0.12, 'hp', 4500, 0.7, 0.035, 0.006), N(toe), 0.12 * g);
  });
  return envAR(withVerb(x, { room: 0.5, damp: 0.6, wet: 0.25, tail: 0.05, size: 0.7 }), 0.0005, 1.62, 0.04);
}
function transform(rng) {
  const len = 2.7, n = N(len);
  const x = new Float32Array(n);
  const lock = 2.02;
  // rising whoosh (filtered noise sweep) that stops at the lock
  const nz = noise(n, rng);
  const f = new SVF();
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const u = clamp(t / lock, 0, 1);
    const fc = 180 * Math.pow(6500 / 180, Math.pow(u, 1.3));
    f.tick(nz[i], SVF.g(fc), 1 / 2.5);
    const a = t < lock ? Math.pow(u, 1.6) : Math.exp(-(t - lock) / 0.05);
    x[i] += f.bp * a * 0.9;
  }
  // rising power-up chord (detuned saws), one octave up
  const ph = [0, 0.3, 0.6, 0.15, 0.45];
  const ratios = [1, 1.5, 2, 2.997, 1.005];
  const lpF = new SVF();
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const u = clamp(t / lock, 0, 1);
    const f0 = 110 * Math.pow(2, u * u);
    let s = 0;
    for (let k = 0; k < 5; k++) { ph[k] += (f0 * ratios[k]) / SR; ph[k] -= Math.floor(ph[k]); s += 2 * ph[k] - 1; }
    lpF.tick(s / 5, SVF.g(300 + 3500 * u * u), 1 / 3);
    const a = t < lock ? 0.2 + 0.8 * u : Math.exp(-(t - lock) / 0.08);
    x[i] += lpF.lp * a * 0.45;
  }
  // servo whirr
  addAt(x, sweepTone(lock, (t) => 600 + 900 * (t / lock) + 40 * Math.sin(TAU * 23 * t), (t) => 0.08 * Math.sin((Math.PI * t) / lock), [1, 0.4, 0.2]), 0, 1);
  // armour plates clanking into place, accelerating
  const clanks = [0.3, 0.68, 0.98, 1.22, 1.42, 1.58, 1.72, 1.83, 1.92];
  clanks.forEach((t0, k) => addAt(x, clank(rng, rng.range(380, 950), { tau: 0.12, bright: 1.2 }), N(t0), 0.35 + 0.03 * k));
  // final lock: heavy clank + low hit + shimmer
  addAt(x, clank(rng, 240, { tau: 0.35, len: 0.7 }), N(lock), 1.0);
  addAt(x, clank(rng, 610, { tau: 0.25, len: 0.6 }), N(lock + 0.004), 0.6);
  addAt(x, sweepTone(0.5, (t) => 45 + 60 * Math.exp(-t / 0.03), (t) => Math.exp(-t / 0.12)), N(lock), 1.1);
  addAt(x, modes(N(0.7), [5200, 6900, 8300, 9800].map((fq) => ({ f: fq * rng.range(0.99, 1.01), a: 0.05, tau: 0.35, ph: rng.next() }))), N(lock), 1);
  return envAR(withVerb(x, { room: 0.6, damp: 0.5, wet: 0.22, tail: 0.1 }), 0.002, len, 0.1);
}
function blade(rng) {
  const len = 1.0, n = N(len);
  const x = new Float32Array(n);
  const nz = noise(n, rng);
  const f = new SVF();
  const pk = 0.14;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const fc = t < pk ? 2500 * Math.pow(9000 / 2500, t / pk) : 9000 * Math.pow(4000 / 9000, Math.min(1, (t - pk) / 0.25));
    f.tick(nz[i], SVF.g(fc), 1 / 3);
    const a = Math.exp(-Math.pow((t - pk) / 0.07, 2));
    x[i] += f.bp * a * 1.2;
  }
  // energy hum with doppler (rises into the swing then falls)
  addAt(x, sweepTone(0.75, (t) => 2800 * (1 + 0.09 * Math.tanh((pk - t) / 0.05)) + 60 * Math.sin(TAU * 37 * t), (t) => Math.min(1, t / 0.06) * Math.exp(-Math.max(0, t - pk) / 0.18) * 0.25, [1, 0.3, 0.1]), 0, 1);
  // metallic "shing" ring
  addAt(x, modes(N(0.8), [4230, 6120, 7940, 10300].map((fq, k) => ({ f: fq, a: 0.12 / (k + 1), tau: 0.3 / (1 + k * 0.3), ph: rng.next() }))), N(pk - 0.01), 1);
  return envAR(x, 0.002, len - 0.1, 0.06);
}
function impact(rng) {
  const x = new Float32Array(N(0.7));
  addAt(x, sweepTone(0.5, (t) => 42 + 75 * Math.exp(-t / 0.025), (t) => Math.exp(-t / 0.1)), 0, 1.1);
  addAt(x, burst(rng, 0.2, 'bp', 420, 1.0, 0.035), 0, 1.6);
  addAt(x, burst(rng, 0.05, 'hp', 2200, 0.7, 0.008), N(0.001), 0.5);
  addAt(x, burst(rng, 0.12, 'bp', 1300, 2, 0.03), N(0.006), 0.3);
  for (let i = 0; i < x.length; i++) x[i] = Math.tanh(x[i] * 1.6);
  return envAR(withVerb(x, { room: 0.4, damp: 0.7, wet: 0.15, tail: 0.1, size: 0.6 }), 0.0003, 0.75, 0.04);
}
function door(rng) {
  const len = 2.3, x = new Float32Array(N(len));
  // latch releases
  addAt(x, clank(rng, 720, { tau: 0.06, len: 0.25 }), 0, 0.55);
  // hydraulic hiss + sliding rumble
  const sl = noise(N(1.0), rng);
  lp1(sl, 300); lp1(sl, 300);
  const hs = noise(N(1.0), rng);
  biquad(hs, 'bp', 3000, 0.8);
  for (let i = 0; i < sl.length; i++) {
    const t = i / SR;
    const e = Math.sin(Math.PI * Math.min(1, t / 0.95));
    sl[i] = sl[i] * 3.5 * e * (1 + 0.3 * Math.sin(TAU * 11 * t)) + hs[i] * 0.1 * e * Math.exp(-t / 0.5);
  }
  addAt(x, sl, N(0.12), 1);
  // slam
  const slam = 1.05;
  addAt(x, sweepTone(0.8, (t) => 38 + 45 * Math.exp(-t / 0.04), (t) => Math.exp(-t / 0.22)), N(slam), 1.2);
  const thud = burst(rng, 0.4, 'lp', 600, 0.7, 0.05);
  addAt(x, thud, N(slam), 1.4);
  addAt(x, clank(rng, 150, { tau: 0.4, len: 1.0, bright: 0.7 }), N(slam), 0.6);
  addAt(x, clank(rng, 430, { tau: 0.15, len: 0.5 }), N(slam + 0.03), 0.25);
  return envAR(withVerb(x, { room: 0.7, damp: 0.55, wet: 0.3, tail: 0.1 }), 0.001, len, 0.1);
}

// ---------------------------------------------------------------- objects & gadgets
function bird(rng) {
  const x = new Float32Array(N(1.35));
  // chirps: FM-trilled sweeps with a slightly digital edge
  const chirps = [[0.02, 0.07, 2600, 4300], [0.12, 0.06, 3000, 4800], [0.21, 0.09, 4600, 2900], [0.5, 0.05, 3300, 5000], [0.58, 0.11, 5200, 3100]];
  for (const [t0, d, f0, f1] of chirps) {
    const c = sweepTone(d + 0.02, (t) => f0 + (f1 - f0) * Math.min(1, t / d) + 350 * Math.sin(TAU * 42 * t), (t) => Math.sin(Math.PI * Math.min(1, t / d)) ** 1.5, [1, 0.18, 0.08]);
    // crude sample-and-hold for a mechanical tint
    for (let i = c.length - 1; i >= 0; i--) if (i % 4) c[i] = 0.75 * c[i] + 0.25 * c[i - (i % 4)];
    lp1(c, 9000);
    addAt(x, c, N(t0), 0.6);
  }
  // wing flutter: amplitude-modulated noise + servo ticks
  const fl = noise(N(0.36), rng);
  biquad(fl, 'bp', 1400, 0.8);
  for (let i = 0; i < fl.length; i++) { const t = i / SR; fl[i] *= Math.pow(0.5 + 0.5 * Math.sin(TAU * 24 * t), 3) * Math.sin(Math.PI * t / 0.36); }
  addAt(x, fl, N(0.8), 0.8);
  for (let k = 0; k < 8; k++) addAt(x, burst(rng, 0.006, 'bp', 6000, 2, 0.001), N(0.8 + k * 0.042), 0.25);
  addAt(x, sweepTone(0.3, (t) => 900 + 500 * t, (t) => 0.06 * Math.sin(Math.PI * t / 0.3), [1, 0.5]), N(0.82), 1);
  return envAR(x, 0.001, 1.3, 0.02);
}
function staticBurst(rng) {
  const len = 1.25, n = N(len);
  const x = noise(n, rng);
  biquad(x, 'hp', 350, 0.7); biquad(x, 'lp', 4200, 0.7); biquad(x, 'peak', 1800, 1, 4);
  // fluctuating reception in short blocks
  let g = 1, next = 0;
  for (let i = 0; i < n; i++) {
    if (i >= next) { g = rng.range(0.25, 1); next = i + N(rng.range(0.015, 0.07)); }
    x[i] *= g;
  }
  lp1(x, 12000);
  // crackles
  for (let k = 0; k < 45; k++) addAt(x, burst(rng, 0.004, 'hp', 1500, 0.7, 0.0008), N(rng.range(0, len - 0.01)), rng.range(0.5, 1.5));
  // heterodyne whistle drifting
  addAt(x, sweepTone(len, (t) => 1500 - 500 * t + 30 * Math.sin(TAU * 6 * t), () => 0.08), 0, 1);
  for (let i = 0; i < n; i++) { const t = i / SR; x[i] *= Math.min(1, t / 0.015) * (t > len - 0.25 ? Math.max(0, (len - t) / 0.25) : 1); }
  return x;
}
function glass(rng) {
  const x = new Float32Array(N(1.7));
  const hit = (base, t0, a) => {
    const m = modes(N(1.6), [1, 2.68, 4.95, 7.6].flatMap((r, k) => {
      const f = base * r, A = a * [1, 0.55, 0.3, 0.15][k], tau = [1.1, 0.5, 0.25, 0.12][k];
      return [{ f, a: A * 0.55, tau, ph: rng.next() }, { f: f + rng.range(1, 3), a: A * 0.45, tau, ph: rng.next() }];
    }));
    addAt(m, burst(rng, 0.004, 'hp', 5000, 0.7, 0.0008), 0, a * 0.5);
    addAt(x, m, N(t0), 1);
  };
  hit(2250, 0.01, 1);
  hit(2710, 0.016, 0.8);
  hit(1980, 0.105, 0.45);
  return envAR(x, 0.0003, 1.6, 0.05);
}
function phone(_rng) {
  const len = 2.4, x = new Float32Array(N(len));
  for (const t0 of [0.0, 1.05]) {
    const d = 0.72;
    // warbling two-tone ring with a soft FM shimmer
    addAt(x, sweepTone(d, (t) => (Math.floor(t * 18) % 2 ? 1568 : 1175) + 25 * Math.sin(TAU * 5 * t), (t) => Math.min(1, t / 0.01, (d - t) / 0.02) * 0.35, [1, 0.3, 0.12]), N(t0), 1);
    // haptic buzz underneath
    const b = sweepTone(d, () => 155, (t) => Math.min(1, t / 0.02, (d - t) / 0.03) * (0.6 + 0.4 * Math.sin(TAU * 9 * t)), [1, 0.6, 0.4, 0.3, 0.2]);
    lp1(b, 900);
    addAt(x, b, N(t0), 0.35);
  }
  return envAR(withVerb(x, { room: 0.35, damp: 0.6, wet: 0.12, tail: 0.05, size: 0.5 }), 0.001, len, 0.02);
}
function heartbeat(rng) {
  const x = new Float32Array(N(2.05));
  for (const t0 of [0.05, 1.08]) {
    addAt(x, sweepTone(0.3, (t) => 48 + 30 * Math.exp(-t / 0.03), (t) => Math.min(1, t / 0.008) * Math.exp(-t / 0.07), [1, 0.35, 0.15]), N(t0), 1);
    addAt(x, sweepTone(0.25, (t) => 62 + 30 * Math.exp(-t / 0.02), (t) => Math.min(1, t / 0.006) * Math.exp(-t / 0.05), [1, 0.4, 0.15]), N(t0 + 0.27), 0.75);
  }
  const nz = noise(x.length, rng);
  lp1(nz, 150);
  for (let i = 0; i < x.length; i++) x[i] += nz[i] * Math.abs(x[i]) * 0.4;
  lp1(x, 400);
  return envAR(x, 0.001, 2.0, 0.02);
}
function crowdCheer(rng) {
  const len = 2.9, n = N(len);
  const x = new Float32Array(n);
  const dens = (t) => Math.min(1, t / 0.35) * (t < 1.6 ? 1 : Math.exp(-(t - 1.6) / 0.5));
  // applause
  for (let k = 0; k < 1400; k++) {
    const t = rng.next() * len;
    if (rng.next() > dens(t)) continue;
    const c = burst(rng, 0.03, 'bp', rng.range(700, 2600), rng.range(1, 2.5), rng.range(0.004, 0.012), 0.0003);
    addAt(x, c, N(t), rng.range(0.2, 0.6));
  }
  // cheering voices: sustained vowels rising in pitch
  const V = [[730, 1090, 2440], [570, 840, 2410], [660, 1720, 2410], [300, 870, 2240]];
  for (let k = 0; k < 16; k++) {
    const fem = rng.chance(0.5);
    const f0 = (fem ? 230 : 130) * rng.range(0.85, 1.2);
    const t0 = rng.range(0.05, 0.6), d = rng.range(0.7, 1.5);
    const v = rng.pick(V).map((f) => f * (fem ? 1.15 : 1));
    const m = N(d);
    const y = new Float32Array(m);
    const F = v.map(() => new SVF());
    let p = 0;
    const gs = v.map((f) => SVF.g(f));
    const rise = rng.range(1.1, 1.5);
    for (let i = 0; i < m; i++) {
      const t = i / SR;
      const f = f0 * (1 + (rise - 1) * Math.min(1, t / 0.25)) * (1 - 0.15 * Math.max(0, t - d * 0.6) / d) * (1 + 0.02 * Math.sin(TAU * 6 * t));
      p += f / SR; p -= Math.floor(p);
      const src = 2 * p - 1 + (rng.next() - 0.5) * 0.3;
      let s = 0;
      for (let j = 0; j < 3; j++) { F[j].tick(src, gs[j], 1 / 7); s += F[j].bp * [1, 0.6, 0.3][j]; }
      y[i] = s * Math.min(1, t / 0.08) * Math.min(1, (d - t) / 0.3);
    }
    lp1(y, 3500);
    addAt(x, y, N(t0), 0.12);
  }
  // two fan whistles
  addAt(x, sweepTone(0.7, (t) => 2100 + 900 * Math.min(1, t / 0.25) - 300 * Math.max(0, t - 0.4), (t) => Math.min(1, t / 0.03, (0.7 - t) / 0.1) * 0.12, [1, 0.1]), N(0.35), 1);
  addAt(x, sweepTone(0.5, (t) => 2600 + 500 * Math.sin(TAU * 1.5 * t), (t) => Math.min(1, t / 0.03, (0.5 - t) / 0.1) * 0.07, [1]), N(0.9), 1);
  for (let i = 0; i < n; i++) { const t = i / SR; if (t > len - 0.8) x[i] *= Math.max(0, (len - t) / 0.8); }
  return envAR(withVerb(x, { room: 0.75, damp: 0.5, wet: 0.35, tail: 0.35 }), 0.001, len + 0.2, 0.08);
}

export const SFX = {
  'ui-select': { fn: uiSelect, level: -4 },
  'text-blip': { fn: textBlip, level: -11 },
  gunshot: { fn: gunshot, level: 1 },
  footsteps: { fn: footsteps, level: -3 },
  transform: { fn: transform, level: 0 },
  blade: { fn: blade, level: -2 },
  bird: { fn: bird, level: -5 },
  static: { fn: staticBurst, level: -5 },
  glass: { fn: glass, level: -4 },
  door: { fn: door, level: 0 },
  impact: { fn: impact, level: 0 },
  phone: { fn: phone, level: -5 },
  heartbeat: { fn: heartbeat, level: -2 },
  'crowd-cheer': { fn: crowdCheer, level: -2 },
};
