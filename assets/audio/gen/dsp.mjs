// Core DSP toolkit: seeded PRNG, cyclic loop buffers, oscillators helpers,
// filters, reverb/delay, loudness measurement, limiter, WAV writer.
// Everything is deterministic: no Math.random, no time-dependent state.

export const SR = 48000;
export const TAU = Math.PI * 2;
/** Loop lengths are multiples of 5760 samples (120 ms) = 5 MP3 frames (1152) = 6 Opus frames (960),
 *  so the codec frame grid lines up identically at the start and at the end of every loop. */
export const FRAME = 5760;

export function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** mulberry32 PRNG with a few helpers. */
export class Rng {
  constructor(seed) {
    this.s = (typeof seed === 'string' ? hashStr(seed) : seed) >>> 0;
  }
  next() {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  range(a, b) { return a + (b - a) * this.next(); }
  int(a, b) { return a + Math.floor((b - a + 1) * this.next()); }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  chance(p) { return this.next() < p; }
  bi() { return this.next() * 2 - 1; }
  gauss() {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(TAU * v);
  }
  fork(tag) { return new Rng((hashStr(tag) ^ Math.floor(this.next() * 4294967296)) >>> 0); }
}

export const mtof = (m) => 440 * Math.pow(2, (m - 69) / 12);
export const db = (d) => Math.pow(10, d / 20);
export const clamp = (x, a, b) => (x < a ? a : x > b ? b : x);

/** Loop length: nearest multiple of FRAME samples to `sec`. */
export function loopLen(sec) { return Math.round((sec * SR) / FRAME) * FRAME; }

/** Quantise a steady oscillator frequency so it completes an integer number of cycles per loop. */
export function qf(f, L) {
  const cyc = Math.max(1, Math.round((f * L) / SR));
  return (cyc * SR) / L;
}

export function noise(n, rng) {
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = rng.next() * 2 - 1;
  return x;
}

/** Stereo buffer of length L where everything added wraps around (cyclic). */
export class Loop {
  constructor(L) {
    this.L = L;
    this.l = new Float32Array(L);
    this.r = new Float32Array(L);
  }
  /** add mono x at sample `start` (may be fractional / negative), equal-power pan in [-1,1] */
  add(x, start, gain = 1, pan = 0) {
    const L = this.L;
    const a = ((pan + 1) * Math.PI) / 4;
    const gl = gain * Math.cos(a) * Math.SQRT2;
    const gr = gain * Math.sin(a) * Math.SQRT2;
    let k = ((Math.round(start) % L) + L) % L;
    const l = this.l, r = this.r;
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      l[k] += v * gl;
      r[k] += v * gr;
      if (++k === L) k = 0;
    }
  }
  add2(xl, xr, start, gain = 1) {
    const L = this.L;
    let k = ((Math.round(start) % L) + L) % L;
    const n = Math.min(xl.length, xr.length);
    for (let i = 0; i < n; i++) {
      this.l[k] += xl[i] * gain;
      this.r[k] += xr[i] * gain;
      if (++k === L) k = 0;
    }
  }
  mix(o, gain = 1) {
    for (let i = 0; i < this.L; i++) {
      this.l[i] += o.l[i] * gain;
      this.r[i] += o.r[i] * gain;
    }
    return this;
  }
  scale(g) {
    for (let i = 0; i < this.L; i++) { this.l[i] *= g; this.r[i] *= g; }
    return this;
  }
}

/** Run an in-place array process over 2 (or more) concatenated periods, keep the last one: makes any
 *  time-invariant (or loop-periodic) stateful effect exactly cyclic, provided its memory < one period. */
export function cyc(x, fn, passes = 2) {
  const n = x.length;
  const t = new Float32Array(n * passes);
  for (let p = 0; p < passes; p++) t.set(x, p * n);
  fn(t);
  x.set(t.subarray((passes - 1) * n));
  return x;
}
export function cyc2(l, r, fn, passes = 2) {
  const n = l.length;
  const tl = new Float32Array(n * passes), tr = new Float32Array(n * passes);
  for (let p = 0; p < passes; p++) { tl.set(l, p * n); tr.set(r, p * n); }
  const out = fn(tl, tr) || [tl, tr];
  return [out[0].slice((passes - 1) * n), out[1].slice((passes - 1) * n)];
}

