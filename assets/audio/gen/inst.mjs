// Instruments: every function returns a freshly synthesised mono Float32Array (or [l, r]).
import { SR, TAU, mtof, SVF, blep, noise, biquad, lp1, clamp, svfRun } from './dsp.mjs';

/** Sum of exponentially decaying sinusoids (modal synthesis) via complex rotation. */
export function modes(n, list, out = new Float32Array(n)) {
  for (const m of list) {
    if (m.f <= 0 || m.f >= SR * 0.46 || !m.a) continue;
    const w = (TAU * m.f) / SR;
    const r = Math.exp(-1 / (m.tau * SR));
    const cw = Math.cos(w) * r, sw = Math.sin(w) * r;
    const ph = m.ph || 0;
    let re = Math.cos(ph) * m.a, im = Math.sin(ph) * m.a;
    const start = m.at ? Math.round(m.at * SR) : 0;
    for (let i = start; i < n; i++) {
      out[i] += im;
      const nr = re * cw - im * sw;
      im = re * sw + im * cw;
      re = nr;
      if ((i & 2047) === 0 && Math.abs(re) + Math.abs(im) < 1e-6 * Math.abs(m.a) + 1e-9) break;
    }
  }
  return out;
}

/** multiply by linear attack and exponential release starting at `offSec` */
export function envAR(x, att, offSec, rel) {
  const na = Math.max(1, Math.round(att * SR)), off = Math.round(offSec * SR);
  const rc = Math.exp(-1 / (rel * SR));
  let g = 1;
  for (let i = 0; i < x.length; i++) {
    let e = i < na ? i / na : 1;
    if (i >= off) { g *= rc; e *= g; }
    x[i] *= e;
  }
  // short final fade to kill any residue
  const f = Math.min(x.length, Math.round(0.005 * SR));
  for (let i = 0; i < f; i++) x[x.length - 1 - i] *= i / f;
  return x;
}

// ---------------------------------------------------------------- keys
/** Rhodes-ish FM electric piano. */
export function epiano(midi, dur, vel, rng) {
  const f = mtof(midi) * (1 + (rng.next() - 0.5) * 0.0008);
  const rel = 0.35;
  const n = Math.floor((dur + rel) * SR);
  const out = new Float32Array(n);
  const dec = 2.2 * Math.pow(2, -(midi - 60) / 30);
  const w = (TAU * f) / SR;
  const drive = 0.8 + vel * 1.2;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const ph = w * i;
    const idx = vel * (0.25 + 1.3 * Math.exp(-t / 0.3));
    const idx2 = vel * 1.6 * Math.exp(-t / 0.02);
    let y = Math.sin(ph + idx * Math.sin(ph)) * Math.exp(-t / dec);
    y += 0.35 * Math.sin(ph + idx2 * Math.sin(ph * 13.0)) * Math.exp(-t / 0.12) * vel;
    y += 0.12 * Math.sin(2 * ph) * Math.exp(-t / (dec * 0.4));
    out[i] = Math.tanh(y * drive) / drive * vel;
  }
  return envAR(out, 0.002, dur, 0.07);
}

/** Acoustic-ish piano: inharmonic partials, two detuned strings, hammer thump, damper. */
export function piano(midi, dur, vel, rng) {
  const f0 = mtof(midi);
  const rel = 0.5;
  const n = Math.floor((dur + rel) * SR);
  const B = 0.00035 * Math.pow(2, (midi - 60) / 24);
  const tau1 = 3.2 * Math.pow(2, -(midi - 60) / 20);
  const list = [];
  const bright = 0.9 - vel * 0.55;
  for (let k = 1; k <= 40; k++) {
    const fk = k * f0 * Math.sqrt(1 + B * k * k);
    if (fk > 11000) break;
    const hammer = Math.abs(Math.sin((Math.PI * k) / 7.3)) * 0.7 + 0.3;
    const a = (vel * hammer * Math.exp(-(k - 1) * bright * 0.55)) / Math.pow(k, 0.7);
    const tau = tau1 / (1 + 0.12 * Math.pow(k, 1.4));
    const det = 1 + (0.25 + rng.next() * 0.35) * 0.0006 * Math.sqrt(k);
    const ph = rng.next() * 0.3;
    list.push({ f: fk, a: a * 0.55, tau: tau * 0.35, ph });
    list.push({ f: fk * det, a: a * 0.45, tau, ph: ph + 0.2 });
  }
  const out = modes(n, list);
  // hammer knock
  const hn = Math.round(0.012 * SR);
  const hk = noise(hn, rng);
  lp1(hk, 1200 + vel * 2500);
  for (let i = 0; i < hn; i++) out[i] += hk[i] * vel * 0.35 * (1 - i / hn) * (1 - i / hn);
  return envAR(out, 0.001, dur, 0.09);
}

