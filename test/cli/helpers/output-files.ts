// Looking at what bdg left in a folder: is a summary complete (every zip entry's CRC good, readable
// by our reader), which run wrote it (its `_meta` as_of), and are any work files left over.
import { readdirSync, readFileSync } from "node:fs";
import { crc32 } from "node:zlib";
import { inflateSync } from "fflate";
import { readMeta, findMetaSheet, metaText } from "../../../src/core/read/read-meta";
import { readXlsx } from "../../../src/xlsx/read";
import { entryData, readZipDirectory } from "../../../src/xlsx/read/zip-directory";

/** Every entry inflates to bytes whose CRC-32 is the one its central directory records. */
export function zipEntriesIntact(bytes: Uint8Array): boolean {
  try {
    for (const entry of readZipDirectory(bytes).values()) {
      const raw = entryData(bytes, entry);
      const data = entry.method === 8 ? inflateSync(raw) : raw;
      if (crc32(data) >>> 0 !== entry.crc32) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** The summary's `_meta` as_of, when the file is a complete workbook; null otherwise. */
export function completeSummaryAsOf(path: string): string | null {
  const bytes = new Uint8Array(readFileSync(path));
  if (!zipEntriesIntact(bytes)) return null;
  const read = readXlsx(bytes);
  if (!read.ok) return null;
  const meta = findMetaSheet(read.workbook);
  return meta ? metaText(readMeta(meta), "as_of") : null;
}

/** bdg's temporaries and locks (".bdg-…") left in `dir`. */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith(".bdg-"));
}
