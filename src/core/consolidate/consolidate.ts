// The district summary (docs/domain.md §6, docs/contract.md §3 and §4.1) from the already-judged
// input files. Pure and deterministic: the same reports in any order give the identical summary
// (units in roster order, files by name, issues in form order).
import { outcomeReason } from "../issues/reasons-vi";
import type { Plan } from "../plan/schema";
import { findPeriod, summaryIndicators } from "../plan/queries";
import type { PreviousSummary } from "../read/previous-summary";
import type { FileReport, ValidatedForm } from "../read/validated-form";
import { comparePrevious } from "./compare-previous";
import { unitStatus } from "../status";
import { chooseSubmission } from "./choose-submission";
import { classifyFiles, type Candidate, type FileEntry } from "./classify-files";
import { compareText } from "./compare-text";
import { computeTotals } from "./compute-totals";
import type { CountedForm } from "./counted-form";
import { buildMatrix, buildNarratives } from "./matrix";
import { reportingRates } from "./rates";
import type { Summary, UnitStatus } from "./summary";

export interface ConsolidateOptions {
  /** Also total the winners that have errors (--include-invalid). Their status stays invalid. */
  includeInvalid?: boolean;
  /** Inputs that are not spreadsheets (docs/contract.md §4.1 `ignored`), listed as they are. */
  ignored?: readonly string[];
  /** Only the rows this body receives (an indicator's `recipient`, docs/domain.md §7). */
  recipient?: string | null;
  /** An earlier summary read back through its `_data` (docs/contract.md §4.5). */
  previous?: PreviousSummary | null;
}

function winnerEntry(form: ValidatedForm, includeInvalid: boolean): FileEntry {
  const sub = form.submission;
  const base = { file: sub.file, unit: sub.unit, period: sub.period };
  if (form.errors === 0) return { outcome: { ...base, outcome: "used", reason: null }, issues: form.issues };
  return { outcome: { ...base, outcome: "invalid", reason: outcomeReason.invalid(form.errors, includeInvalid) }, issues: form.issues };
}

function byUnit(candidates: readonly Candidate[]): Map<string, Candidate[]> {
  const map = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = map.get(c.unit);
    if (list) list.push(c);
    else map.set(c.unit, [c]);
  }
  return map;
}

export function consolidate(
  plan: Plan,
  periodCode: string,
  asOf: string,
  reports: readonly FileReport[],
  options: ConsolidateOptions = {},
): Summary {
  const period = findPeriod(plan, periodCode);
  if (!period) throw new Error(`Kỳ báo cáo "${periodCode}" không có trong kế hoạch ${plan.id}`);
  const includeInvalid = options.includeInvalid ?? false;
  const days = { from: period.dataFrom, to: asOf };

  const { candidates, settled, uncounted } = classifyFiles(plan, periodCode, reports);
  const candidatesOf = byUnit(candidates);
  const entries: FileEntry[] = [...settled];
  const counted: CountedForm[] = [];
  const units: UnitStatus[] = [];
  for (const unit of plan.units) {
    const mine = candidatesOf.get(unit.code);
    const common = { unit, period, asOf, includeInvalid, uncounted: uncounted.get(unit.code) ?? [] };
    if (!mine) {
      units.push(unitStatus({ ...common, winner: null }));
      continue;
    }
    const choice = chooseSubmission(mine, days);
    entries.push(winnerEntry(choice.winner, includeInvalid), ...choice.entries);
    if (choice.winner.errors === 0 || includeInvalid) counted.push({ unit, values: choice.winner.values });
    units.push(unitStatus({ ...common, winner: choice.winner, dating: choice.dating, alerts: choice.alerts }));
  }
  entries.sort((a, b) => compareText(a.outcome.file, b.outcome.file) || compareText(a.outcome.outcome, b.outcome.outcome));

  const recipient = options.recipient ?? null;
  const indicators = summaryIndicators(plan, period, recipient);
  const { totals, details, issues } = computeTotals(plan, period, counted, recipient);
  const matrix = buildMatrix(counted, indicators);
  const compared = options.previous
    ? comparePrevious(plan, indicators, { totals, matrix }, new Map(units.map((u) => [u.unit, u.file])), options.previous, { period: periodCode, asOf })
    : null;
  if (compared) for (const u of units) u.alerts.push(...(compared.alerts.get(u.unit) ?? []));

  return {
    plan: plan.id,
    period: period.code,
    asOf,
    includeInvalid,
    units,
    files: entries.map((e) => e.outcome),
    totals,
    totalDetails: details,
    matrix,
    issuesByFile: entries.map((e) => ({ file: e.outcome.file, unit: e.outcome.unit, issues: e.issues })),
    summaryIssues: issues,
    narratives: buildNarratives(counted, indicators),
    ignored: [...(options.ignored ?? [])].sort(compareText),
    recipient,
    previousPeriod: compared?.previousPeriod ?? null,
    comparison: compared?.comparison ?? null,
    comparisonNotes: compared?.notes ?? [],
    ...reportingRates(plan.units, units),
  };
}