/** Soft FM bell / vibraphone-like tone. */
export function bell(midi, dur, vel, { ratio = 3.5, index = 2, decay = 1.8, tine = 0.1 } = {}) {
  const f = mtof(midi);
  const n = Math.floor((dur + decay * 1.2) * SR);
  const out = new Float32Array(n);
  const w = (TAU * f) / SR;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const I = index * vel * Math.exp(-t / (decay * 0.3));
    out[i] = (Math.sin(w * i + I * Math.sin(w * ratio * i)) + tine * Math.sin(w * 4.0 * i) * Math.exp(-t / 0.2)) * Math.exp(-t / decay) * vel;
  }
  return envAR(out, 0.003, dur + decay, 0.2);
}

// ---------------------------------------------------------------- bass
/** plucked upright-ish bass (additive, slightly inharmonic, finger thump) */
export function upright(midi, dur, vel, rng) {
  const f = mtof(midi);
  const n = Math.floor((dur + 0.15) * SR);
  const tau = 0.9 * Math.pow(2, -(midi - 40) / 24);
  const list = [];
  for (let k = 1; k <= 16; k++) {
    const fk = f * k * (1 + 0.0004 * k * k);
    if (fk > 5000) break;
    const pos = Math.abs(Math.sin(k * Math.PI * 0.22));
    list.push({ f: fk, a: (vel * (0.35 + pos)) / Math.pow(k, 1.25), tau: tau / (1 + 0.5 * (k - 1)), ph: 0 });
  }
  const out = modes(n, list);
  // pitch "growl": slight attack thump an octave down-ish
  const tn = Math.round(0.06 * SR);
  const th = noise(tn, rng);
  lp1(th, 300);
  lp1(th, 300);
  for (let i = 0; i < tn; i++) out[i] += th[i] * vel * 2.5 * Math.exp(-i / (0.012 * SR));
  biquad(out, 'lp', 1400 + 1200 * vel, 0.6);
  return envAR(out, 0.004, dur, 0.045);
}

/** deep sine sub with soft attack */
export function sub(midi, dur, vel, { att = 0.02, rel = 0.2, harm = 0.15 } = {}) {
  const f = mtof(midi);
  const n = Math.floor((dur + rel * 4) * SR);
  const out = new Float32Array(n);
  const w = (TAU * f) / SR;
  for (let i = 0; i < n; i++) out[i] = (Math.sin(w * i) + harm * Math.sin(2 * w * i)) * vel;
  return envAR(out, att, dur, rel);
}

/** distorted saw bass for action cues */
export function dirtyBass(midi, dur, vel, { cut = 1800, drive = 3.5, envT = 0.09 } = {}) {
  const f = mtof(midi);
  const n = Math.floor((dur + 0.05) * SR);
  const out = new Float32Array(n);
  const flt = new SVF(), post = new SVF();
  const dt = f / SR;
  let p1 = 0.0, p2 = 0.37, p3 = 0;
  const gPost = SVF.g(4200);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    p1 += dt; if (p1 >= 1) p1 -= 1;
    p2 += dt * 1.006; if (p2 >= 1) p2 -= 1;
    p3 += dt; if (p3 >= 1) p3 -= 1;
    const s1 = 2 * p1 - 1 - blep(p1, dt);
    const s2 = 2 * p2 - 1 - blep(p2, dt * 1.006);
    const x = 0.5 * s1 + 0.5 * s2 + 0.5 * Math.sin(TAU * p3);
    const fc = 120 + cut * vel * Math.exp(-t / envT) + 250;
    flt.tick(x, SVF.g(fc), 1 / 2.2);
    const d = Math.tanh(flt.lp * drive) ;
    post.tick(d, gPost, 1.2);
    out[i] = post.lp * vel;
  }
  return envAR(out, 0.002, dur, 0.02);
}

