// Chart: how the units reported (docs/contract.md §4.4, section I): for communes and for the other
// bodies, how many units are on time, late, invalid, missing, still within the deadline, or optional
// and not received. Counts of units, not about people: the small-number rule does not apply.
import type { Summary, UnitStatusCode } from "../consolidate/summary";
import type { Plan } from "../plan/schema";
import { COMMUNE_KIND } from "../plan/queries";
import { formatNumberVi } from "../text/number-format";
import { CHART_WIDTH, type ChartSpec } from "./chart-spec";
import { BASE_OPTION } from "./chart-style";

export const STATUS_SERIES: readonly { status: UnitStatusCode; name: string; color: string }[] = [
  { status: "on_time", name: "Đúng hạn", color: "#2E7D32" },
  { status: "late", name: "Trễ hạn", color: "#EF6C00" },
  { status: "invalid", name: "Không hợp lệ", color: "#C62828" },
  { status: "missing", name: "Chưa gửi", color: "#616161" },
  { status: "pending", name: "Chưa đến hạn", color: "#1565C0" },
  { status: "optional_missing", name: "Không bắt buộc, chưa gửi", color: "#BDBDBD" },
];

interface Group {
  label: string;
  statuses: UnitStatusCode[];
}

function groups(plan: Plan, summary: Summary): Group[] {
  const kindOf = new Map(plan.units.map((u) => [u.code, u.kind]));
  const communes = summary.units.filter((s) => kindOf.get(s.unit) === COMMUNE_KIND).map((s) => s.status);
  const others = summary.units.filter((s) => kindOf.get(s.unit) !== COMMUNE_KIND).map((s) => s.status);
  return [
    { label: `Cấp xã (${formatNumberVi(communes.length)})`, statuses: communes },
    { label: `Cơ quan, đơn vị khác (${formatNumberVi(others.length)})`, statuses: others },
  ].filter((g) => g.statuses.length > 0);
}

/** The chart's data as plain series: per group of units, how many are in each status (statuses with none left out). */
export interface StatusSeries {
  categories: string[];
  series: { name: string; color: string; counts: number[] }[];
}

export function reportingStatusSeries(plan: Plan, summary: Summary): StatusSeries | null {
  const rows = groups(plan, summary);
  if (rows.length === 0) return null;
  const series = STATUS_SERIES.map((s) => ({ name: s.name, color: s.color, counts: rows.map((g) => g.statuses.filter((x) => x === s.status).length) }))
    .filter((s) => s.counts.some((n) => n > 0));
  return { categories: rows.map((g) => g.label), series };
}

export function reportingStatusChart(plan: Plan, summary: Summary, caption: string): ChartSpec | null {
  const data = reportingStatusSeries(plan, summary);
  if (data === null) return null;
  const series = data.series.map((s) => ({
    name: s.name,
    type: "bar",
    stack: "units",
    barWidth: 34,
    itemStyle: { color: s.color },
    label: { show: true, color: "#ffffff", fontWeight: "bold" },
    // An empty segment is no segment (and no "0" written on it).
    data: s.counts.map((n) => (n > 0 ? n : null)),
  }));
  return {
    id: "reporting_status",
    caption,
    note: "Số đơn vị theo tình trạng gửi báo cáo; tên từng đơn vị ở phần trên.",
    width: CHART_WIDTH,
    height: 90 + data.categories.length * 60,
    option: {
      ...BASE_OPTION,
      legend: { bottom: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12 } },
      grid: { left: 10, right: 20, top: 10, bottom: 50, containLabel: true },
      xAxis: { type: "value", minInterval: 1, axisLabel: { fontSize: 12 } },
      yAxis: { type: "category", inverse: true, data: data.categories, axisLabel: { fontSize: 13 } },
      series,
    },
  };
}
