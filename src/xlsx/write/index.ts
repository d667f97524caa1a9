// Writing .xlsx files: SpreadsheetML from the WorkbookModel, deflated with fflate (browsers).
// Node code imports node-write.ts (native zlib) instead.
import type { WorkbookModel } from "../../core/sheet/sheet-model";
import { fflateDeflater } from "./fflate-deflater";
import { writeWorkbookWith } from "./write-workbook";

/** The .xlsx bytes of `model`, synchronously. */
export function writeWorkbookSync(model: WorkbookModel): Uint8Array {
  return writeWorkbookWith(fflateDeflater, model);
}

/** The .xlsx bytes of `model` (async for the callers that await a writer). */
export async function writeWorkbook(model: WorkbookModel): Promise<Uint8Array> {
  return writeWorkbookSync(model);
}
