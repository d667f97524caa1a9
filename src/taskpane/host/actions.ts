// What the task pane can ask of its host. Two implementations: Excel mode (the WorkbookPort and
// the use cases) and file mode (a plain browser: files picked from disk, results downloaded).
// Components receive these as props and never touch Excel.
import type { Summary } from "../../core/consolidate";
import type { Issue } from "../../core/issues";
import type { Plan } from "../../core/plan";
import type { HostCapabilities } from "../../core/ports";
import type { PreviousSummary, ValidatedForm } from "../../core/read";
import type { ConsolidateProgress, FinalizeOutcome, InstallOutcome, SettingsStore } from "../../usecases";

export type HostMode = "excel" | "file";

/**
 * Where each action goes on this host: into the open workbook ("excel"), through files picked
 * and downloaded ("file": what file mode does, also offered inside an Excel too old for the
 * Excel way), or nowhere ("none": the pane shows no button for it). Decided from the feature
 * table of src/excel (HostCapabilities.features) by gatedActions().
 */
export type Route = "excel" | "file" | "none";

export interface ActionRoutes {
  install: Route;
  check: Route;
  finalize: Route;
  consolidateOpenWorkbook: Route;
  deliverSummary: Route;
}

export type InstallResult = InstallOutcome | { kind: "downloaded"; fileName: string };

/** A check's verdict, whatever was checked (the open workbook or a file from disk). */
export type CheckResult =
  | { kind: "forms"; source: string; forms: ValidatedForm[] }
  | { kind: "problem"; source: string; issue: Issue };

export type DeliverResult =
  | { kind: "written"; sheets: string[]; degraded: string[] }
  | { kind: "downloaded"; fileName: string }
  /** Sheets of these names exist and bdg did not write them: ask, then deliver again with confirmReplace. */
  | { kind: "needs_confirmation"; sheets: string[] };

export interface ConsolidateInput {
  plan: Plan;
  periodCode: string;
  asOf: string;
  files: readonly File[];
  /** Excel mode: also take the form sheets already in the open workbook. */
  includeOpenWorkbook: boolean;
  includeInvalid: boolean;
  onProgress: (p: ConsolidateProgress) => void;
  /** File mode: the receipt register picked from disk (null: start a new one). Excel keeps it in the workbook. */
  registerFile?: File | null;
  /** "So sánh với kỳ trước": the earlier summary, already read (null: no comparison). */
  previous?: PreviousSummary | null;
}

/** What became of the receipt register (docs/so-nhan.md) in a consolidation. */
export type ReceiptsOutcome =
  | { kept: "workbook"; added: number; total: number }
  /** File mode: the updated register, to be downloaded and picked again next time. */
  | { kept: "file"; added: number; total: number; fileName: string; save: () => void }
  /** The register could not be used (it is kept as it was); the summary was made without it. */
  | { kept: "not_used"; message: string };

export interface ConsolidateOutcome {
  summary: Summary;
  receipts: ReceiptsOutcome | null;
}

export interface TaskpaneActions {
  mode: HostMode;
  routes: ActionRoutes;
  capabilities(): Promise<HostCapabilities>;
  settings: SettingsStore;
  /** Excel: write the form into the open workbook; file mode: download the blank form. */
  install(plan: Plan, unitCode: string, periodCode: string, confirmReplace: boolean): Promise<InstallResult>;
  /** Excel: the open workbook (file ignored); file mode: the given .xlsx. */
  check(plan: Plan, file: File | null): Promise<CheckResult>;
  /** Excel only: stamp the form as submitted. `now` is an ISO date-time. */
  /** Excel: the open workbook. File mode: the picked `file`, whose stamped copy is downloaded. */
  finalize(plan: Plan, now: string, file?: File | null): Promise<FinalizeOutcome>;
  /** Excel: select the cell; file mode: nothing to select (the pane shows the address). */
  selectCell(address: string): Promise<void>;
  consolidate(input: ConsolidateInput): Promise<ConsolidateOutcome>;
  /** Excel: write the summary sheets into the open workbook (asking first about sheets bdg did not write); file mode: download the summary .xlsx. */
  deliverSummary(plan: Plan, summary: Summary, confirmReplace?: boolean): Promise<DeliverResult>;
  /** Calls back when the workbook changes after a check (never in file mode). */
  onWorkbookChanged(handler: () => void): Promise<() => void>;
}
