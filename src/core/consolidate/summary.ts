// The district summary as data (docs/domain.md §6, docs/contract.md §3). Rendered to sheets by
// summary-sheets.ts and printed as JSON by the CLI.
import type { Issue } from "../issues";
import type { DateSource } from "../read/submission";
import type { ParsedValue } from "../read/validated-form";

export type UnitStatusCode = "on_time" | "late" | "missing" | "pending" | "invalid" | "optional_missing";

export interface UnitStatus {
  unit: string;
  status: UnitStatusCode;
  daysLate: number;
  /** ISO date (Asia/Ho_Chi_Minh calendar day) or null. */
  submittedAt: string | null;
  dateSource: DateSource | null;
  file: string | null;
  errors: number;
  warnings: number;
  /** Why this status, in Vietnamese (a status always carries its reason). */
  reason: string;
}

export type FileOutcomeCode =
  | "used"
  | "superseded"
  | "invalid"
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
  reportingRate: number;
  onTimeRate: number;
}
