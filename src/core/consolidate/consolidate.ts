// The district summary (docs/domain.md §6) from the already-judged input files. Pure and
// deterministic: the same reports in any order give the identical summary (units in roster
// order, files by name, issues in form order).
import type { Plan } from "../plan/schema";
import { findPeriod, summaryIndicators } from "../plan/queries";
import type { FileReport, ValidatedForm } from "../read/validated-form";
import { unitStatus } from "../status";
import { classifyFiles, type FileEntry } from "./classify-files";
import { compareText } from "./compare-text";
import { computeTotals } from "./compute-totals";
import type { CountedForm } from "./counted-form";
import { buildMatrix, buildNarratives } from "./matrix";
import { pickLatest } from "./pick-latest";
import { reportingRates } from "./rates";
import type { Summary } from "./summary";

export interface ConsolidateOptions {
  /** Also total the winners that have errors (--include-invalid). Their status stays invalid. */
  includeInvalid?: boolean;
}

function winnerEntry(form: ValidatedForm, includeInvalid: boolean): FileEntry {
  const sub = form.submission;
  const base = { file: sub.file, unit: sub.unit, period: sub.period };
  if (form.errors === 0) return { outcome: { ...base, outcome: "used", reason: null }, issues: form.issues };
  const reason = includeInvalid
    ? `Báo cáo có ${form.errors} lỗi; vẫn được tổng hợp theo yêu cầu`
    : `Báo cáo có ${form.errors} lỗi, không hợp lệ, chưa tổng hợp`;
  return { outcome: { ...base, outcome: "invalid", reason }, issues: form.issues };
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

  const { candidates, settled } = classifyFiles(plan, periodCode, reports);
  const { winners, superseded } = pickLatest(candidates);

  const entries: FileEntry[] = [...settled, ...superseded];
  const counted: CountedForm[] = [];
  for (const unit of plan.units) {
    const winner = winners.get(unit.code);
    if (!winner) continue;
    entries.push(winnerEntry(winner, includeInvalid));
    if (winner.errors === 0 || includeInvalid) counted.push({ unit, values: winner.values });
  }
  entries.sort((a, b) => compareText(a.outcome.file, b.outcome.file) || compareText(a.outcome.outcome, b.outcome.outcome));

  const units = plan.units.map((unit) =>
    unitStatus({ unit, period, asOf, winner: winners.get(unit.code) ?? null, includeInvalid }),
  );
  const indicators = summaryIndicators(plan, period);
  const { totals, details, issues } = computeTotals(plan, period, counted);

  return {
    plan: plan.id,
    period: period.code,
    asOf,
    includeInvalid,
    units,
    files: entries.map((e) => e.outcome),
    totals,
    totalDetails: details,
    matrix: buildMatrix(counted, indicators),
    issuesByFile: entries.map((e) => ({ file: e.outcome.file, unit: e.outcome.unit, issues: e.issues })),
    summaryIssues: issues,
    narratives: buildNarratives(counted, indicators),
    ...reportingRates(plan.units, units),
  };
}
