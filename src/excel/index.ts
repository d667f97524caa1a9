// src/excel: the only code that says `Excel.` or `Office.`. It implements the WorkbookPort.
export { createOfficeWorkbookPort, createWorkbookPort } from "./office-workbook";
export type { ExcelRun, WorkbookPortDeps, WorkbookSettings } from "./deps";
export { charactersToPoints } from "./column-width";
export { MARKS_SETTING, ERROR_FILL } from "./mark-errors";
export { needsTextFormat } from "./text-guard";
export { capabilitiesAt, fileModeCapabilities } from "./capabilities";
export { FEATURES, highestApiMinor, type FeatureId } from "./features";
export { officeHostHint, type OfficeHostHint } from "./host-hint";
