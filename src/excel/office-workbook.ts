// The WorkbookPort on Office.js. One Excel.run per port call; every run goes through the
// cell-edit-mode retry. createOfficeWorkbookPort() wires the Office globals; createWorkbookPort()
// takes them injected (tests use test/fakes/fake-excel).
//
// The port remembers the sheet list (names, visibility, protection) from its last read
// (readForm, readWorkbook): markErrorCells, which the use cases call right after a read, then
// knows which sheets exist and which to unprotect without a request of its own. Writing sheets
// forgets it. A list gone stale in between (a sheet deleted or protected by hand in the
// meantime) makes that request fail on the sheet concerned; it is then redone with a fresh list.
import type { WorkbookPort } from "../core/ports";
import { META_SHEET } from "../core/form";
import { describeCapabilities } from "./capabilities";
import type { ExcelRun, WorkbookPortDeps } from "./deps";
import { errorCode, withEditModeRetry } from "./edit-mode-retry";
import { markErrorCellsIn, readMarks, saveMarks, type MarkRequest } from "./mark-errors";
import { mergeMetaIn } from "./merge-meta";
import { DEFAULT_MAX_REQUEST_BYTES } from "./payload";
import { readFormIn } from "./read-form";
import { readWorkbookIn, type WorkbookRead } from "./read-workbook";
import { selectCellIn } from "./select-cell";
import { officeSettings, readSetting, writeSetting } from "./settings";
import { findSheet, loadSheetList, sheetStates, type SheetState } from "./sheet-list";
import { detectSupport } from "./support";
import { subscribeToChanges } from "./workbook-changes";
import { writeMetaIn } from "./write-meta";
import { writeModelIn } from "./write-sheets";

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Errors a stale remembered sheet list causes: a sheet gone, or protected since. */
const STALE_LIST_CODES = new Set(["ItemNotFound", "AccessDenied"]);

export function createWorkbookPort(deps: WorkbookPortDeps): WorkbookPort {
  const support = detectSupport(deps.isSetSupported);
  const sleep = deps.sleep ?? realSleep;
  const maxRequestBytes = deps.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const run: ExcelRun = (batch) => withEditModeRetry(() => deps.run(batch), sleep);
  const runInContext =
    deps.runInContext ??
    (<T>(context: OfficeExtension.ClientRequestContext, batch: (c: Excel.RequestContext) => Promise<T>) =>
      batch(context as Excel.RequestContext));

  let known: SheetState[] | null = null;
  const remember = (read: WorkbookRead) => {
    known = sheetStates(read.sheets);
    return read.grid;
  };
  const markIn = (request: MarkRequest, sheets: SheetState[] | null) =>
    run(async (context) => markErrorCellsIn(context, sheets ?? sheetStates(await loadSheetList(context)), request, support));

  return {
    capabilities: async () => describeCapabilities(support),
    readForm: () => run(async (context) => remember(await readFormIn(context))),
    readWorkbook: () => run(async (context) => remember(await readWorkbookIn(context))),
    writeSheets: (model) => {
      known = null;
      return run(async (context) => {
        const { sheets, degraded } = await writeModelIn(context, model, await loadSheetList(context), support, { maxRequestBytes });
        return { sheets, degraded };
      });
    },
    writeMeta: async (pairs) => {
      if (!Array.isArray(pairs)) {
        known = null;
        return run((context) => mergeMetaIn(context, pairs, support));
      }
      await run((context) => writeMetaIn(context, pairs, support));
      const meta = known && findSheet(known, META_SHEET);
      if (meta) meta.protected = true;
    },
    selectCell: (address) => run((context) => selectCellIn(context, address)),
    markErrorCells: async (addresses, restoreFill) => {
      const previous = readMarks(deps.settings);
      if (previous.length === 0 && addresses.length === 0) return;
      const request: MarkRequest = { addresses, previous, restoreFill };
      const remembered = known;
      let marks;
      try {
        marks = await markIn(request, remembered);
      } catch (error) {
        if (!remembered || !STALE_LIST_CODES.has(errorCode(error) ?? "")) throw error;
        known = null;
        marks = await markIn(request, null);
      }
      await saveMarks(deps.settings, marks);
    },
    onWorkbookChanged: (handler) => subscribeToChanges(run, runInContext, support, handler),
    getSetting: async (key) => readSetting(deps.settings, key),
    setSetting: (key, value) => writeSetting(deps.settings, key, value),
  };
}

/** The port on the real Office globals; call after Office.onReady in Excel. */
export function createOfficeWorkbookPort(): WorkbookPort {
  return createWorkbookPort({
    run: (batch) => Excel.run(batch),
    runInContext: (context, batch) => Excel.run(context as Excel.RequestContext, batch),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    settings: officeSettings(Office.context.document.settings),
  });
}
