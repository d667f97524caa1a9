// The zip container of an .xlsx (ECMA-376 Part 2 §8: a plain zip; APPNOTE.TXT §4.3 gives the
// layout): each part deflated, then the central directory. Written here rather than by fflate's
// zipSync so that the deflate itself is a parameter: the browser deflates with fflate
// (fflate-deflater.ts), Node with its native zlib (node-deflater.ts), about 5× faster there.
// No zip64, no data descriptors, no extra fields: every part of our own workbooks is far below
// 4 GB, and the same parts always give the same bytes (a fixed time stamp in every entry).

/** How a part's bytes are compressed and checked: raw DEFLATE (RFC 1951) and zip's CRC-32. */
export interface Deflater {
  deflateRaw(bytes: Uint8Array): Uint8Array;
  crc32(bytes: Uint8Array): number;
}

export interface ZipPart {
  /** The part's path in the package, ASCII ("xl/worksheets/sheet1.xml"). */
  name: string;
  bytes: Uint8Array;
}

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_OF_DIRECTORY = 22;
const STORED = 0;
const DEFLATED = 8;
/** Version 2.0: deflate. */
const VERSION = 20;
/** 01/01/2000 00:00 in MS-DOS form (APPNOTE §4.4.6): date = (year − 1980) << 9 | month << 5 | day. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const MAX_32 = 0xffffffff;

interface Entry {
  name: Uint8Array;
  data: Uint8Array;
  method: number;
  crc: number;
  size: number;
  offset: number;
}

function asciiName(name: string): Uint8Array {
  if (!/^[\x20-\x7e]+$/.test(name)) throw new Error(`zip part name must be printable ASCII: ${JSON.stringify(name)}`);
  const out = new Uint8Array(name.length);
  for (let i = 0; i < name.length; i++) out[i] = name.charCodeAt(i);
  return out;
}

/** The fields a local header and a central-directory header share, from "version needed" on. */
function writeCommon(view: DataView, at: number, e: Entry): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, 0, true); // flags: no encryption, no data descriptor, ASCII name
  view.setUint16(at + 4, e.method, true);
  view.setUint16(at + 6, DOS_TIME, true);
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.data.length, true);
  view.setUint32(at + 18, e.size, true);
  view.setUint16(at + 22, e.name.length, true);
  view.setUint16(at + 24, 0, true); // extra field length
}

/** The zip of `parts`, in their order. A part that deflate does not shrink is stored. */
export function zipArchive(parts: readonly ZipPart[], deflater: Deflater): Uint8Array {
  const entries: Entry[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = asciiName(part.name);
    const deflated = deflater.deflateRaw(part.bytes);
    const stored = deflated.length >= part.bytes.length;
    const entry: Entry = {
      name,
      data: stored ? part.bytes : deflated,
      method: stored ? STORED : DEFLATED,
      crc: deflater.crc32(part.bytes) >>> 0,
      size: part.bytes.length,
      offset,
    };
    entries.push(entry);
    offset += LOCAL_HEADER + name.length + entry.data.length;
  }
  const directoryStart = offset;
  const directorySize = entries.reduce((s, e) => s + CENTRAL_HEADER + e.name.length, 0);
  const total = directoryStart + directorySize + END_OF_DIRECTORY;
  if (total > MAX_32 || entries.length > 0xffff) throw new Error("zip too large without zip64");

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  for (const e of entries) {
    view.setUint32(e.offset, 0x04034b50, true);
    writeCommon(view, e.offset + 4, e);
    out.set(e.name, e.offset + LOCAL_HEADER);
    out.set(e.data, e.offset + LOCAL_HEADER + e.name.length);
  }
  let at = directoryStart;
  for (const e of entries) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, VERSION, true); // version made by: MS-DOS attributes
    writeCommon(view, at + 6, e);
    // comment length, disk number, internal and external attributes: all zero
    view.setUint32(at + 42, e.offset, true);
    out.set(e.name, at + CENTRAL_HEADER);
    at += CENTRAL_HEADER + e.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, directoryStart, true);
  return out;
}
