#!/usr/bin/env node
// The app icons (public/icon-192.png, public/icon-512.png) for installing the explorer: a crimson
// ring over a gold dawn on the night of Canal City. Original, drawn by this script; node built-ins
// only (a tiny PNG encoder over zlib). Run:  node assets/art/icons.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public');
const NIGHT = [11, 7, 16];
const CRIMSON = [224, 48, 74];
const GOLD = [232, 182, 76];
const CYAN = [63, 208, 212];

/** The colour at a point of the unit square (0–1), or the night. */
function paint(x, y) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  if (r > 0.3 && r < 0.4) return CRIMSON; // the ring
  if (Math.abs(y - 0.62) < 0.008 && Math.abs(dx) < 0.26) return CYAN; // the canal's horizon
  if (y < 0.62 && Math.hypot(dx, y - 0.62) < 0.17) return GOLD; // dawn, rising
  return NIGHT;
}

/** RGBA pixels, 4×4 supersampled. */
function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const sum = [0, 0, 0];
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) paint((i + (a + 0.5) / n) / size, (j + (b + 0.5) / n) / size).forEach((c, k) => (sum[k] += c));
      const o = (j * size + i) * 4;
      for (let k = 0; k < 3; k++) px[o + k] = Math.round(sum[k] / (n * n));
      px[o + 3] = 255;
    }
  }
  return px;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** A PNG file of RGBA pixels. */
function png(size, px) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) px.copy(rows, j * (size * 4 + 1) + 1, j * size * 4, (j + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [192, 512]) {
  writeFileSync(join(OUT, `icon-${size}.png`), png(size, draw(size)));
  console.log(`public/icon-${size}.png`);
}
