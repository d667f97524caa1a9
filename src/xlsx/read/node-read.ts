// The reader for Node (the CLI and its read workers): Node's native zlib inflates, in about 0.65×
// fflate's time, with the same limits and CRC checks (inflate-budget.ts). fflate is not loaded: bdg's
// bundle does not carry it, and its start-up does not build fflate's tables.
import { InflateBudget } from "./inflate-budget";
import type { ReadLimits, ReadXlsxResult } from "./read-result";
import { readXlsxWith, type SheetWanted } from "./read-xlsx";
import { nodeZipCodec } from "./node-zip-codec";
import { readZipDirectory } from "./zip-directory";

/** `wanted`: only these sheets' cells are read (all by default); the others have no rows. */
export function readXlsxInNode(bytes: Uint8Array, limits?: Partial<ReadLimits>, wanted?: SheetWanted): ReadXlsxResult {
  return readXlsxWith(nodeZipCodec, bytes, limits, wanted);
}

export type { ReadXlsxResult } from "./read-result";

/**
 * One part of any zip package (a .docx's docProps/custom.xml), its name matched without case as
 * OPC names are, inflated and CRC-checked within `maxBytes`; null when it is absent, too large or
 * the package cannot be read.
 */
export function zipPartInNode(bytes: Uint8Array, name: string, maxBytes: number): Uint8Array | null {
  try {
    const entry = readZipDirectory(bytes).get(name.toLowerCase());
    return entry === undefined ? null : new InflateBudget(maxBytes, nodeZipCodec).inflate(bytes, entry);
  } catch {
    return null;
  }
}
