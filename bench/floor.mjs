// The physical floor of a consolidation, as a whole process: read every .xlsx of a folder and
// inflate every entry, nothing else. `fflate`: fflate.unzipSync (what the browser has);
// `zlib`: Node's native zlib.inflateRawSync on each deflated entry, the zip's central directory
// walked by hand. No CRC, no XML: a floor, not a reader.
// Usage: node bench/floor.mjs fflate|zlib DIR
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";

const [kind, dir] = process.argv.slice(2);

function inflateAllNative(b) {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = b.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = b.subarray(start, start + size);
    bytes += method === 8 ? inflateRawSync(data).length : data.length;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

let total = 0;
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith(".xlsx")) continue;
  const buffer = readFileSync(join(dir, name));
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (kind === "zlib") total += inflateAllNative(bytes);
  else for (const entry of Object.values(unzipSync(bytes))) total += entry.length;
}
if (total === 0 && readdirSync(dir).length > 0) throw new Error("nothing inflated");
process.stdout.write(`${total}\n`);
