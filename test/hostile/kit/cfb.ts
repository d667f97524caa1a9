// A minimal but well-formed Compound File Binary (the container of old .xls files and of
// password-protected .xlsx files, [MS-CFB] version 3, 512-byte sectors). Every stream is padded
// to at least 4,096 bytes so it lives in regular sectors (no mini stream to build).
const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;
const MINI_CUTOFF = 4096;

export interface CfbStream {
  name: string;
  data: Uint8Array;
}

/** [MS-CFB] 2.6.4: siblings are ordered by name length, then by upper-cased name. */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const ua = a.toUpperCase();
  const ub = b.toUpperCase();
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

function padded(data: Uint8Array): Uint8Array {
  const size = Math.max(MINI_CUTOFF, Math.ceil(data.length / SECTOR) * SECTOR);
  const out = new Uint8Array(size);
  out.set(data);
  return out;
}

export function buildCfb(streamsIn: readonly CfbStream[]): Uint8Array {
  const streams = [...streamsIn].sort((a, b) => compareNames(a.name, b.name)).map((s) => ({ name: s.name, data: padded(s.data) }));
  const entries = 1 + streams.length;
  const dirSectors = Math.ceil((entries * 128) / SECTOR);
  const dataSectors = streams.reduce((n, s) => n + s.data.length / SECTOR, 0);
  const total = 1 + dirSectors + dataSectors; // sector 0 is the FAT
  if (total > SECTOR / 4) throw new Error("cfb: too large for one FAT sector");

  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  // Header
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint16(0x20, 6, true); // 64-byte mini sectors
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, MINI_CUTOFF, true);
  view.setUint32(0x3c, ENDOFCHAIN, true); // no mini FAT
  view.setUint32(0x44, ENDOFCHAIN, true); // no DIFAT sectors
  view.setUint32(0x4c, 0, true); // DIFAT[0] = sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + 4 * i, FREESECT, true);

  const sectorAt = (n: number) => SECTOR * (1 + n);
  // FAT
  const fat = (n: number, v: number) => view.setUint32(sectorAt(0) + 4 * n, v, true);
  for (let i = 0; i < SECTOR / 4; i++) fat(i, FREESECT);
  fat(0, FATSECT);
  for (let i = 0; i < dirSectors; i++) fat(1 + i, i === dirSectors - 1 ? ENDOFCHAIN : 2 + i);
  let next = 1 + dirSectors;
  const starts: number[] = [];
  for (const s of streams) {
    const count = s.data.length / SECTOR;
    starts.push(next);
    for (let i = 0; i < count; i++) fat(next + i, i === count - 1 ? ENDOFCHAIN : next + i + 1);
    out.set(s.data, sectorAt(next));
    next += count;
  }

  // Directory: the root, then the streams as a right-leaning chain of black nodes (sorted).
  const writeEntry = (index: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const at = sectorAt(1) + index * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(at + 2 * k, name.charCodeAt(k), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = type;
    out[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, NOSTREAM, true); // left sibling
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, size, true);
  };
  for (let i = entries; i < dirSectors * 4; i++) {
    const at = sectorAt(1) + i * 128;
    view.setUint32(at + 0x44, NOSTREAM, true);
    view.setUint32(at + 0x48, NOSTREAM, true);
    view.setUint32(at + 0x4c, NOSTREAM, true);
  }
  writeEntry(0, "Root Entry", 5, streams.length > 0 ? 1 : NOSTREAM, NOSTREAM, ENDOFCHAIN, 0);
  streams.forEach((s, i) => {
    const right = i + 1 < streams.length ? i + 2 : NOSTREAM;
    writeEntry(i + 1, s.name, 2, NOSTREAM, right, starts[i], s.data.length);
  });
  return out;
}

/** An Excel 97-2003 workbook: a "Workbook" stream that starts with a BIFF8 BOF record. */
export function legacyXlsBytes(): Uint8Array {
  const biff = new Uint8Array(64);
  biff.set([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]); // BOF, BIFF8, workbook globals
  return buildCfb([
    { name: "Workbook", data: biff },
    { name: "\u0005SummaryInformation", data: new Uint8Array(48) },
  ]);
}

/** What Excel writes for "Encrypt with Password": EncryptionInfo + EncryptedPackage streams. */
export function encryptedXlsxBytes(): Uint8Array {
  const info = new Uint8Array(256);
  info.set([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]); // agile encryption, version 4.4
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>';
  for (let i = 0; i < xml.length; i++) info[8 + i] = xml.charCodeAt(i);
  const pkg = new Uint8Array(2048);
  let x = 12345;
  for (let i = 8; i < pkg.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    pkg[i] = x >> 16;
  }
  pkg[0] = 0x34; // declared size of the decrypted package (little-endian u64)
  pkg[1] = 0x12;
  return buildCfb([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: pkg },
    { name: "\u0006DataSpaces", data: new Uint8Array(16) },
  ]);
}
