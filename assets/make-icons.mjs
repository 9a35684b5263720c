#!/usr/bin/env node
// Draws the tray icons (one per status) and the app icon, and writes them as PNG files and a
// multi-size .ico — no image tools needed. Run `node assets/make-icons.mjs` after changing it;
// the output is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const here = new URL('.', import.meta.url);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/** RGBA pixels (Uint8Array, size×size×4) → PNG bytes. */
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
/** PNG images → one .ico (PNG-compressed entries, read by Windows Vista and later). */
function ico(images) {
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    head[e] = size >= 256 ? 0 : size;
    head[e + 1] = size >= 256 ? 0 : size;
    head.writeUInt16LE(1, e + 4); // planes
    head.writeUInt16LE(32, e + 6); // bits per pixel
    head.writeUInt32LE(data.length, e + 8);
    head.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([head, ...images.map((i) => i.data)]);
}

// Shapes in unit coordinates (0..1), drawn with 4×4 supersampling.
const distToSegment = (px, py, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
const GLYPHS = {
  ok: [[[0.3, 0.52], [0.44, 0.66]], [[0.44, 0.66], [0.71, 0.36]]],
  warn: [[[0.5, 0.27], [0.5, 0.56]], [[0.5, 0.72], [0.5, 0.72]]],
  error: [[[0.34, 0.34], [0.66, 0.66]], [[0.66, 0.34], [0.34, 0.66]]],
  checking: [[[0.3, 0.5], [0.3, 0.5]], [[0.5, 0.5], [0.5, 0.5]], [[0.7, 0.5], [0.7, 0.5]]],
};
const COLOURS = { ok: [46, 139, 87], warn: [214, 137, 16], error: [200, 40, 40], checking: [120, 120, 120], app: [0, 94, 184] };

function draw(size, { colour, glyph, shape }) {
  const rgba = new Uint8Array(size * size * 4);
  const S = 4;
  const stroke = size <= 16 ? 0.085 : 0.07;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const px = (x + (sx + 0.5) / S) / size;
          const py = (y + (sy + 0.5) / S) / size;
          const inside =
            shape === 'circle'
              ? Math.hypot(px - 0.5, py - 0.5) <= 0.47
              : Math.max(Math.abs(px - 0.5) - 0.3, Math.abs(py - 0.5) - 0.3, 0) === 0 ||
                Math.hypot(Math.max(Math.abs(px - 0.5) - 0.3, 0), Math.max(Math.abs(py - 0.5) - 0.3, 0)) <= 0.17;
          if (!inside) continue;
          bg++;
          if (glyph.some((seg) => distToSegment(px, py, seg[0], seg[1]) <= stroke)) fg++;
        }
      const i = (y * size + x) * 4;
      const a = bg / (S * S);
      const f = bg ? fg / bg : 0;
      rgba[i] = Math.round(colour[0] * (1 - f) + 255 * f);
      rgba[i + 1] = Math.round(colour[1] * (1 - f) + 255 * f);
      rgba[i + 2] = Math.round(colour[2] * (1 - f) + 255 * f);
      rgba[i + 3] = Math.round(255 * a);
    }
  return png(size, rgba);
}

mkdirSync(new URL('tray/', here), { recursive: true });
for (const status of ['ok', 'warn', 'error', 'checking']) {
  const look = { colour: COLOURS[status], glyph: GLYPHS[status], shape: 'circle' };
  writeFileSync(new URL(`tray/tray-${status}.png`, here), draw(16, look));
  writeFileSync(new URL(`tray/tray-${status}@2x.png`, here), draw(32, look));
}
const appLook = { colour: COLOURS.app, glyph: GLYPHS.ok, shape: 'rounded' };
const sizes = [16, 24, 32, 48, 64, 128, 256];
writeFileSync(new URL('icon.ico', here), ico(sizes.map((size) => ({ size, data: draw(size, appLook) }))));
writeFileSync(new URL('icon.png', here), draw(512, appLook));
