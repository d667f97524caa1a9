// Draws the add-in's PNG icons (16, 32, 64, 80, 128 px) without any image library:
// a green rounded tile with three white bars (a report chart). Run once; the PNGs are committed.
/* global console, Buffer */
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "assets");
const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x21, 0x73, 0x46];
const WHITE = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixel of the icon at (x, y) for a size×size tile. */
function pixel(x, y, size) {
  const r = size * 0.18; // corner radius
  const cx = Math.min(Math.max(x + 0.5, r), size - r);
  const cy = Math.min(Math.max(y + 0.5, r), size - r);
  const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
  if (!inside) return [0, 0, 0, 0];
  // three bars of rising height, bottom-aligned
  const base = size * 0.8;
  const barW = size * 0.16;
  const bars = [
    { left: size * 0.2, top: size * 0.55 },
    { left: size * 0.42, top: size * 0.38 },
    { left: size * 0.64, top: size * 0.2 },
  ];
  for (const b of bars) {
    if (x >= Math.floor(b.left) && x < Math.floor(b.left + barW) && y >= Math.floor(b.top) && y < Math.floor(base)) {
      return [...WHITE, 255];
    }
  }
  return [...GREEN, 255];
}

function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p = pixel(x, y, size);
      raw.set(p, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(path.join(outDir, `icon-${size}.png`), png(size));
}
console.log(`Đã vẽ ${SIZES.length} biểu tượng vào ${path.relative(root, outDir)}/`);
