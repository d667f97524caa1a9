// Fast, dependency-light, hostile-input-safe .xlsx reader (a zip codec + a hand-written XML scan).
// This entry inflates with fflate (browsers); Node code imports node-read.ts (native zlib) instead.
//
// Files, in the order a file is read (read-xlsx.ts runs them):
//   sniff-format.ts                      the first bytes: a PDF, an old .xls, an encrypted book
//   zip-directory.ts, zip-codec.ts,
//   node-zip-codec.ts, inflate-budget.ts,
//   crc32.ts                             the zip: its directory, inflating under one budget, CRC checks
//   part-xml.ts, xml-scanner.ts,
//   xml-text.ts, tag-bytes.ts            a part's bytes, scanned forward only; text and entities
//   relationships.ts, workbook-part.ts   which sheets, in tab order, and the date system
//   shared-strings-part.ts, text-memo.ts the shared strings (texts remembered across a run's files)
//   sheet-part.ts, sheet-cells.ts,
//   cell-reference.ts, number-bytes.ts,
//   grid-shape.ts                        a worksheet's cells → rows[r][c]
//   read-result.ts, unreadable-error.ts,
//   unreadable-messages.ts               the result, and each reason a file cannot be read, in Vietnamese
//   node-read.ts                         the same reader for Node, with its native zlib
import type { ReadLimits, ReadXlsxResult } from "./read-result";
import { readXlsxWith, type SheetWanted } from "./read-xlsx";
import { fflateCodec, type ZipCodec } from "./zip-codec";

/** Never throws: a file that cannot be read is { ok: false, reason, message }. `wanted`: only these sheets' cells are read. */
export function readXlsx(bytes: Uint8Array, limits?: Partial<ReadLimits>, codec: ZipCodec = fflateCodec, wanted?: SheetWanted): ReadXlsxResult {
  return readXlsxWith(codec, bytes, limits, wanted);
}

export type { SheetWanted } from "./read-xlsx";

export { DEFAULT_READ_LIMITS } from "./read-result";
export type { ReadLimits, ReadXlsxResult, UnreadableReason } from "./read-result";
export { fflateCodec } from "./zip-codec";
export type { ZipCodec } from "./zip-codec";
