/**
 * Draws Isnad's toolbar and store icons as real PNG files into public/.
 * The picture is a chain of three linked links (an isnad is a chain of
 * transmitters) on a teal rounded square; drawn with signed distances and
 * supersampled so the small sizes stay crisp. Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
const OUT = fileURLToPath(new URL('../public/', import.meta.url));

type Rgba = [number, number, number, number];
const TEAL: Rgba = [15, 118, 110, 255];
const WHITE: Rgba = [255, 255, 255, 255];

function roundedSquare(x: number, y: number, r: number): number {
  // Distance to a square of half-size 0.5 centred at 0.5,0.5 with radius r.
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Coverage of the white chain at unit coordinates (x, y): three dots on a rising line. */
function chain(x: number, y: number): boolean {
  const dots: [number, number][] = [[0.27, 0.7], [0.5, 0.5], [0.73, 0.3]];
  for (const [cx, cy] of dots) if (Math.hypot(x - cx, y - cy) < 0.13) return true;
  return segment(x, y, dots[0][0], dots[0][1], dots[2][0], dots[2][1]) < 0.045;
}

function pixel(size: number, px: number, py: number): Rgba {
  const n = 4;
  let bg = 0;
  let fg = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = (px + (i + 0.5) / n) / size;
      const y = (py + (j + 0.5) / n) / size;
      if (roundedSquare(x, y, 0.2) <= 0) {
        bg++;
        if (chain(x, y)) fg++;
      }
    }
  }
  const a = bg / (n * n);
  const f = bg ? fg / bg : 0;
  const mix = (k: number) => Math.round(TEAL[k] * (1 - f) + WHITE[k] * f);
  return [mix(0), mix(1), mix(2), Math.round(255 * a)];
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p = pixel(size, x, y);
      raw.set(p, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(`${OUT}icon-${size}.png`, png(size));
console.log(`icons written: ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
