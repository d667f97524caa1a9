// Chart: every rate of the summary that has a target for the plan's year, its district result
// beside the target (docs/contract.md §4.4 "the totals against their targets, with charts"). The
// result's bar is green when the target is met, red when missed, grey when not judged (a base too
// small to judge, docs/domain.md §4 TL_CL04). District totals: shown as they are (docs/domain.md §8).
import type { Summary } from "../consolidate/summary";
import type { Period, Plan } from "../plan/schema";
import { summaryIndicators } from "../plan/queries";
import { formatNumberVi } from "../text/number-format";
import { CHART_WIDTH, type ChartSpec } from "./chart-spec";
import { BASE_OPTION, COLOR, labelled } from "./chart-style";
import { isRate, ratioText, sentenceLabel } from "./words";

export interface TargetRow {
  code: string;
  label: string;
  value: number;
  target: number;
  met: boolean | null;
  unit: string;
}

export function targetRows(plan: Plan, summary: Summary, period: Period): TargetRow[] {
  const details = new Map(summary.totalDetails.map((d) => [d.code, d]));
  return summaryIndicators(plan, period, summary.recipient).flatMap((ind) => {
    const d = details.get(ind.code);
    if (!isRate(ind) || !d || d.value === null || d.target === null) return [];
    const unit = ind.total.kind === "shareYes" ? "%" : ind.unitOfMeasure || "%";
    return [{ code: ind.code, label: sentenceLabel(ind), value: d.value, target: d.target.value, met: d.target.met, unit }];
  });
}

export function targetsChart(plan: Plan, summary: Summary, period: Period, caption: string): ChartSpec | null {
  const rows = targetRows(plan, summary, period);
  if (rows.length === 0) return null;
  const top = Math.max(100, ...rows.map((r) => Math.max(r.value, r.target)));
  const colorOf = (met: boolean | null) => (met === null ? COLOR.notJudged : met ? COLOR.met : COLOR.missed);
  return {
    id: "targets",
    caption,
    note: "Cột màu xanh: đạt mục tiêu; màu đỏ: chưa đạt; màu xám: chưa đánh giá. Cột nhạt: mục tiêu.",
    width: CHART_WIDTH,
    height: 70 + rows.length * 52,
    option: {
      ...BASE_OPTION,
      legend: { bottom: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12 }, data: ["Kết quả", `Mục tiêu năm ${plan.targetYear}`] },
      grid: { left: 10, right: 115, top: 10, bottom: 40, containLabel: true },
      xAxis: { type: "value", min: 0, max: Math.ceil(top / 20) * 20, axisLabel: { fontSize: 11 } },
      yAxis: {
        type: "category",
        inverse: true,
        data: rows.map((r) => r.label),
        axisLabel: { fontSize: 11, width: 230, overflow: "break", lineHeight: 13 },
      },
      series: [
        {
          name: "Kết quả",
          type: "bar",
          barGap: "10%",
          barWidth: 16,
          itemStyle: { color: COLOR.met },
          label: { position: "right", fontSize: 11 },
          data: rows.map((r) => labelled(r.value, ratioText(r.value, r.unit), colorOf(r.met))),
        },
        {
          name: `Mục tiêu năm ${plan.targetYear}`,
          type: "bar",
          barWidth: 10,
          itemStyle: { color: COLOR.target },
          label: { position: "right", fontSize: 10, color: "#455A64" },
          data: rows.map((r) => labelled(r.target, `${formatNumberVi(r.target)} ${r.unit}`)),
        },
      ],
    },
  };
}
