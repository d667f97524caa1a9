// The WorkbookPort on Office.js. One Excel.run per use case; every run goes through the
// cell-edit-mode retry. createOfficeWorkbookPort() wires the Office globals; createWorkbookPort()
// takes them injected (tests use test/fakes/fake-excel).
import type { WorkbookGrid } from "../core/grid";
import type { WorkbookPort, WriteReport } from "../core/ports";
import type { WorkbookModel } from "../core/sheet";
import { describeCapabilities } from "./capabilities";
import type { ExcelRun, WorkbookPortDeps } from "./deps";
import { withEditModeRetry } from "./edit-mode-retry";
import { markErrorCellsIn, readMarks, saveMarks } from "./mark-errors";
import { DEFAULT_MAX_REQUEST_BYTES } from "./payload";
import { readWorkbookIn } from "./read-workbook";
import { selectCellIn } from "./select-cell";
import { officeSettings, readSetting, writeSetting } from "./settings";
import { queueSheetList, sheetInfos } from "./sheet-list";
import { detectSupport } from "./support";
import { subscribeToChanges } from "./workbook-changes";
import { writeMetaIn } from "./write-meta";
import { writeModelIn } from "./write-sheets";

export interface ExcelWorkbookPort extends WorkbookPort {
  /**
   * Re-install in ONE Excel.run of 3 requests: read the workbook (2), let `build` turn what was
   * read into the model (carrying values over), write it (1, more only past 4 MB). Same result as
   * readWorkbook() then writeSheets(), which costs 2 + 2 requests in two runs.
   */
  rewriteWorkbook(build: (grid: WorkbookGrid) => WorkbookModel | Promise<WorkbookModel>): Promise<WriteReport>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createWorkbookPort(deps: WorkbookPortDeps): ExcelWorkbookPort {
  const support = detectSupport(deps.isSetSupported);
  const sleep = deps.sleep ?? realSleep;
  const maxRequestBytes = deps.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const run: ExcelRun = (batch) => withEditModeRetry(() => deps.run(batch), sleep);
  const runInContext =
    deps.runInContext ??
    (<T>(context: OfficeExtension.ClientRequestContext, batch: (c: Excel.RequestContext) => Promise<T>) =>
      batch(context as Excel.RequestContext));
  const strip = ({ sheets, degraded }: WriteReport): WriteReport => ({ sheets, degraded });

  return {
    capabilities: async () => describeCapabilities(support),
    readWorkbook: () => run(async (context) => (await readWorkbookIn(context)).grid),
    writeSheets: (model) =>
      run(async (context) => {
        const list = queueSheetList(context);
        await context.sync();
        return strip(await writeModelIn(context, model, sheetInfos(list), support, { maxRequestBytes }));
      }),
    rewriteWorkbook: (build) =>
      run(async (context) => {
        const read = await readWorkbookIn(context);
        const model = await build(read.grid);
        return strip(await writeModelIn(context, model, read.sheets, support, { maxRequestBytes }));
      }),
    writeMeta: (pairs) => run((context) => writeMetaIn(context, pairs, support)),
    selectCell: (address) => run((context) => selectCellIn(context, address)),
    markErrorCells: async (addresses) => {
      const previous = readMarks(deps.settings);
      if (previous.length === 0 && addresses.length === 0) return;
      const marks = await run((context) => markErrorCellsIn(context, addresses, previous, support));
      await saveMarks(deps.settings, marks);
    },
    onWorkbookChanged: (handler) => subscribeToChanges(run, runInContext, support, handler),
    getSetting: async (key) => readSetting(deps.settings, key),
    setSetting: (key, value) => writeSetting(deps.settings, key, value),
  };
}

/** The port on the real Office globals; call after Office.onReady in Excel. */
export function createOfficeWorkbookPort(): ExcelWorkbookPort {
  return createWorkbookPort({
    run: (batch) => Excel.run(batch),
    runInContext: (context, batch) => Excel.run(context as Excel.RequestContext, batch),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    settings: officeSettings(Office.context.document.settings),
  });
}