// ---------------------------------------------------------------- filters
export function biquadCoefs(type, f, Q = Math.SQRT1_2, gainDb = 0) {
  const w = (TAU * Math.min(f, SR * 0.49)) / SR;
  const cs = Math.cos(w), sn = Math.sin(w), al = sn / (2 * Q), A = Math.pow(10, gainDb / 40);
  let b0, b1, b2, a0, a1, a2;
  const sA = 2 * Math.sqrt(A) * al;
  switch (type) {
    case 'lp': b0 = (1 - cs) / 2; b1 = 1 - cs; b2 = b0; a0 = 1 + al; a1 = -2 * cs; a2 = 1 - al; break;
    case 'hp': b0 = (1 + cs) / 2; b1 = -(1 + cs); b2 = b0; a0 = 1 + al; a1 = -2 * cs; a2 = 1 - al; break;
    case 'bp': b0 = al; b1 = 0; b2 = -al; a0 = 1 + al; a1 = -2 * cs; a2 = 1 - al; break;
    case 'peak': b0 = 1 + al * A; b1 = -2 * cs; b2 = 1 - al * A; a0 = 1 + al / A; a1 = -2 * cs; a2 = 1 - al / A; break;
    case 'lowshelf':
      b0 = A * (A + 1 - (A - 1) * cs + sA); b1 = 2 * A * (A - 1 - (A + 1) * cs); b2 = A * (A + 1 - (A - 1) * cs - sA);
      a0 = A + 1 + (A - 1) * cs + sA; a1 = -2 * (A - 1 + (A + 1) * cs); a2 = A + 1 + (A - 1) * cs - sA; break;
    case 'highshelf':
      b0 = A * (A + 1 + (A - 1) * cs + sA); b1 = -2 * A * (A - 1 + (A + 1) * cs); b2 = A * (A + 1 + (A - 1) * cs - sA);
      a0 = A + 1 - (A - 1) * cs + sA; a1 = 2 * (A - 1 - (A + 1) * cs); a2 = A + 1 - (A - 1) * cs - sA; break;
    default: throw new Error('biquad type ' + type);
  }
  return [b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0];
}
/** in-place static biquad (TDF-II) */
export function biquad(x, type, f, Q, gainDb) {
  const [b0, b1, b2, a1, a2] = Array.isArray(type) ? type : biquadCoefs(type, f, Q, gainDb);
  let z1 = 0, z2 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const y = b0 * v + z1;
    z1 = b1 * v - a1 * y + z2;
    z2 = b2 * v - a2 * y;
    x[i] = y;
  }
  return x;
}
export const biquadC = (x, type, f, Q, g) => cyc(x, (t) => biquad(t, type, f, Q, g));

export function lp1(x, fc) {
  const c = 1 - Math.exp((-TAU * fc) / SR);
  let s = 0;
  for (let i = 0; i < x.length; i++) { s += c * (x[i] - s); x[i] = s; }
  return x;
}
export function hp1(x, fc) {
  const c = 1 - Math.exp((-TAU * fc) / SR);
  let s = 0;
  for (let i = 0; i < x.length; i++) { s += c * (x[i] - s); x[i] = x[i] - s; }
  return x;
}

/** Topology-preserving state-variable filter (stable under fast modulation). */
export class SVF {
  constructor() { this.ic1 = 0; this.ic2 = 0; this.lp = 0; this.bp = 0; this.hp = 0; }
  static g(fc) { return Math.tan((Math.PI * clamp(fc, 5, SR * 0.45)) / SR); }
  /** g from SVF.g(fc), k = 1/Q */
  tick(v0, g, k) {
    const a1 = 1 / (1 + g * (g + k)), a2 = g * a1, a3 = g * a2;
    const v3 = v0 - this.ic2;
    const v1 = a1 * this.ic1 + a2 * v3;
    const v2 = this.ic2 + a2 * this.ic1 + a3 * v3;
    this.ic1 = 2 * v1 - this.ic1;
    this.ic2 = 2 * v2 - this.ic2;
    this.lp = v2; this.bp = v1; this.hp = v0 - k * v1 - v2;
    return v2;
  }
}

/** Time-varying SVF over an array; fcAt(i) gives cutoff, mode 'lp'|'bp'|'hp'. In place. */
export function svfRun(x, mode, fcAt, Q = 0.707, step = 16) {
  const f = new SVF();
  const k = 1 / Q;
  let g = SVF.g(typeof fcAt === 'function' ? fcAt(0) : fcAt);
  for (let i = 0; i < x.length; i++) {
    if (typeof fcAt === 'function' && i % step === 0) g = SVF.g(fcAt(i));
    f.tick(x[i], g, k);
    x[i] = mode === 'lp' ? f.lp : mode === 'bp' ? f.bp : f.hp;
  }
  return x;
}

/** bandlimited-saw helper (polyBLEP residual) */
export function blep(t, dt) {
  if (t < dt) { t /= dt; return t + t - t * t - 1; }
  if (t > 1 - dt) { t = (t - 1) / dt; return t * t + t + t + 1; }
  return 0;
}

