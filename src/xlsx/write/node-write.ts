// The writer for Node (bdg): the same SpreadsheetML as index.ts, deflated by Node's native zlib
// (node-deflater.ts). fflate's deflate is not used.
import type { WorkbookModel } from "../../core/sheet/sheet-model";
import { nodeDeflater } from "./node-deflater";
import { writeWorkbookWith } from "./write-workbook";

/** The .xlsx bytes of `model` (async for the callers that await a writer). */
export async function writeWorkbookInNode(model: WorkbookModel): Promise<Uint8Array> {
  return writeWorkbookWith(nodeDeflater, model);
}