// ---------------------------------------------------------------- synths
/** plucky saw (arps / ostinati) */
export function pluck(midi, dur, vel, { cut = 3000, envT = 0.12, decay = 0.5, res = 1.4, pw = 0, detune = 0.004 } = {}) {
  const f = mtof(midi);
  const n = Math.floor((dur + decay * 2.5) * SR);
  const out = new Float32Array(n);
  const flt = new SVF();
  const dt = f / SR, dt2 = dt * (1 + detune);
  let p = 0, q = 0.5;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    p += dt; if (p >= 1) p -= 1;
    q += dt2; if (q >= 1) q -= 1;
    let x = 2 * p - 1 - blep(p, dt) + (2 * q - 1 - blep(q, dt2)) * 0.7;
    if (pw) x += (p < pw ? 0.5 : -0.5);
    const fc = 150 + f * 1.5 + cut * vel * Math.exp(-t / envT);
    flt.tick(x, SVF.g(fc), 1 / res);
    out[i] = flt.lp * Math.exp(-t / decay) * vel * 0.5;
  }
  return envAR(out, 0.002, dur + decay, decay * 0.5);
}

/** pizzicato string (modal) */
export function pizz(midi, dur, vel, rng) {
  const f = mtof(midi);
  const n = Math.floor(Math.min(dur + 0.5, 1.2) * SR);
  const list = [];
  for (let k = 1; k <= 18; k++) {
    const fk = f * k * (1 + 0.0002 * k * k);
    if (fk > 9000) break;
    list.push({ f: fk, a: (vel * Math.abs(Math.sin(k * 0.9 + 0.3))) / Math.pow(k, 1.1), tau: 0.32 / (1 + 0.45 * (k - 1)) * Math.pow(2, -(midi - 55) / 36), ph: rng.next() * 0.2 });
  }
  const out = modes(n, list);
  // body resonances
  const body = Float32Array.from(out);
  biquad(body, 'peak', 280, 2, 6);
  biquad(body, 'peak', 1100, 1.5, 3);
  return envAR(body, 0.0015, n / SR - 0.01, 0.05);
}

/** Detuned-saw pad note -> [l, r]. lfo(i) optional: cutoff multiplier indexed by absolute loop sample. */
export function padNote(midi, dur, vel, rng, { att = 0.8, rel = 1.6, cut = 1400, detune = 9, voices = 3, lfo = null, startAbs = 0, res = 0.8, bright = 0 } = {}) {
  const f = mtof(midi);
  const n = Math.floor((dur + rel * 3) * SR);
  const l = new Float32Array(n), r = new Float32Array(n);
  const fl = new SVF(), fr = new SVF();
  const vs = [];
  for (let v = 0; v < voices; v++) {
    const c = voices === 1 ? 0 : (v / (voices - 1)) * 2 - 1;
    const fv = f * Math.pow(2, (c * detune + (rng.next() - 0.5) * 2) / 1200);
    vs.push({ dt: fv / SR, p: rng.next(), pan: c * 0.8 });
  }
  const na = att * SR, off = dur * SR;
  const rc = Math.exp(-1 / (rel * SR));
  let g = 1;
  let gcut = SVF.g(cut);
  for (let i = 0; i < n; i++) {
    let e = i < na ? Math.sin((0.5 * Math.PI * i) / na) : 1;
    if (i >= off) { g *= rc; e *= g; }
    let xl = 0, xr = 0;
    for (const v of vs) {
      v.p += v.dt; if (v.p >= 1) v.p -= 1;
      const s = 2 * v.p - 1 - blep(v.p, v.dt);
      xl += s * (1 - v.pan) * 0.5;
      xr += s * (1 + v.pan) * 0.5;
    }
    if ((i & 31) === 0) {
      const m = lfo ? lfo(startAbs + i) : 1;
      gcut = SVF.g(cut * m * (1 + bright * e));
    }
    fl.tick(xl, gcut, 1 / res);
    fr.tick(xr, gcut, 1 / res);
    l[i] = fl.lp * e * vel * 0.35;
    r[i] = fr.lp * e * vel * 0.35;
  }
  const fade = Math.round(0.01 * SR);
  for (let i = 0; i < fade; i++) { l[n - 1 - i] *= i / fade; r[n - 1 - i] *= i / fade; }
  return [l, r];
}

