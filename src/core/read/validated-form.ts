// A submission whose values have been parsed and judged against the plan.
import type { Issue, IssueOf } from "../issues";
import type { Submission } from "./submission";

/** A parsed value: number (count, money, calc), "Có"/"Không" (yesno), string (text); null = blank/unusable. */
export type ParsedValue = number | string | null;

export interface ValidatedForm {
  submission: Submission;
  /** Parsed values by code, for the rows that apply to the unit and period; calc rows recomputed. */
  values: Record<string, ParsedValue>;
  /** readIssues + value issues + rule issues, in form order. */
  issues: Issue[];
  /**
   * No indicator value was typed (an untouched template): `blank` in consolidation, never counted
   * and never superseding another file (docs/contract.md §4.1). Absent means false.
   */
  blank?: boolean;
  errors: number;
  warnings: number;
}

/** What became of one input file, before consolidation decides who wins. */
export type FileReport = FileIdentity &
  (
    | { kind: "forms"; forms: ValidatedForm[] }
    | { kind: "unreadable"; issue: IssueOf<"unreadable"> }
    | { kind: "not_a_report"; issue: IssueOf<"not_a_report"> }
    /**
     * A summary bdg wrote itself (its `_meta` says bdg-summary): skipped, the run goes on
     * (docs/contract.md §4.1). Its issue (not_a_report) says so to `validate`.
     */
    | { kind: "own_output"; issue: IssueOf<"not_a_report"> }
  );

/** What every report says of its file, whatever became of it. */
export interface FileIdentity {
  file: string;
  /** Modification time (ISO date-time, +07:00), or null when unknown. */
  fileTime: string | null;
  /** SHA-256 of the file's bytes (hex), when the run keeps a receipt register (docs/contract.md §4.2). */
  sha256?: string | null;
  /** When the receipt register first saw these bytes; filled in by the run from the register. */
  receivedAt?: string | null;
}
