// District consolidation: the summary as data, and as sheets.
export * from "./summary";
export { consolidate, type ConsolidateOptions } from "./consolidate";
export { crossCheck } from "./cross-check";
export { summaryWorkbook } from "./summary-sheets";
export { statusLabel, DATE_SOURCE_LABEL, OUTCOME_LABEL } from "./summary-labels";
export { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, type SummaryMetaOptions } from "./sheet-summary-meta";
export { comparePrevious, type Change, type PreviousComparison } from "./compare-previous";
export { longFormCsv } from "./long-form-csv";
export { longFormRows, LONG_FORM_COLUMNS, SENSITIVE_NOTE, TOTAL_UNIT, type LongRow } from "./long-form";