/** brassy chord stab -> mono */
export function stab(midis, dur, vel, rng, { cut = 3500, decay = 0.22 } = {}) {
  const n = Math.floor((dur + decay * 3) * SR);
  const out = new Float32Array(n);
  const flt = new SVF();
  const osc = [];
  for (const m of midis) for (const d of [-7, 6]) osc.push({ dt: (mtof(m) * Math.pow(2, d / 1200)) / SR, p: rng.next() });
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    let x = 0;
    for (const o of osc) { o.p += o.dt; if (o.p >= 1) o.p -= 1; x += 2 * o.p - 1 - blep(o.p, o.dt); }
    x /= osc.length * 0.5;
    const env = Math.min(1, t / 0.004) * (t < dur ? Math.exp(-t / (decay * 2)) : Math.exp(-dur / (decay * 2)) * Math.exp(-(t - dur) / (decay * 0.4)));
    flt.tick(x, SVF.g(200 + cut * env * vel), 1 / 1.1);
    out[i] = Math.tanh(flt.lp * 1.5) * env * vel * 0.6;
  }
  return envAR(out, 0.002, n / SR, 0.01);
}

/**
 * Monophonic expressive lead (sax / voice / muted trumpet flavours).
 * notes: [{t, d, m, v}] in seconds relative to phrase start. Returns mono Float32Array.
 */
export function monoLead(notes, rng, o = {}) {
  const {
    glide = 0.045, att = 0.03, rel = 0.12, vibRate = 5.2, vibDepth = 0.18, vibDelay = 0.25,
    cut = 1800, cutEnv = 2500, brightT = 0.15, scoop = 0.6, scoopT = 0.06, breath = 0.05,
    formants = [[700, 5, 0.5], [1150, 6, 0.35], [2600, 7, 0.15]], body = 0.6, res = 0.9, drift = 0.05,
  } = o;
  const end = notes.reduce((a, n) => Math.max(a, n.t + n.d), 0) + rel * 5;
  const n = Math.floor(end * SR);
  const out = new Float32Array(n);
  const lp = new SVF();
  const fms = formants.map(() => new SVF());
  const fmG = formants.map(([f]) => SVF.g(f));
  let pitch = notes[0].m, env = 0, p = 0, ni = -1, onT = 0, bright = 0, target = notes[0].m, vel = 0;
  const ac = 1 - Math.exp(-1 / (att * SR)), rc = 1 - Math.exp(-1 / (rel * SR)), gc = 1 - Math.exp(-1 / (glide * SR));
  const drLfo = rng.next() * TAU;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    while (ni + 1 < notes.length && t >= notes[ni + 1].t) {
      ni++;
      const nn = notes[ni];
      const legato = ni > 0 && nn.t - (notes[ni - 1].t + notes[ni - 1].d) < 0.03 && env > 0.05;
      target = nn.m;
      vel = nn.v ?? 0.8;
      onT = t;
      if (!legato) { pitch = nn.m - scoop; bright = 1; } else bright = Math.max(bright, 0.5);
    }
    const cur = ni >= 0 ? notes[ni] : null;
    const gate = cur && t < cur.t + cur.d;
    env += ((gate ? vel : 0) - env) * (gate ? ac : rc);
    pitch += (target - pitch) * (t - onT < scoopT ? gc * 1.5 : gc);
    bright *= 1 - 1 / (brightT * SR);
    const since = t - onT;
    const vib = vibDepth * clamp((since - vibDelay) / 0.35, 0, 1) * Math.sin(TAU * vibRate * t + drLfo);
    const dr = drift * Math.sin(TAU * 0.37 * t + drLfo * 2);
    const f = mtof(pitch + vib + dr);
    const dt = f / SR;
    p += dt; if (p >= 1) p -= 1;
    let x = 2 * p - 1 - blep(p, dt);
    x += breath * (rng.next() * 2 - 1) * (0.3 + bright);
    const fc = cut + cutEnv * (0.5 * env + 0.6 * bright * env);
    lp.tick(x, SVF.g(fc), 1 / res);
    let y = lp.lp * body;
    for (let k = 0; k < fms.length; k++) {
      fms[k].tick(x, fmG[k], 1 / formants[k][1]);
      y += fms[k].bp * formants[k][2];
    }
    out[i] = y * env;
  }
  return out;
}

