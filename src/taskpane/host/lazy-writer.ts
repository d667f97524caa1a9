// The .xlsx writer is loaded only when a file-mode download is asked for: webpack makes this
// dynamic import a separate chunk (the writer and fflate's zip), so the task pane's first load never carries it.
import type { WorkbookModel } from "../../core/sheet";

export async function writeWorkbookLazily(model: WorkbookModel): Promise<Uint8Array> {
  const { writeWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../../xlsx/write/index.js");
  return writeWorkbook(model);
}
