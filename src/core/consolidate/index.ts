// District consolidation: the summary as data, and as sheets (docs/domain.md §6, docs/contract.md
// §3, §4.1). Where each status, outcome, alert and total is decided and tested: docs/rules.md.
//
// The steps, in the order consolidate.ts runs them:
//   classify-files.ts     every input → a candidate of a roster unit, or an outcome already settled
//   choose-submission.ts  which of a unit's candidates counts (content-key.ts: "the same values")
//   (core/status)         each roster unit's status from its chosen form
//   compute-totals.ts     district totals by total rule (total-rules.ts), cross-checks (cross-check.ts), targets
//   matrix.ts, rates.ts   indicators × units, the narratives; reporting and on-time rates
//   compare-previous.ts   against an earlier period (--previous)
// The data: summary.ts (Summary, FileOutcome, TotalDetail), counted-form.ts; compare-text.ts sorts.
// The sheets (summary-sheets.ts puts them in order), one file each, named as the tab:
//   sheet-tong-hop.ts, sheet-tinh-hinh-nop.ts, sheet-ma-tran.ts (matrix-pages.ts), sheet-nhan-xet.ts,
//   sheet-loi-kiem-tra.ts, sheet-tep-khong-dung.ts, sheet-so-sanh.ts, sheet-data.ts (_data, the long
//   form: long-form.ts, long-form-csv.ts), sheet-summary-meta.ts (_meta);
//   built with sheet-builder.ts, summary-styles.ts and the words of summary-labels.ts.
export * from "./summary";
export { consolidate, type ConsolidateOptions } from "./consolidate";
export { crossCheck } from "./cross-check";
export { summaryWorkbook } from "./summary-sheets";
export { statusLabel, DATE_SOURCE_LABEL, OUTCOME_LABEL } from "./summary-labels";
export { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, type SummaryMetaOptions } from "./sheet-summary-meta";
export { comparePrevious, type Change, type PreviousComparison } from "./compare-previous";
export { longFormCsv } from "./long-form-csv";
export { longFormRows, LONG_FORM_COLUMNS, SENSITIVE_NOTE, TOTAL_UNIT, type LongRow } from "./long-form";