// ---------------------------------------------------------------- drums & percussion
export function kick(rng, { f0 = 140, f1 = 48, pitchT = 0.045, decay = 0.35, click = 0.4, drive = 1.5, len = 0.6 } = {}) {
  const n = Math.floor(len * SR);
  const out = new Float32Array(n);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const f = f1 + (f0 - f1) * Math.exp(-t / pitchT);
    ph += (TAU * f) / SR;
    out[i] = Math.tanh(Math.sin(ph) * Math.exp(-t / decay) * drive) / Math.tanh(drive);
  }
  const cn = Math.round(0.004 * SR);
  const c = noise(cn, rng);
  biquad(c, 'bp', 3500, 0.8);
  for (let i = 0; i < cn; i++) out[i] += c[i] * click * (1 - i / cn);
  return envAR(out, 0.0005, len - 0.02, 0.01);
}

export function snare(rng, { tone = 190, decay = 0.18, noiseAmt = 0.8, toneAmt = 0.6, len = 0.5, bright = 5500 } = {}) {
  const n = Math.floor(len * SR);
  const out = modes(n, [
    { f: tone, a: toneAmt, tau: 0.06 }, { f: tone * 1.72, a: toneAmt * 0.5, tau: 0.04 }, { f: tone * 2.6, a: toneAmt * 0.2, tau: 0.03 },
  ]);
  const nz = noise(n, rng);
  biquad(nz, 'hp', 900, 0.7);
  biquad(nz, 'lp', bright, 0.7);
  for (let i = 0; i < n; i++) out[i] += nz[i] * noiseAmt * Math.exp(-i / (decay * SR));
  return envAR(out, 0.0008, len - 0.02, 0.01);
}

export function clap(rng, { decay = 0.12, len = 0.45 } = {}) {
  const n = Math.floor(len * SR);
  const nz = noise(n, rng);
  biquad(nz, 'bp', 1300, 1.2);
  const out = new Float32Array(n);
  const bursts = [0, 0.011, 0.022, 0.031];
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    let e = 0;
    for (const b of bursts) if (t >= b) e = Math.max(e, Math.exp(-(t - b) / (b === 0.031 ? decay : 0.006)));
    out[i] = nz[i] * e * 1.6;
  }
  return envAR(out, 0.0005, len - 0.02, 0.01);
}

/** 808-ish metallic: six square oscillators + bandpass */
function metal(n, freqs) {
  const out = new Float32Array(n);
  const ph = freqs.map(() => 0);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < freqs.length; k++) {
      ph[k] += freqs[k] / SR; if (ph[k] >= 1) ph[k] -= 1;
      s += ph[k] < 0.5 ? 1 : -1;
    }
    out[i] = s / freqs.length;
  }
  return out;
}
const METAL = [205.3, 304.4, 369.6, 522.7, 540.0, 800.0];

export function hat(rng, { decay = 0.04, len = 0.25, tone = 0.5, hp = 7000 } = {}) {
  const n = Math.floor(len * SR);
  const m = metal(n, METAL.map((f) => f * 1.7));
  const nz = noise(n, rng);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = (m[i] * tone + nz[i] * (1 - tone)) * Math.exp(-i / (decay * SR));
  biquad(out, 'hp', hp, 0.7);
  biquad(out, 'hp', hp * 0.8, 0.7);
  return envAR(out, 0.0003, len - 0.01, 0.005);
}

/** jazz ride: inharmonic modes + sizzle */
export function ride(rng, { len = 1.6, decay = 0.9, ping = 0.6 } = {}) {
  const n = Math.floor(len * SR);
  const list = [];
  for (let k = 0; k < 28; k++) list.push({ f: 2200 * Math.pow(4.2, rng.next()), a: (0.3 + rng.next()) * 0.08, tau: decay * (0.3 + rng.next() * 0.8), ph: rng.next() * TAU });
  list.push({ f: 3520 * 1.02, a: ping * 0.25, tau: 0.5 }, { f: 5210, a: ping * 0.15, tau: 0.35 });
  const out = modes(n, list);
  const nz = noise(n, rng);
  biquad(nz, 'hp', 6000, 0.7);
  for (let i = 0; i < n; i++) out[i] += nz[i] * 0.25 * Math.exp(-i / (0.35 * decay * SR)) + nz[i] * 0.6 * Math.exp(-i / (0.004 * SR));
  biquad(out, 'hp', 1500, 0.7);
  return envAR(out, 0.0005, len - 0.05, 0.03);
}

export function crash(rng, { len = 2.6, decay = 1.1 } = {}) {
  const n = Math.floor(len * SR);
  const m = metal(n, METAL.map((f) => f * 2.3));
  const nz = noise(n, rng);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    out[i] = (m[i] * 0.35 + nz[i] * 0.65) * (Math.exp(-t / decay) * 0.8 + Math.exp(-t / 0.05) * 0.6);
  }
  biquad(out, 'hp', 3500, 0.6);
  biquad(out, 'peak', 7000, 1, 4);
  return envAR(out, 0.0008, len - 0.1, 0.05);
}

