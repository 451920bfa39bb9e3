#!/usr/bin/env node
// Loop verification: decodes every encoded loop back with ffmpeg and checks
//  - decoded sample count vs. the synthesised WAV (priming/padding trimmed?)
//  - time alignment vs. the WAV (best cross-correlation lag, should be 0)
//  - continuity across the wrap point: |last - first| sample jump compared with the
//    largest sample-to-sample step inside the file, and RMS of the last/first 50 ms.
// Usage: node assets/audio/generate.mjs --wav-dir=/tmp/mrw && node assets/audio/gen/verify.mjs /tmp/mrw
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { biquad } from './dsp.mjs';

const HERE = join(dirname(fileURLToPath(import.meta.url)), '..');
const wavDir = process.argv[2];

function decode(file, ch) {
  const r = spawnSync('ffmpeg', ['-hide_banner', '-v', 'error', '-i', file, '-f', 'f32le', '-ac', String(ch), '-ar', '48000', '-'], { maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  const b = r.stdout;
  return new Float32Array(b.buffer, b.byteOffset, b.length / 4);
}
function readWav(file) {
  const b = readFileSync(file);
  const nc = b.readUInt16LE(22);
  const n = b.readUInt32LE(54) / 4;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = b.readFloatLE(58 + i * 4);
  return { nc, x: out };
}
function stats(x, ch) {
  const n = x.length / ch;
  let wrap = 0;
  const steps = new Float32Array((n - 1) * ch);
  let k = 0;
  for (let c = 0; c < ch; c++) {
    for (let i = 1; i < n; i++) steps[k++] = Math.abs(x[i * ch + c] - x[(i - 1) * ch + c]);
    wrap = Math.max(wrap, Math.abs(x[c] - x[(n - 1) * ch + c]));
  }
  const sorted = Float32Array.from(steps).sort();
  let below = 0;
  for (let i = 0; i < sorted.length; i++) if (sorted[i] < wrap) below = i + 1;
  const pct = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const w = 2400;
  const rms = (s, e) => { let a = 0; for (let i = s * ch; i < e * ch; i++) a += x[i] * x[i]; return 10 * Math.log10(a / ((e - s) * ch) + 1e-20); };
  return { n, wrap, rank: below / sorted.length, p99: pct(0.99), max: sorted[sorted.length - 1], headDb: rms(0, w), tailDb: rms(n - w, n) };
}
/**
 * Click test. For the looped signal we measure the energy of the 2nd difference (an HF/click
 * detector) in 1 ms windows from -20 ms to +20 ms around a point, and take the window that starts
 * at that point relative to the median of the others ("spike", dB). At the wrap point this must not
 * exceed what the original has there (e.g. a downbeat) and what the decoded file shows at ordinary
 * positions (95th percentile over 100 positions) by more than 3 dB.
 */
function spikeAt(x, n, ch, s) {
  const at = (i, c) => x[((((i + s) % n) + n) % n) * ch + c];
  const E = [];
  for (let w = -20; w < 20; w++) {
    let e = 0;
    for (let i = w * 48; i < (w + 1) * 48; i++) for (let c = 0; c < ch; c++) { const d = at(i, c) - 2 * at(i - 1, c) + at(i - 2, c); e += d * d; }
    E.push(10 * Math.log10(e + 1e-20));
  }
  const others = E.filter((_, i) => i !== 20).sort((a, b) => a - b);
  return E[20] - others[others.length >> 1];
}
function clickTest(orig, dec, ch) {
  const n = dec.length / ch;
  const wrap = spikeAt(dec, n, ch, 0);
  const o = orig ? spikeAt(orig, n, ch, 0) : 0;
  const ref = [];
  for (let k = 1; k <= 100; k++) ref.push(spikeAt(dec, n, ch, Math.floor((k * n) / 101)));
  ref.sort((a, b) => a - b);
  const p95 = ref[94];
  return { wrap, orig: o, p95, max: ref[99], ok: wrap <= Math.max(o, p95) + 3 };
}
function lowpassed(x) { const y = Float32Array.from(x); biquad(y, 'lp', 400, 0.7); biquad(y, 'lp', 400, 0.7); return y; }
function bestLag(a0, b0, ch) {
  // correlate 1 s from the middle of the original against the decoded signal, below 400 Hz
  const a = lowpassed(a0), b = lowpassed(b0);
  const n = Math.min(a.length, b.length) / ch;
  const s = Math.floor(n / 2), len = 48000;
  let best = 0, bestV = -Infinity;
  for (let lag = -3000; lag <= 3000; lag++) {
    let v = 0;
    for (let i = s; i < s + len; i += 2) v += a[i * ch] * (b[(i + lag) * ch] || 0);
    if (v > bestV) { bestV = v; best = lag; }
  }
  let e = 0, p = 0;
  for (let i = 0; i < n * ch; i++) { const d = a0[i] - (b0[i] || 0); e += d * d; p += a0[i] * a0[i]; }
  return { lag: best, snr: 10 * Math.log10(p / (e + 1e-20)) };
}

let bad = 0;
for (const cat of ['music', 'ambience']) {
  for (const f of readdirSync(join(HERE, cat)).filter((f) => f.endsWith('.webm')).sort()) {
    const key = f.replace(/\.webm$/, '');
    const wavPath = wavDir ? join(wavDir, `${cat}-${key}.wav`) : null;
    const orig = wavPath && existsSync(wavPath) ? readWav(wavPath) : null;
    const ch = orig ? orig.nc : 2;
    const o = orig ? stats(orig.x, ch) : null;
    for (const ext of ['webm', 'mp3']) {
      const d = decode(join(HERE, cat, `${key}.${ext}`), ch);
      const s = stats(d, ch);
      const al = orig ? bestLag(orig.x, d, ch) : null;
      const ct = clickTest(orig && d.length === orig.x.length ? orig.x : null, d, ch);
      // pass: exact length; no click at the wrap (see clickTest); no time shift (> 1 sample) where the codec keeps the waveform
      const okLen = !o || s.n === o.n;
      const okWrap = ct.ok;
      const waveform = al && al.snr > 12;
      const okAlign = !waveform || Math.abs(al.lag) <= 1;
      if (!okLen || !okWrap || !okAlign) bad++;
      console.log(`${cat}/${key}.${ext}`.padEnd(25),
        `n=${s.n}${o ? ` (wav ${o.n}, diff ${s.n - o.n})` : ''}`,
        `| wrap step ${s.wrap.toFixed(4)} (wav ${o ? o.wrap.toFixed(4) : '?'}; file p99 step ${s.p99.toFixed(4)})`,
        `| click spike ${ct.wrap.toFixed(1)} dB (wav ${ct.orig.toFixed(1)}; elsewhere p95 ${ct.p95.toFixed(1)}, max ${ct.max.toFixed(1)})`,
        `| head/tail ${s.headDb.toFixed(1)}/${s.tailDb.toFixed(1)} dB`,
        al ? `| lag ${al.lag}, SNR ${al.snr.toFixed(1)} dB` : '',
        okLen && okWrap && okAlign ? 'OK' : 'FAIL');
    }
  }
}
console.log(bad ? `${bad} problem(s)` : 'all loops OK');
process.exit(bad ? 1 : 0);
