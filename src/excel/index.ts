// src/excel: the only code that says `Excel.` or `Office.`. It implements the WorkbookPort.
//
// Files:
//   office-workbook.ts   the port: one Excel.run per call (edit-mode-retry.ts, office-errors.ts → Vietnamese)
//   deps.ts              what it needs from its host (the real Office globals, or the fake Excel in tests)
//   features.ts          the one table of what needs which ExcelApi set; support.ts, capabilities.ts,
//                        host-hint.ts and messages.ts derive flags and Vietnamese words from it
//   read-form.ts, read-workbook.ts, sheet-list.ts               reading, split under the response cap
//   write-sheets.ts, cell-blocks.ts, rectangles.ts, payload.ts  writing a model, split under the request cap
//   render-styles.ts, render-validation.ts, render-print.ts,
//   column-width.ts, text-guard.ts                              the model's styles, checks, print, widths, inert text
//   write-meta.ts, merge-meta.ts, protection.ts, own-sheets.ts, settings.ts   _meta, protection, what bdg wrote
//   mark-errors.ts, select-cell.ts, workbook-changes.ts, own-writes.ts        marks, selection, change events
//   sheet-address.ts     sheet-qualified A1 addresses
export { createOfficeWorkbookPort, createWorkbookPort } from "./office-workbook";
export type { ExcelRun, WorkbookPortDeps, WorkbookSettings } from "./deps";
export { charactersToPoints } from "./column-width";
export { MARKS_SETTING, ERROR_FILL } from "./mark-errors";
export { needsTextFormat } from "./text-guard";
export { capabilitiesAt, fileModeCapabilities } from "./capabilities";
export { FEATURES, highestApiMinor, type FeatureId } from "./features";
export { officeHostHint, type OfficeHostHint } from "./host-hint";
