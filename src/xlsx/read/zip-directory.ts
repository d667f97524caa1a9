// Reads a zip's central directory by hand. We need only the entries' names, methods, compressed
// sizes and offsets; declared uncompressed sizes are never trusted (zip bombs lie about them).
import { corrupt } from "./unreadable-error";
import { encryptedFile } from "./unreadable-messages";
import { utf8Text } from "./xml-text";

export interface ZipEntry {
  /** As stored, with "\" turned into "/". */
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  /** As declared: only a hint for the output buffer, never trusted (a zip bomb lies). */
  declaredSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
  /** CRC-32 of the uncompressed bytes, from the central directory. */
  crc32: number;
}

/** Entries by lower-cased name: OPC part names are case-insensitive. */
export type ZipDirectory = Map<string, ZipEntry>;

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Drops a leading byte order mark, as names were always decoded; utf8Text keeps it. */
const nameDecoder = new TextDecoder("utf-8");

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** 64-bit little endian as a safe integer, or -1 when it cannot be an offset in a real file. */
function u64(b: Uint8Array, at: number): number {
  const high = u32(b, at + 4);
  return high > 0x1fffff ? -1 : high * 0x100000000 + u32(b, at);
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - EOCD_MIN_SIZE - MAX_COMMENT);
  for (let at = b.length - EOCD_MIN_SIZE; at >= lowest; at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && u32(b, at) === EOCD_SIGNATURE) return at;
  }
  throw corrupt("không thấy mục lục của tệp nén, có thể tệp bị cắt cụt");
}

interface DirectoryBounds {
  offset: number;
  size: number;
  entries: number;
}

function directoryBounds(b: Uint8Array, eocd: number): DirectoryBounds {
  let entries = u16(b, eocd + 10);
  let size = u32(b, eocd + 12);
  let offset = u32(b, eocd + 16);
  const locator = eocd - 20;
  if ((entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) && locator >= 0 && u32(b, locator) === ZIP64_LOCATOR_SIGNATURE) {
    const record = u64(b, locator + 8);
    if (record < 0 || record + 56 > b.length || u32(b, record) !== ZIP64_EOCD_SIGNATURE) throw corrupt("mục lục ZIP64 sai");
    entries = u64(b, record + 32);
    size = u64(b, record + 40);
    offset = u64(b, record + 48);
  }
  if (entries < 0 || size < 0 || offset < 0 || offset + size > b.length) throw corrupt("mục lục của tệp nén trỏ ra ngoài tệp");
  return { offset, size, entries };
}

/** Sizes that overflowed 32 bits live in the ZIP64 extra field (id 1), in a fixed order. */
function applyZip64Extra(b: Uint8Array, start: number, end: number, entry: ZipEntry): void {
  let at = start;
  while (at + 4 <= end) {
    const id = u16(b, at);
    const len = u16(b, at + 2);
    const dataEnd = Math.min(end, at + 4 + len);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > dataEnd) throw corrupt("trường ZIP64 thiếu");
        const v = u64(b, field);
        field += 8;
        return v;
      };
      if (entry.declaredSize === 0xffffffff) entry.declaredSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at = dataEnd;
  }
}

export function readZipDirectory(b: Uint8Array): ZipDirectory {
  const bounds = directoryBounds(b, findEndOfCentralDirectory(b));
  const directory: ZipDirectory = new Map();
  const end = bounds.offset + bounds.size;
  let at = bounds.offset;
  // Walk by signature rather than trusting the declared entry count; both are bounded by the file size.
  while (at + 46 <= end && u32(b, at) === CENTRAL_SIGNATURE) {
    const flags = u16(b, at + 8);
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > end) throw corrupt("mục lục của tệp nén bị cắt cụt");
    // utf8Text: a call into TextDecoder per entry name cost more than the name is worth.
    const raw = b[nameStart] === 0xef ? nameDecoder.decode(b.subarray(nameStart, extraStart)) : utf8Text(b, nameStart, extraStart);
    const name = raw.indexOf("\\") < 0 ? raw : raw.replace(/\\/g, "/");
    const entry: ZipEntry = {
      name,
      method: u16(b, at + 10),
      compressedSize: u32(b, at + 20),
      declaredSize: u32(b, at + 24),
      localHeaderOffset: u32(b, at + 42),
      encrypted: (flags & 1) === 1,
      crc32: u32(b, at + 16),
    };
    applyZip64Extra(b, extraStart, extraStart + extraLength, entry);
    const key = name.toLowerCase();
    if (!directory.has(key)) directory.set(key, entry);
    at = next;
  }
  if (directory.size === 0 && bounds.entries > 0) throw corrupt("mục lục của tệp nén hỏng");
  return directory;
}

/** The compressed bytes of one entry (a view, no copy), checked against the file's bounds. */
export function entryData(b: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.encrypted) throw encryptedFile();
  const local = entry.localHeaderOffset;
  if (local < 0 || local + 30 > b.length || u32(b, local) !== LOCAL_SIGNATURE) throw corrupt(`phần "${entry.name}" không tìm thấy trong tệp nén`);
  const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
  const end = start + entry.compressedSize;
  if (entry.compressedSize < 0 || end > b.length) throw corrupt(`phần "${entry.name}" bị cắt cụt`);
  return b.subarray(start, end);
}