export function tom(rng, f, { decay = 0.3, len = 0.7 } = {}) {
  const n = Math.floor(len * SR);
  const out = new Float32Array(n);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    ph += (TAU * f * (1 + 0.6 * Math.exp(-t / 0.03))) / SR;
    out[i] = Math.sin(ph) * Math.exp(-t / decay) + 0.3 * Math.sin(ph * 1.5) * Math.exp(-t / (decay * 0.4));
  }
  const nz = noise(Math.round(0.03 * SR), rng);
  biquad(nz, 'bp', 2500, 1);
  for (let i = 0; i < nz.length; i++) out[i] += nz[i] * 0.3 * (1 - i / nz.length);
  return envAR(out, 0.0005, len - 0.05, 0.02);
}

/** big low drum (taiko-ish) */
export function boom(rng, { f = 55, decay = 0.9, len = 2.2 } = {}) {
  const n = Math.floor(len * SR);
  const out = new Float32Array(n);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    ph += (TAU * f * (1 + 1.2 * Math.exp(-t / 0.04))) / SR;
    out[i] = Math.sin(ph) * Math.exp(-t / decay);
  }
  const nz = noise(Math.round(0.25 * SR), rng);
  lp1(nz, 700); lp1(nz, 900);
  for (let i = 0; i < nz.length; i++) out[i] += nz[i] * 2.2 * Math.exp(-i / (0.05 * SR));
  return envAR(out, 0.001, len - 0.1, 0.05);
}

/** brush tap on snare */
export function brushTap(rng, { decay = 0.09, len = 0.3, bright = 4200 } = {}) {
  const n = Math.floor(len * SR);
  const nz = noise(n, rng);
  biquad(nz, 'bp', bright, 0.6);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    out[i] = nz[i] * (Math.exp(-t / decay) * 0.9 + Math.exp(-t / 0.006) * 0.5) + 0.25 * Math.sin(TAU * 210 * t) * Math.exp(-t / 0.05);
  }
  return envAR(out, 0.002, len - 0.02, 0.01);
}

/** clock tick / woodblock-ish click */
export function tick(rng, { f = 2600, decay = 0.012, len = 0.08, body = 900 } = {}) {
  const n = Math.floor(len * SR);
  const out = modes(n, [{ f, a: 0.6, tau: decay }, { f: f * 1.53, a: 0.3, tau: decay * 0.6 }, { f: body, a: 0.25, tau: decay * 2 }]);
  const nz = noise(Math.round(0.002 * SR), rng);
  for (let i = 0; i < nz.length; i++) out[i] += nz[i] * 0.4;
  biquad(out, 'hp', 300, 0.7);
  return envAR(out, 0.0002, len - 0.01, 0.004);
}

export function shaker(rng, { len = 0.12, decay = 0.03, att = 0.012 } = {}) {
  const n = Math.floor(len * SR);
  const nz = noise(n, rng);
  biquad(nz, 'hp', 5000, 0.7);
  biquad(nz, 'lp', 11000, 0.7);
  const na = att * SR;
  for (let i = 0; i < n; i++) nz[i] *= (i < na ? i / na : Math.exp(-(i - na) / (decay * SR)));
  return envAR(nz, 0.0001, len - 0.01, 0.004);
}

/** reverse-swell noise riser of length len seconds (ends abruptly at len) */
export function riser(rng, len, { f0 = 400, f1 = 6000, curve = 2.5 } = {}) {
  const n = Math.floor(len * SR);
  const nz = noise(n, rng);
  const out = svfRun(nz, 'bp', (i) => f0 * Math.pow(f1 / f0, i / n), 1.5, 32);
  for (let i = 0; i < n; i++) out[i] *= Math.pow(i / n, curve);
  const f = Math.round(0.004 * SR);
  for (let i = 0; i < f; i++) out[n - 1 - i] *= i / f;
  return out;
}

/** deterministic short helper: add x into y at offset (no wrap) */
export function addAt(y, x, off, g = 1) {
  const o = Math.round(off);
  for (let i = 0; i < x.length; i++) { const k = o + i; if (k >= 0 && k < y.length) y[k] += x[i] * g; }
  return y;
}