/** Periodic smooth random curve of length L (Catmull-Rom through nPts wrapped points), values ~[-1,1]. */
export function smoothCurve(rng, L, nPts) {
  const pts = [];
  for (let i = 0; i < nPts; i++) pts.push(rng.bi());
  const out = new Float32Array(L);
  for (let i = 0; i < L; i++) {
    const u = (i / L) * nPts;
    const j = Math.floor(u), t = u - j;
    const p0 = pts[(j - 1 + nPts) % nPts], p1 = pts[j % nPts], p2 = pts[(j + 1) % nPts], p3 = pts[(j + 2) % nPts];
    out[i] = 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t + (-p0 + 3 * p1 - 3 * p2 + p3) * t * t * t);
  }
  return out;
}

// ---------------------------------------------------------------- time-based effects
class Comb {
  constructor(n) { this.b = new Float32Array(n); this.i = 0; this.f = 0; }
  tick(x, fb, damp) {
    const o = this.b[this.i];
    this.f = o * (1 - damp) + this.f * damp;
    this.b[this.i] = x + this.f * fb;
    if (++this.i >= this.b.length) this.i = 0;
    return o;
  }
}
class AP {
  constructor(n) { this.b = new Float32Array(n); this.i = 0; }
  tick(x) {
    const bo = this.b[this.i];
    this.b[this.i] = x + bo * 0.5;
    if (++this.i >= this.b.length) this.i = 0;
    return bo - x;
  }
}
const COMBS = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
const APS = [556, 441, 341, 225];
/** Freeverb-style stereo reverb; returns wet [l, r] (new arrays, same length). Not cyclic by itself. */
export function freeverb(inL, inR, { room = 0.82, damp = 0.4, width = 1, pre = 0.02, size = 1 } = {}) {
  const sc = (SR / 44100) * size;
  const mk = (sp) => ({
    c: COMBS.map((d) => new Comb(Math.round((d + sp) * sc))),
    a: APS.map((d) => new AP(Math.round((d + sp) * sc))),
  });
  const L = mk(0), R = mk(23);
  const fb = room * 0.28 + 0.7, dm = damp * 0.4;
  const n = inL.length;
  const ol = new Float32Array(n), or = new Float32Array(n);
  const pd = Math.max(1, Math.round(pre * SR));
  const pbuf = new Float32Array(pd);
  let pi = 0;
  const w1 = width / 2 + 0.5, w2 = (1 - width) / 2;
  for (let i = 0; i < n; i++) {
    const x = pbuf[pi];
    pbuf[pi] = (inL[i] + inR[i]) * 0.015;
    if (++pi >= pd) pi = 0;
    let sl = 0, sr = 0;
    for (let c = 0; c < 8; c++) { sl += L.c[c].tick(x, fb, dm); sr += R.c[c].tick(x, fb, dm); }
    for (let a = 0; a < 4; a++) { sl = L.a[a].tick(sl); sr = R.a[a].tick(sr); }
    ol[i] = sl * w1 + sr * w2;
    or[i] = sr * w1 + sl * w2;
  }
  return [ol, or];
}
/** cyclic reverb of a Loop: returns wet Loop */
export function reverbLoop(src, opts, passes = 2) {
  const [l, r] = cyc2(src.l, src.r, (a, b) => freeverb(a, b, opts), passes);
  const o = new Loop(src.L);
  o.l.set(l); o.r.set(r);
  return o;
}

/** Ping-pong delay, wet only. d in samples, fb feedback, lp damping cutoff. */
export function pingpong(inL, inR, d, fb = 0.4, lpHz = 3500) {
  const n = inL.length;
  const bl = new Float32Array(d), br = new Float32Array(d);
  const ol = new Float32Array(n), or = new Float32Array(n);
  const c = 1 - Math.exp((-TAU * lpHz) / SR);
  let sl = 0, sr = 0, k = 0;
  for (let i = 0; i < n; i++) {
    const yl = bl[k], yr = br[k];
    sl += c * (yl - sl); sr += c * (yr - sr);
    bl[k] = (inL[i] + inR[i]) * 0.5 + sr * fb;
    br[k] = sl * fb;
    ol[i] = yl; or[i] = yr;
    if (++k >= d) k = 0;
  }
  return [ol, or];
}
export function delayLoop(src, d, fb, lpHz, passes = 3) {
  const [l, r] = cyc2(src.l, src.r, (a, b) => pingpong(a, b, Math.round(d), fb, lpHz), passes);
  const o = new Loop(src.L);
  o.l.set(l); o.r.set(r);
  return o;
}

// ---------------------------------------------------------------- mastering
const K1 = [1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585];
const K2 = [1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621];
function kw(x) { const y = Float32Array.from(x); biquad(y, K1); biquad(y, K2); return y; }

