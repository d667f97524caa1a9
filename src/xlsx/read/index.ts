// Fast, dependency-light, hostile-input-safe .xlsx reader (a zip codec + a hand-written XML scan).
// This entry inflates with fflate (browsers); Node code imports node-read.ts (native zlib) instead.
import type { ReadLimits, ReadXlsxResult } from "./read-result";
import { readXlsxWith } from "./read-xlsx";
import { fflateCodec, type ZipCodec } from "./zip-codec";

/** Never throws: a file that cannot be read is { ok: false, reason, message }. */
export function readXlsx(bytes: Uint8Array, limits?: Partial<ReadLimits>, codec: ZipCodec = fflateCodec): ReadXlsxResult {
  return readXlsxWith(codec, bytes, limits);
}

export { DEFAULT_READ_LIMITS } from "./read-result";
export type { ReadLimits, ReadXlsxResult, UnreadableReason } from "./read-result";
export { fflateCodec } from "./zip-codec";
export type { ZipCodec } from "./zip-codec";
