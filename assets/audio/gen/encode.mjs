// Encoding with ffmpeg, plus "pre-roll" for seamless loops.
//
// Lossy codecs start from silence, so the first few milliseconds of a loop that starts at full
// level decode slightly wrong -> a tick at the wrap point. To avoid that we encode the loop with
// the end of the loop prepended (pre-roll) and then tell the decoder to skip it using the
// standard gapless fields:
//   Opus: OpusHead pre-skip (Ogg), remuxed by ffmpeg into WebM (CodecDelay + CodecPrivate agree).
//   MP3 : encoder-delay field of the LAME/Info tag (tag CRC recomputed).
// Decoders that honour those fields (ffmpeg, Chromium, Firefox) return exactly the loop.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export function ffmpeg(a) {
  const r = spawnSync('ffmpeg', ['-hide_banner', '-nostdin', '-y', '-v', 'error', ...a], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('ffmpeg failed: ' + a.join(' ') + '\n' + r.stderr);
}

const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];

// ---- Ogg CRC32 (poly 0x04C11DB7, no reflection, init 0)
const OGG_T = new Uint32Array(256);
for (let i = 0; i < 256; i++) {
  let r = i << 24;
  for (let k = 0; k < 8; k++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
  OGG_T[i] = r >>> 0;
}
function oggCrc(buf) {
  let c = 0;
  for (let i = 0; i < buf.length; i++) c = ((c << 8) ^ OGG_T[((c >>> 24) ^ buf[i]) & 0xff]) >>> 0;
  return c >>> 0;
}
// ---- CRC-16/ARC (LAME tag CRC)
function crc16(buf) {
  let c = 0;
  for (let i = 0; i < buf.length; i++) {
    c ^= buf[i];
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
  }
  return c & 0xffff;
}

/** Patch the OpusHead pre-skip of an Ogg Opus file (first page) by +extra samples. */
function oggAddPreskip(path, extra) {
  const b = readFileSync(path);
  if (b.toString('ascii', 0, 4) !== 'OggS') throw new Error('not ogg');
  const nseg = b[26];
  let len = 27 + nseg;
  for (let i = 0; i < nseg; i++) len += b[27 + i];
  const h = b.indexOf('OpusHead');
  if (h < 0 || h > len) throw new Error('OpusHead not in first page');
  const pre = b.readUInt16LE(h + 10) + extra;
  if (pre > 65535) throw new Error('pre-skip too large');
  if (pre % 48) throw new Error(`pre-skip ${pre} is not a whole number of ms (WebM timestamps are ms)`);
  b.writeUInt16LE(pre, h + 10);
  b.writeUInt32LE(0, 22);
  b.writeUInt32LE(oggCrc(b.subarray(0, len)), 22);
  writeFileSync(path, b);
  return pre;
}

/** Reduce the granule position of the last (EOS) Ogg page by `trim` samples => end trimming. */
function oggTrimEnd(path, trim) {
  const b = readFileSync(path);
  let p = b.lastIndexOf('OggS');
  while (p > 0 && !(b[p + 5] & 4)) p = b.lastIndexOf('OggS', p - 1);
  if (p < 0) throw new Error('no EOS page');
  const nseg = b[p + 26];
  let len = 27 + nseg;
  for (let i = 0; i < nseg; i++) len += b[p + 27 + i];
  // samples carried by this page = granule difference to the previous page
  let q = b.lastIndexOf('OggS', p - 1);
  const g = b.readBigInt64LE(p + 6), gPrev = b.readBigInt64LE(q + 6);
  if (BigInt(trim) >= g - gPrev) throw new Error('end trim larger than last page');
  b.writeBigInt64LE(g - BigInt(trim), p + 6);
  b.writeUInt32LE(0, p + 22);
  b.writeUInt32LE(oggCrc(b.subarray(p, p + len)), p + 22);
  writeFileSync(path, b);
}

/** Increase the encoder delay / end padding in the LAME/Info tag of an MP3 (tag CRC updated). */
function mp3AddDelay(path, extra, extraPad = 0) {
  const b = readFileSync(path);
  let o = b.indexOf('Info');
  if (o < 0 || o > 64) o = b.indexOf('Xing');
  if (o < 0 || o > 64) throw new Error('no Info/Xing tag');
  const p = o + 141;
  const delay = (b[p] << 4) | (b[p + 1] >> 4);
  const pad = ((b[p + 1] & 15) << 8) | b[p + 2];
  const nd = delay + extra, np = pad + extraPad;
  if (nd > 4095 || np > 4095) throw new Error('delay/padding too large');
  b[p] = nd >> 4;
  b[p + 1] = ((nd & 15) << 4) | (np >> 8);
  b[p + 2] = np & 255;
  const frameStart = b.indexOf(Buffer.from([0xff]), 0); // mp3 has no ID3 here: frame starts at 0
  if (frameStart !== 0) throw new Error('unexpected leading data in mp3');
  b.writeUInt16BE(crc16(b.subarray(0, o + 154)), o + 154);
  writeFileSync(path, b);
  return nd;
}

/** One-shot: opusWav has `opusPre` leading zero samples that become part of the pre-skip (so the
 *  total pre-skip is a whole number of milliseconds, see generate.mjs). */
export function encodeOneShot(opusWav, opusPre, mp3Wav, base, tmpOgg, { opus, mp3 }) {
  ffmpeg(['-i', opusWav, '-c:a', 'libopus', '-b:a', opus, '-vbr', 'on', '-compression_level', '10', '-application', 'audio', ...BITEXACT, '-f', 'ogg', tmpOgg]);
  oggAddPreskip(tmpOgg, opusPre);
  ffmpeg(['-i', tmpOgg, '-c:a', 'copy', ...BITEXACT, `${base}.webm`]);
  ffmpeg(['-i', mp3Wav, '-c:a', 'libmp3lame', ...mp3, ...BITEXACT, '-id3v2_version', '0', '-write_id3v1', '0', `${base}.mp3`]);
}

/** opusWav / mp3Wav hold [last `pre` samples of the loop, loop, first `post` samples of the loop]. */
export function encodeLoop(opusWav, opusRoll, mp3Wav, mp3Roll, base, tmpOgg, { opus, mp3, opusApp = 'audio', opusVbr = 'on' }) {
  ffmpeg(['-i', opusWav, '-c:a', 'libopus', '-b:a', opus, '-vbr', opusVbr, '-compression_level', '10', '-application', opusApp, ...BITEXACT, '-f', 'ogg', tmpOgg]);
  oggAddPreskip(tmpOgg, opusRoll.pre);
  if (opusRoll.post) oggTrimEnd(tmpOgg, opusRoll.post);
  ffmpeg(['-i', tmpOgg, '-c:a', 'copy', ...BITEXACT, `${base}.webm`]);
  ffmpeg(['-i', mp3Wav, '-c:a', 'libmp3lame', ...mp3, ...BITEXACT, '-id3v2_version', '0', '-write_id3v1', '0', `${base}.mp3`]);
  mp3AddDelay(`${base}.mp3`, mp3Roll.pre, mp3Roll.post);
}
