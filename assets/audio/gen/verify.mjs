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
  let maxStep = 0, sumStep = 0, wrap = 0;
  for (let c = 0; c < ch; c++) {
    for (let i = 1; i < n; i++) { const d = Math.abs(x[i * ch + c] - x[(i - 1) * ch + c]); sumStep += d; if (d > maxStep) maxStep = d; }
    wrap = Math.max(wrap, Math.abs(x[c] - x[(n - 1) * ch + c]));
  }
  const w = 2400;
  const rms = (s, e) => { let a = 0; for (let i = s * ch; i < e * ch; i++) a += x[i] * x[i]; return 10 * Math.log10(a / ((e - s) * ch) + 1e-20); };
  return { n, wrap, maxStep, meanStep: sumStep / ((n - 1) * ch), headDb: rms(0, w), tailDb: rms(n - w, n) };
}
function bestLag(a, b, ch) {
  // correlate 1 s from the middle of the original against the decoded signal
  const n = Math.min(a.length, b.length) / ch;
  const s = Math.floor(n / 2), len = 48000;
  let best = 0, bestV = -Infinity;
  for (let lag = -3000; lag <= 3000; lag++) {
    let v = 0;
    for (let i = s; i < s + len; i += 2) v += a[i * ch] * (b[(i + lag) * ch] || 0);
    if (v > bestV) { bestV = v; best = lag; }
  }
  let e = 0, p = 0;
  for (let i = 0; i < n * ch; i++) { const d = a[i] - (b[i] || 0); e += d * d; p += a[i] * a[i]; }
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
      const okLen = !o || s.n === o.n;
      const okWrap = s.wrap < Math.max(0.05, s.maxStep * 0.5);
      if (!okLen || !okWrap || (al && al.lag !== 0)) bad++;
      console.log(`${cat}/${key}.${ext}`.padEnd(26),
        `samples ${s.n}${o ? ` (wav ${o.n}, diff ${s.n - o.n})` : ''}`,
        `| wrap jump ${s.wrap.toFixed(4)}${o ? ` (wav ${o.wrap.toFixed(4)})` : ''} vs max step ${s.maxStep.toFixed(4)}, mean ${s.meanStep.toFixed(4)}`,
        `| head/tail RMS ${s.headDb.toFixed(1)}/${s.tailDb.toFixed(1)} dB`,
        al ? `| lag ${al.lag}, SNR vs wav ${al.snr.toFixed(1)} dB` : '');
    }
  }
}
console.log(bad ? `${bad} problem(s)` : 'all loops OK');
process.exit(bad ? 1 : 0);