/** BS.1770 integrated loudness (gated) for an array of channels. */
export function lufs(chs) {
  const k = chs.map(kw);
  const n = k[0].length, B = Math.round(0.4 * SR), S = Math.round(0.1 * SR);
  const blocks = [];
  for (let s = 0; s + B <= n; s += S) {
    let z = 0;
    for (const c of k) { let a = 0; for (let i = s; i < s + B; i++) a += c[i] * c[i]; z += a / B; }
    blocks.push(z);
  }
  if (!blocks.length) return momentaryMax(chs, Math.min(n, B));
  const L = (z) => -0.691 + 10 * Math.log10(z + 1e-20);
  const g1 = blocks.filter((z) => L(z) > -70);
  if (!g1.length) return -100;
  const rel = L(g1.reduce((a, b) => a + b, 0) / g1.length) - 10;
  const g2 = g1.filter((z) => L(z) > rel);
  return L(g2.reduce((a, b) => a + b, 0) / g2.length);
}
/** max loudness over sliding windows (default 100 ms) -- used for short sound effects */
export function momentaryMax(chs, win = Math.round(0.1 * SR)) {
  const k = chs.map(kw);
  const n = k[0].length;
  win = Math.min(win, n);
  let best = 0;
  const step = Math.max(1, Math.round(win / 8));
  for (let s = 0; s + win <= n; s += step) {
    let z = 0;
    for (const c of k) { let a = 0; for (let i = s; i < s + win; i++) a += c[i] * c[i]; z += a / win; }
    if (z > best) best = z;
  }
  return -0.691 + 10 * Math.log10(best + 1e-20);
}

export function peak(chs) {
  let p = 0;
  for (const c of chs) for (let i = 0; i < c.length; i++) { const a = Math.abs(c[i]); if (a > p) p = a; }
  return p;
}

/** DC blocker (one-pole HP ~ fc), optionally cyclic. */
export function dcBlock(x, fc = 12, cyclic = true) {
  const R = 1 - (TAU * fc) / SR;
  const f = (t) => { let x1 = 0, y1 = 0; for (let i = 0; i < t.length; i++) { const y = t[i] - x1 + R * y1; x1 = t[i]; y1 = y; t[i] = y; } };
  return cyclic ? cyc(x, f, 3) : (f(x), x);
}

/** Look-ahead peak limiter, channels linked. cyclic => wraps around the loop seamlessly. */
export function limiter(chs, thrDb = -1.5, { cyclic = true, look = 0.0025, release = 0.12 } = {}) {
  const thr = db(thrDb);
  const n = chs[0].length, W = Math.round(look * SR);
  const m = new Float32Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    let p = 0;
    for (const c of chs) { const a = Math.abs(c[i]); if (a > p) p = a; }
    if (p > thr) {
      const r = thr / p;
      for (let j = i - W; j <= i + W; j++) {
        let k = j;
        if (cyclic) k = ((j % n) + n) % n; else if (j < 0 || j >= n) continue;
        if (r < m[k]) m[k] = r;
      }
    }
  }
  const rc = 1 - Math.exp(-1 / (release * SR));
  const g = new Float32Array(n);
  let s = 1;
  const passes = cyclic ? 2 : 1;
  for (let p = 0; p < passes; p++) for (let i = 0; i < n; i++) { s = Math.min(m[i], s + (1 - s) * rc); g[i] = s; }
  // centred moving average of length W+1
  const h = Math.floor(W / 2);
  const out = new Float32Array(n);
  let acc = 0;
  const at = (j) => (cyclic ? g[((j % n) + n) % n] : g[clamp(j, 0, n - 1)]);
  for (let j = -h; j <= h; j++) acc += at(j);
  for (let i = 0; i < n; i++) {
    out[i] = acc / (2 * h + 1);
    acc += at(i + h + 1) - at(i - h);
  }
  for (const c of chs) for (let i = 0; i < n; i++) c[i] *= out[i];
  return chs;
}

// ---------------------------------------------------------------- WAV
export function wavFloat(chs) {
  const nc = chs.length, n = chs[0].length;
  const dataBytes = n * nc * 4;
  const b = Buffer.alloc(58 + dataBytes);
  b.write('RIFF', 0); b.writeUInt32LE(50 + dataBytes, 4); b.write('WAVE', 8);
  b.write('fmt ', 12); b.writeUInt32LE(18, 16); b.writeUInt16LE(3, 20); b.writeUInt16LE(nc, 22);
  b.writeUInt32LE(SR, 24); b.writeUInt32LE(SR * nc * 4, 28); b.writeUInt16LE(nc * 4, 32); b.writeUInt16LE(32, 34);
  b.writeUInt16LE(0, 36);
  b.write('fact', 38); b.writeUInt32LE(4, 42); b.writeUInt32LE(n, 46);
  b.write('data', 50); b.writeUInt32LE(dataBytes, 54);
  let o = 58;
  for (let i = 0; i < n; i++) for (let c = 0; c < nc; c++) { b.writeFloatLE(chs[c][i], o); o += 4; }
  return b;
}
