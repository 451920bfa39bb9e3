#!/usr/bin/env node
// Synthesises every music loop, ambience loop and sound effect of the game from code
// (seeded PRNG => deterministic WAV data) and encodes them with ffmpeg into
//   assets/audio/{music,ambience,sfx}/<key>.webm  (Opus in WebM)
//   assets/audio/{music,ambience,sfx}/<key>.mp3   (LAME MP3 with gapless LAME/Xing header)
//
// Usage: node assets/audio/generate.mjs [--only=key1,key2] [--wav-dir=DIR] [--no-encode] [--quiet]
// No npm dependencies; needs `ffmpeg` (libopus + libmp3lame) on PATH for encoding.
import { mkdirSync, writeFileSync, rmSync, mkdtempSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { SR, Rng, lufs, momentaryMax, peak, limiter, dcBlock, db, wavFloat, FRAME } from './gen/dsp.mjs';
import { MUSIC } from './gen/music.mjs';
import { AMBIENCE } from './gen/ambience.mjs';
import { SFX } from './gen/sfx.mjs';
import { encodeLoop, encodeOneShot } from './gen/encode.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, '').split('='); return [k, v ?? true]; }));
const only = args.only ? new Set(String(args.only).split(',')) : null;
const quiet = !!args.quiet;

// Loudness targets (integrated LUFS for loops; loudest-100ms LUFS for sfx) and encoder settings.
const CATS = {
  music: { target: -18, loop: true, opus: '40k', mp3: ['-b:a', '56k', '-reservoir', '0'] },
  ambience: { target: -25, loop: true, opus: '24k', opusApp: 'lowdelay', mp3: ['-b:a', '48k', '-reservoir', '0'] },
  sfx: { target: -16, loop: false, opus: '32k', mp3: ['-b:a', '48k'] },
};

const jobs = [];
for (const [key, fn] of Object.entries(MUSIC)) jobs.push({ cat: 'music', key, fn });
for (const [key, fn] of Object.entries(AMBIENCE)) jobs.push({ cat: 'ambience', key, fn });
for (const [key, def] of Object.entries(SFX)) jobs.push({ cat: 'sfx', key, fn: def.fn, level: def.level ?? 0 });

const wavDir = args['wav-dir'] ? String(args['wav-dir']) : mkdtempSync(join(tmpdir(), 'mr-audio-'));
mkdirSync(wavDir, { recursive: true });

function master(job, raw) {
  const cfg = CATS[job.cat];
  if (cfg.loop) {
    const chs = [raw.l, raw.r];
    for (const c of chs) dcBlock(c, 12, true);
    const before = lufs(chs);
    const g = db(cfg.target + (job.level || 0) - before);
    for (const c of chs) for (let i = 0; i < c.length; i++) c[i] *= g;
    limiter(chs, -1.5, { cyclic: true });
    return { chs, loud: lufs(chs) };
  }
  const x = raw;
  dcBlock(x, 15, false);
  const before = momentaryMax([x]);
  const g = db(cfg.target + job.level - before);
  for (let i = 0; i < x.length; i++) x[i] *= g;
  limiter([x], -1.2, { cyclic: false });
  // short fade-in/out so encoders never see a hard edge
  const fi = Math.min(48, x.length), fo = Math.min(Math.round(0.008 * SR), x.length);
  for (let i = 0; i < fi; i++) x[i] *= i / fi;
  for (let i = 0; i < fo; i++) x[x.length - 1 - i] *= i / fo;
  return { chs: [x], loud: momentaryMax([x]) };
}

// pre/post-roll lengths (samples): the codecs' start-up and flush transients fall outside the loop
// Opus: ~500 ms pre-roll. libopus' own pre-skip is 312 samples (6.5 ms); 312 + 24024 = 24336 samples = 507 ms
// exactly, so the WebM CodecDelay / first-packet timestamp is a whole number of milliseconds (WebM
// timestamps are in ms and Chromium's decodeAudioData trims by the rounded timestamp). 20 ms post-roll.
const ROLL_OPUS = { pre: 24024, post: 960 };
// One-shots: 24 silent samples so the Opus pre-skip is 336 samples = exactly 7 ms (same reason).
const ONESHOT_OPUS_PRE = 24;
// MP3: 3 frames added to the LAME encoder delay, 1 frame to the end padding (12-bit fields, max 4095 each).
const ROLL_MP3 = { pre: 3456, post: 1152 };

const report = [];
const t0 = Date.now();
for (const job of jobs) {
  if (only && !only.has(job.key)) continue;
  const t1 = Date.now();
  const rng = new Rng(`metallic-rouge/${job.cat}/${job.key}`);
  const raw = job.fn(rng);
  const { chs, loud } = master(job, raw);
  const n = chs[0].length;
  if (CATS[job.cat].loop && n % FRAME !== 0) throw new Error(`${job.key}: loop length ${n} not a multiple of ${FRAME}`);
  const wav = wavFloat(chs);
  const wavPath = join(wavDir, `${job.cat}-${job.key}.wav`);
  writeFileSync(wavPath, wav);
  const sha = createHash('sha256').update(wav).digest('hex').slice(0, 16);
  const row = { key: `${job.cat}/${job.key}`, seconds: +(n / SR).toFixed(3), samples: n, ch: chs.length, lufs: +loud.toFixed(1), peakDb: +(20 * Math.log10(peak(chs) + 1e-12)).toFixed(2), sha, ms: 0 };
  if (!args['no-encode']) {
    const outDir = join(HERE, job.cat);
    mkdirSync(outDir, { recursive: true });
    const cfg = CATS[job.cat];
    const base = join(outDir, job.key);
    if (cfg.loop) {
      // pre/post-roll: wrap the loop's end before it and its start after it, then mark those parts
      // as encoder delay / end padding so decoders return exactly the loop (see gen/encode.mjs)
      const rolled = ({ pre: k, post: m }) => wavFloat(chs.map((c) => { const o = new Float32Array(k + n + m); o.set(c.subarray(n - k)); o.set(c, k); o.set(c.subarray(0, m), k + n); return o; }));
      const pOpus = join(wavDir, `${job.cat}-${job.key}.pre-opus.wav`), pMp3 = join(wavDir, `${job.cat}-${job.key}.pre-mp3.wav`);
      writeFileSync(pOpus, rolled(ROLL_OPUS));
      writeFileSync(pMp3, rolled(ROLL_MP3));
      encodeLoop(pOpus, ROLL_OPUS, pMp3, ROLL_MP3, base, join(wavDir, `${job.cat}-${job.key}.ogg`), cfg);
      rmSync(pOpus); rmSync(pMp3); rmSync(join(wavDir, `${job.cat}-${job.key}.ogg`));
    } else {
      const pOpus = join(wavDir, `${job.cat}-${job.key}.pre-opus.wav`), tOgg = join(wavDir, `${job.cat}-${job.key}.ogg`);
      writeFileSync(pOpus, wavFloat(chs.map((c) => { const o = new Float32Array(ONESHOT_OPUS_PRE + n); o.set(c, ONESHOT_OPUS_PRE); return o; })));
      encodeOneShot(pOpus, ONESHOT_OPUS_PRE, wavPath, base, tOgg, cfg);
      rmSync(pOpus); rmSync(tOgg);
    }
    row.webm = statSync(`${base}.webm`).size;
    row.mp3 = statSync(`${base}.mp3`).size;
  }
  row.ms = Date.now() - t1;
  report.push(row);
  if (!quiet) console.log(JSON.stringify(row));
}
if (!args['wav-dir']) rmSync(wavDir, { recursive: true, force: true });
else if (!quiet) console.log(`WAVs kept in ${wavDir}`);
const tot = report.reduce((a, r) => a + (r.webm || 0) + (r.mp3 || 0), 0);
console.log(`done: ${report.length} sounds in ${((Date.now() - t0) / 1000).toFixed(1)} s; encoded total ${(tot / 1024).toFixed(0)} KiB`);
