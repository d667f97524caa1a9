// A form sheet as read from a workbook, before its values are judged.
import type { CellValue } from "../grid";
import type { Issue } from "../issues";

/** The raw value of one code's "Số liệu" cell, and where it is. */
export interface RawValue {
  code: string;
  raw: CellValue;
  /** "BaoCao!E25". */
  cell: string;
}

/**
 * Where a submission's date came from (docs/domain.md §2.3, docs/contract.md §4.2): the finalize
 * stamp, the "Ngày báo cáo" cell, the receipt register's first-seen time, or the file's time.
 */
export type DateSource = "finalize" | "report_date" | "received" | "file_time";

export interface Submission {
  /** "inbox/x.xlsx", or "book.xlsx#SheetName" when the book holds several forms. */
  file: string;
  sheet: string;
  /** Roster code, or null when it could not be identified. */
  unit: string | null;
  period: string | null;
  /** Where unit and period came from. */
  identifiedBy: "meta" | "header";
  /** By indicator code (including NX01, NX02). */
  values: Record<string, RawValue>;
  /** The officer's "Ghi chú" text by code, where one was typed (kept when a form is re-installed). */
  notes?: Record<string, string>;
  /** submitted_at stamped by finalize: ISO 8601 date-time (+07:00), or null. */
  finalizedAt: string | null;
  /** The "Ngày báo cáo" cell (or _meta report_date), ISO YYYY-MM-DD, or null. */
  reportDate: string | null;
  /** Where the "Ngày báo cáo" is typed on the sheet ("BaoCao!E86"), null when the form has no such line. */
  reportDateCell?: string | null;
  /** File modification time, ISO 8601 date-time, or null. */
  fileTime: string | null;
  /** When the receipt register first saw the file (ISO date-time, +07:00); absent without a register. */
  receivedAt?: string | null;
  /** Made by `bdg demo` (_meta `sample` = 1, or the sample mark in its text): never counted beside real forms. */
  sample?: boolean;
  /** Structural issues found while reading (damaged form, header mismatch, no _meta …). */
  readIssues: Issue[];
}
