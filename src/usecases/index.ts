// Use cases of the task pane: orchestration over the WorkbookPort and the core. No React, no Office.
export * from "./settings-keys";
export * from "./input-file";
export { installForm, type InstallOutcome, type InstallOptions, type ExistingForm } from "./install-form";
export { validateActiveForm, errorCells, type CheckOutcome } from "./validate-active-form";
export { finalizeForm, dueStanding, type FinalizeOutcome, type DueStanding } from "./finalize-form";
export { checkFile } from "./file-judge";
export {
  consolidateFiles,
  consolidateFilesKeepingReceipts,
  DEFAULT_SLICE_MS,
  type Consolidated,
  type ConsolidateRequest,
  type ConsolidateProgress,
  type Receipts,
} from "./consolidate-files";
export { fileSha256 } from "./file-sha256";
export { inOrderAhead, readFileBytes, DEFAULT_READ_AHEAD, type FileBytes } from "./read-ahead";
export { writeSummary, type SummaryWriteOutcome, type SummaryWriteOptions } from "./write-summary";
export { reminderLines, type ReminderLine } from "./reminders";
export { reminderMailto, reminderSubject } from "./reminder-mailto";
export { loadPlanChoice, choosePlanFile, useDefaultPlan, type PlanChoice, type PlanFileOutcome, type SettingsStore } from "./plan-choice";
export { blankFormFile, formFileName, type BlankFormOutcome, type WorkbookWriter } from "./blank-form-file";
export { finalizeFile, stampedFileName, type FinalizeFileOutcome } from "./finalize-file";
export { reportDocx, reportFileName, DOCX_MIME, type ReportDocxOutcome, type ReportWriter } from "./report-docx";
export { pickedPreviousSummary, previousSummaryOf, type PreviousSummaryOutcome, type SheetsReader } from "./previous-summary-file";
export { longFormCsvFile, CSV_MIME, type LongFormCsvFile } from "./long-form-csv-file";
