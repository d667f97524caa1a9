// Fast, dependency-light, hostile-input-safe .xlsx reader (fflate + a hand-written XML scan).
export { readXlsx } from "./read-xlsx";
export { DEFAULT_READ_LIMITS } from "./read-result";
export type { ReadLimits, ReadXlsxResult, UnreadableReason } from "./read-result";
export { fflateCodec } from "./zip-codec";
export type { ZipCodec } from "./zip-codec";
