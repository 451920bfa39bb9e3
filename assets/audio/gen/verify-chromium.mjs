#!/usr/bin/env node
/* global atob, OfflineAudioContext -- these run inside the page */
// Optional check in a real browser engine: decodes every loop with Chromium's Web Audio
// decodeAudioData (OfflineAudioContext at 48 kHz) and compares the buffer length with the
// synthesised WAV, and measures the click "spike" at the wrap point (see verify.mjs).
// Uses the project's existing devDependency playwright-core and a system Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). Nothing is installed.
// Usage: node assets/audio/generate.mjs --wav-dir=/tmp/mrw && node assets/audio/gen/verify-chromium.mjs /tmp/mrw
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wavDir = process.argv[2];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
function spike(head, tail) {
  const E = [];
  for (let w = -20; w < 20; w++) {
    let e = 0;
    for (let i = w * 48; i < (w + 1) * 48; i++) for (let c = 0; c < head.length; c++) {
      const at = (k) => (k >= 0 ? head[c][k] : tail[c][tail[c].length + k]);
      const d = at(i) - 2 * at(i - 1) + at(i - 2);
      e += d * d;
    }
    E.push(10 * Math.log10(e + 1e-20));
  }
  const o = E.filter((_, i) => i !== 20).sort((a, b) => a - b);
  return E[20] - o[o.length >> 1];
}
let bad = 0;
console.log('Chromium', browser.version());
for (const cat of ['music', 'ambience']) for (const f of readdirSync(join(root, cat)).sort()) {
  const b64 = readFileSync(join(root, cat, f)).toString('base64');
  const res = await page.evaluate(async (b64) => {
    const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const buf = await new OfflineAudioContext(2, 1, 48000).decodeAudioData(bin.buffer);
    const h = [], t = [];
    for (let c = 0; c < buf.numberOfChannels; c++) { const x = buf.getChannelData(c); h.push(Array.from(x.slice(0, 2400))); t.push(Array.from(x.slice(-2400))); }
    return { len: buf.length, h, t };
  }, b64);
  let line = `${cat}/${f}`.padEnd(26) + ` decoded ${res.len} samples`;
  const key = f.replace(/\.(webm|mp3)$/, '');
  if (wavDir) {
    const w = readFileSync(join(wavDir, `${cat}-${key}.wav`));
    const nc = w.readUInt16LE(22), n = w.readUInt32LE(54) / 4 / nc;
    const oh = [], ot = [];
    for (let c = 0; c < nc; c++) { oh.push([]); ot.push([]); for (let i = 0; i < 2400; i++) { oh[c].push(w.readFloatLE(58 + (i * nc + c) * 4)); ot[c].push(w.readFloatLE(58 + ((n - 2400 + i) * nc + c) * 4)); } }
    const sd = spike(res.h, res.t), so = spike(oh, ot);
    const ok = res.len === n && sd <= Math.max(so, 3) + 3;
    if (!ok) bad++;
    line += ` (wav ${n}) | wrap click spike ${sd.toFixed(1)} dB (wav ${so.toFixed(1)}) ${ok ? 'OK' : 'FAIL'}`;
  }
  console.log(line);
}
await browser.close();
console.log(bad ? `${bad} problem(s)` : 'all OK');
process.exit(bad ? 1 : 0);
