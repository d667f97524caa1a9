// The district summary as data (docs/domain.md §6, docs/contract.md §3). Rendered to sheets by
// summary-sheets.ts and printed as JSON by the CLI.
import type { Issue } from "../issues";
import type { ParsedValue } from "../read/validated-form";
import type { UnitStatus } from "../status/unit-status";

export type { UnitAlert, UnitAlertRule, UnitStatus, UnitStatusCode } from "../status/unit-status";

/**
 * What became of each input (docs/contract.md §3, §4.1): used; superseded by a later (or, on the
 * same day, later received) submission of the unit; duplicate of the used one; invalid; blank;
 * sample (bdg demo data beside real forms); own_output (a summary bdg wrote); unknown unit; wrong
 * period; unreadable (including a folder or link that cannot be read, and non-.xlsx spreadsheets);
 * not a report form.
 */
export type FileOutcomeCode =
  | "used"
  | "superseded"
  | "duplicate"
  | "invalid"
  | "blank"
  | "sample"
  | "own_output"
  | "unknown_unit"
  | "wrong_period"
  | "unreadable"
  | "not_a_report";

export interface FileOutcome {
  file: string;
  outcome: FileOutcomeCode;
  unit: string | null;
  period: string | null;
  /** Vietnamese reason for any outcome other than used. */
  reason: string | null;
}

export interface CrossCheck {
  /** Sum over the units not counted in the total (district bodies, or everyone but the source). */
  othersSum: number | null;
  /** |total − othersSum| × 100 / max(total, othersSum); null when not comparable. */
  diffPct: number | null;
  warn: boolean;
}

export interface TotalDetail {
  code: string;
  value: number | null;
  /** How many units' values went into it. */
  contributors: number;
  crossCheck: CrossCheck | null;
  /** Judged against plan.targetYear; met null when not judged (no target, no value, small base). */
  target: { op: string; value: number; met: boolean | null } | null;
}

export interface Summary {
  plan: string;
  period: string;
  asOf: string;
  includeInvalid: boolean;
  units: UnitStatus[];
  files: FileOutcome[];
  /** One entry per indicator code (text rows null). */
  totals: Record<string, number | null>;
  totalDetails: TotalDetail[];
  /** unit → code → value, for the used forms. */
  matrix: Record<string, Record<string, ParsedValue>>;
  /** Every issue of every input, by file, plus the summary's own (cross-checks). */
  issuesByFile: { file: string; unit: string | null; issues: Issue[] }[];
  summaryIssues: Issue[];
  narratives: { unit: string; texts: Record<string, string> }[];
  /** Inputs that are not spreadsheets at all (PDF scans, Word, images), by path (docs/contract.md §4.1). */
  ignored: string[];
  reportingRate: number;
  onTimeRate: number;
}
