// Reading forms: a workbook grid → submissions (read-workbook), one cell → a typed value
// (parse-value). A whole file → FileReport is core/rules (inspect-file): it also validates.
export * from "./submission";
export * from "./validated-form";
export * from "./value-problem";
export * from "./number-text";
export * from "./parse-value";
export * from "./find-header";
export * from "./read-dates";
export * from "./identify-unit";
export * from "./read-workbook";
export * from "./unreadable-report";
export { DEFAULT_REPORT_SHEET, isMetaSheetName, META_FORMAT, META_FORMAT_VERSION, META_SHEET } from "./read-meta";
export { unreadable, unreadableText, errorDetail, WORKER_CRASHED_TEXT, NO_PLAN_TEXT, type UnreadableCause } from "./unreadable";
export { bdgWorkbookOf, SUMMARY_META_FORMAT, type BdgWorkbook } from "./bdg-workbook";
export { extensionOf, inputKindOf, type InputKind } from "./input-kind";
export { DATA_SHEET_NAME, isPreviousSummarySheet, readPreviousSummary, type PreviousRow, type PreviousSummary, type PreviousSummaryResult } from "./previous-summary";
