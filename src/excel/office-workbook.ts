// The WorkbookPort on Office.js. One Excel.run per port call; every run goes through the
// cell-edit-mode retry, and every Office error reaches the pane in Vietnamese (office-errors.ts).
// createOfficeWorkbookPort() wires the Office globals; createWorkbookPort() takes them injected
// (tests use test/fakes/fake-excel).
//
// The port remembers the sheet list (ids, names, visibility, protection) from its last read
// (readForm, readWorkbook, foreignSheets): the call the use case makes next (markErrorCells,
// writeMeta, writeSheets) then knows which sheets exist and which to unprotect without a request
// of its own. Writing sheets forgets it. A list gone stale in between (a sheet deleted,
// protected or unprotected by hand in the meantime) makes that request fail on the sheet
// concerned; it is then redone with a fresh list.
import type { WorkbookPort } from "../core/ports";
import { META_SHEET } from "../core/form";
import { describeCapabilities } from "./capabilities";
import type { ExcelRun, WorkbookPortDeps } from "./deps";
import { withEditModeRetry } from "./edit-mode-retry";
import { FEATURES, versionText, type FeatureId } from "./features";
import { markErrorCellsIn, readMarks, saveMarks, type MarkRequest } from "./mark-errors";
import { MSG } from "./messages";
import { errorCode, translateOfficeError } from "./office-errors";
import { ownSheetIds, rememberOwnSheets } from "./own-sheets";
import { ownWrites } from "./own-writes";
import { DEFAULT_MAX_REQUEST_BYTES } from "./payload";
import { readFormIn } from "./read-form";
import { readWorkbookIn, type WorkbookRead } from "./read-workbook";
import { selectCellIn } from "./select-cell";
import { officeSettings, readSetting, writeSetting } from "./settings";
import { parseSheetAddress } from "./sheet-address";
import { attachSheets, findSheet, loadSheetList, sheetStates, type SheetState } from "./sheet-list";
import { detectSupport } from "./support";
import { subscribeToChanges } from "./workbook-changes";
import { writeMetaIn } from "./write-meta";
import { writeModelIn } from "./write-sheets";

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Errors a stale remembered sheet list causes: a sheet gone, or its protection changed since. */
const STALE_LIST_CODES = new Set(["ItemNotFound", "AccessDenied", "ItemAlreadyExists"]);

async function translated<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw translateOfficeError(error);
  }
}

export function createWorkbookPort(deps: WorkbookPortDeps): WorkbookPort {
  const support = detectSupport(deps.isSetSupported);
  const sleep = deps.sleep ?? realSleep;
  const maxRequestBytes = deps.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const run: ExcelRun = (batch) => withEditModeRetry(() => deps.run(batch), sleep);
  const runInContext =
    deps.runInContext ??
    (<T>(context: OfficeExtension.ClientRequestContext, batch: (c: Excel.RequestContext) => Promise<T>) =>
      batch(context as Excel.RequestContext));
  const own = ownWrites(deps.now);

  const needs = (feature: FeatureId) => {
    if (!support.has(feature)) {
      throw new Error(MSG.unavailable(feature, FEATURES[feature].label ?? feature, versionText(FEATURES[feature].needs), support.level));
    }
  };

  let known: SheetState[] | null = null;
  const remember = (read: WorkbookRead) => {
    known = sheetStates(read.sheets);
    return read.grid;
  };
  /**
   * Runs `batch` with the remembered sheet list (no request for it), or a fresh one; a failure
   * that a stale remembered list explains is retried once with a fresh list.
   */
  async function withSheets<T>(batch: (context: Excel.RequestContext, sheets: SheetState[]) => Promise<T>): Promise<T> {
    const remembered = known;
    const attempt = (sheets: SheetState[] | null) =>
      run(async (context) => batch(context, sheets ?? sheetStates(await loadSheetList(context, support))));
    try {
      return await attempt(remembered);
    } catch (error) {
      if (!remembered || !STALE_LIST_CODES.has(errorCode(error) ?? "")) throw error;
      known = null;
      return attempt(null);
    }
  }
  /** Marks the port's writes as its own until their change events have passed. */
  async function owned<T>(record: () => void, work: () => Promise<T>): Promise<T> {
    record();
    try {
      return await work();
    } finally {
      own.settle();
    }
  }

  return {
    capabilities: async () => describeCapabilities(support),
    readForm: () => translated(run(async (context) => remember(await readFormIn(context, support, maxRequestBytes)))),
    readWorkbook: () => translated(run(async (context) => remember(await readWorkbookIn(context, support, maxRequestBytes)))),
    writeSheets: async (model) => {
      if (!support.has("install")) throw new Error(`Excel này không ghi được trang tính (cần ${versionText(FEATURES.install.needs)}).`);
      return translated(
        owned(
          () => model.sheets.forEach((s) => own.record(s.name)),
          async () => {
            try {
              const report = await withSheets((context, sheets) =>
                writeModelIn(context, model, attachSheets(context, sheets), support, { maxRequestBytes }),
              );
              await rememberOwnSheets(deps.settings, report.written);
              return { sheets: report.sheets, degraded: report.degraded };
            } finally {
              known = null;
            }
          },
        ),
      );
    },
    foreignSheets: (names) =>
      translated(
        run(async (context) => {
          const sheets = sheetStates(await loadSheetList(context, support));
          known = sheets;
          const mine = ownSheetIds(deps.settings);
          return names.flatMap((name) => {
            const sheet = findSheet(sheets, name);
            return sheet && !mine.has(sheet.id) ? [sheet.name] : [];
          });
        }),
      ),
    writeMeta: async (pairs) => {
      needs("finalize");
      await translated(
        owned(
          () => own.record(META_SHEET),
          async () => {
            if (pairs.length === 0) throw new Error(MSG.emptyMeta);
            await withSheets((context, sheets) => {
              const meta = findSheet(sheets, META_SHEET);
              // the list just read has no `_meta`: nothing to write into (and nothing written)
              if (!meta) throw new Error(MSG.noMetaSheet);
              return writeMetaIn(context, pairs, support, meta.protected);
            });
            const meta = known && findSheet(known, META_SHEET);
            if (meta) meta.protected = support.protection;
          },
        ),
      );
    },
    selectCell: (address) => translated(run((context) => selectCellIn(context, address))),
    markErrorCells: async (addresses, restoreFill) => {
      // Without protection control (ExcelApi 1.2) a protected form cannot be painted: the pane lists the errors instead.
      if (!support.has("markErrors")) return;
      const previous = readMarks(deps.settings);
      if (previous.length === 0 && addresses.length === 0) return;
      const request: MarkRequest = { addresses, previous, restoreFill };
      const record = () => {
        const bySheet = new Map<string, string[]>();
        for (const a of [...addresses, ...previous.map((m) => m.address)]) {
          const p = parseSheetAddress(a);
          if (p) bySheet.set(p.sheet, [...(bySheet.get(p.sheet) ?? []), p.address]);
        }
        for (const [sheet, list] of bySheet) own.record(sheet, list);
      };
      const marks = await translated(owned(record, () => withSheets((context, sheets) => markErrorCellsIn(context, sheets, request, support))));
      await saveMarks(deps.settings, marks);
    },
    onWorkbookChanged: (handler) => translated(subscribeToChanges(run, runInContext, support, own, handler)),
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
