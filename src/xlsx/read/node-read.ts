// The reader for Node (the CLI and its read workers): Node's native zlib inflates, in about 0.65×
// fflate's time, with the same limits and CRC checks (inflate-budget.ts). fflate is not loaded.
import type { ReadLimits, ReadXlsxResult } from "./read-result";
import { readXlsxWith, type SheetWanted } from "./read-xlsx";
import { nodeZipCodec } from "./node-zip-codec";

/** `wanted`: only these sheets' cells are read (all by default); the others have no rows. */
export function readXlsxInNode(bytes: Uint8Array, limits?: Partial<ReadLimits>, wanted?: SheetWanted): ReadXlsxResult {
  return readXlsxWith(nodeZipCodec, bytes, limits, wanted);
}

export type { ReadXlsxResult } from "./read-result";
