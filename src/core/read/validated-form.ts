// A submission whose values have been parsed and judged against the plan.
import type { Issue } from "../issues";
import type { Submission } from "./submission";

/** A parsed value: number (count, money, calc), "Có"/"Không" (yesno), string (text); null = blank/unusable. */
export type ParsedValue = number | string | null;

export interface ValidatedForm {
  submission: Submission;
  /** Parsed values by code, for the rows that apply to the unit and period; calc rows recomputed. */
  values: Record<string, ParsedValue>;
  /** readIssues + value issues + rule issues, in form order. */
  issues: Issue[];
  errors: number;
  warnings: number;
}

/** What became of one input file, before consolidation decides who wins. */
export type FileReport =
  | { file: string; fileTime: string | null; kind: "forms"; forms: ValidatedForm[] }
  | { file: string; fileTime: string | null; kind: "unreadable"; issue: Issue }
  | { file: string; fileTime: string | null; kind: "not_a_report"; issue: Issue };
