// The charts of a summary (docs/contract.md §4.4), numbered in the order the Word report shows
// them: the reporting status, the rates against their targets, the victims by sex and age group and
// per unit. One list for the report and for the pane's "Biểu đồ", so both show the same charts, and
// every value in them has passed the small-number rule (small-numbers.ts, docs/domain.md §8).
import type { Summary } from "../consolidate/summary";
import type { Period, Plan } from "../plan/schema";
import type { ChartSpec } from "./chart-spec";
import { reportingStatusChart } from "./chart-reporting-status";
import { targetsChart } from "./chart-targets";
import { victimsBySexAgeChart, victimsByUnitChart } from "./chart-victims";
import { scopeWord } from "./scope-words";

export interface ReportCharts {
  status: ChartSpec | null;
  targets: ChartSpec | null;
  victims: ChartSpec[];
}

export function reportCharts(plan: Plan, summary: Summary, period: Period): ReportCharts {
  const scope = scopeWord(plan);
  let n = 0;
  const chart = (make: (caption: string) => ChartSpec | null, title: string): ChartSpec | null => {
    const made = make(`Biểu đồ ${n + 1}. ${title}`);
    if (made) n++;
    return made;
  };
  const status = chart((c) => reportingStatusChart(plan, summary, c), "Tình hình gửi báo cáo của các đơn vị");
  const targets = chart((c) => targetsChart(plan, summary, period, c), `Kết quả các chỉ tiêu so với mục tiêu năm ${plan.targetYear} (số liệu ${scope})`);
  const victims = [
    chart((c) => victimsBySexAgeChart(summary, scope, c), `Nạn nhân bạo lực được phát hiện theo giới tính và nhóm tuổi (${scope})`),
    chart((c) => victimsByUnitChart(plan, summary, scope, c), "Nạn nhân bạo lực được phát hiện theo đơn vị"),
  ].filter((c): c is ChartSpec => c !== null);
  return { status, targets, victims };
}

/** All of them, in order. */
export function chartList(charts: ReportCharts): ChartSpec[] {
  return [charts.status, charts.targets, ...charts.victims].filter((c): c is ChartSpec => c !== null);
}
