// Charts of the victims of violence (docs/contract.md §4.4; rows BL02, BL02.NU, BL02.TE, BL02.CT of
// docs/domain.md §4 II):
// - by sex and age group, the district's totals, shown as they are (docs/domain.md §8):
//     nam = BL02 − BL02.NU;  16 to under 60 = BL02 − BL02.TE − BL02.CT;
// - per unit, each unit whose figure makes the total (the communes, for a "sum XA" row), under the
//   small-number rule: below 5 is "< 5" with no bar (small-numbers.ts).
import type { Summary } from "../consolidate/summary";
import type { Indicator, Plan } from "../plan/schema";
import { formatNumberVi } from "../text/number-format";
import { CHART_WIDTH, type ChartSpec } from "./chart-spec";
import { BASE_OPTION, COLOR, labelled } from "./chart-style";
import { HIDDEN_COUNT_TEXT, isSensitiveCount, shownUnitCounts, SMALL_COUNT_TEXT, type ShownCount, type UnitCount } from "./small-numbers";

export const VICTIMS = { all: "BL02", women: "BL02.NU", children: "BL02.TE", elderly: "BL02.CT" } as const;

export function victimGroups(totals: Summary["totals"]): { label: string; value: number; color: string }[] | null {
  const [all, women, children, elderly] = [VICTIMS.all, VICTIMS.women, VICTIMS.children, VICTIMS.elderly].map((c) => totals[c] ?? null);
  if (all === null || women === null || children === null || elderly === null) return null;
  return [
    { label: "Nữ", value: women, color: COLOR.women },
    { label: "Nam", value: all - women, color: COLOR.men },
    { label: "Trẻ em dưới 16 tuổi", value: children, color: COLOR.age },
    { label: "Từ 16 đến dưới 60 tuổi", value: all - children - elderly, color: COLOR.age },
    { label: "Từ đủ 60 tuổi trở lên", value: elderly, color: COLOR.age },
  ];
}

export function victimsBySexAgeChart(summary: Summary, scope: string, caption: string): ChartSpec | null {
  const groups = victimGroups(summary.totals);
  if (groups === null || groups.every((g) => g.value === 0)) return null;
  return {
    id: "victims",
    caption,
    note: `Số liệu ${scope}: tổng số ${formatNumberVi(summary.totals[VICTIMS.all] ?? 0)} nạn nhân; nam và nhóm từ 16 đến dưới 60 tuổi tính từ tổng số trừ các nhóm còn lại.`,
    width: CHART_WIDTH,
    height: 280,
    option: {
      ...BASE_OPTION,
      grid: { left: 10, right: 10, top: 30, bottom: 10, containLabel: true },
      xAxis: { type: "category", data: groups.map((g) => g.label), axisLabel: { fontSize: 12, interval: 0, width: 110, overflow: "break" } },
      yAxis: { type: "value", minInterval: 1, name: "người", axisLabel: { fontSize: 11 } },
      series: [{ type: "bar", barWidth: 42, label: { position: "top", fontSize: 12 }, data: groups.map((g) => labelled(g.value, formatNumberVi(g.value), g.color)) }],
    },
  };
}

/** The units whose figure goes into the district total of `indicator` (docs/domain.md §4 "total"). */
export function contributingUnits(plan: Plan, indicator: Indicator): string[] {
  const rule = indicator.total;
  if (rule.kind === "sumKinds") return plan.units.filter((u) => rule.kinds.includes(u.kind)).map((u) => u.code);
  if (rule.kind === "fromUnit") return [rule.unit];
  return plan.units.map((u) => u.code);
}

/** Per unit, the victims as a chart or a table may show them (the small-number rule applied); null when fewer than two units reported. */
export function victimsByUnit(plan: Plan, summary: Summary): { unit: string; name: string; shown: ShownCount }[] | null {
  const indicator = plan.indicators.find((i) => i.code === VICTIMS.all);
  if (!indicator) return null;
  const counts: UnitCount[] = contributingUnits(plan, indicator).flatMap((unit) => {
    const value = summary.matrix[unit]?.[indicator.code];
    return typeof value === "number" ? [{ unit, value }] : [];
  });
  if (counts.length < 2) return null;
  const names = new Map(plan.units.map((u) => [u.code, u.name]));
  return shownUnitCounts(counts, isSensitiveCount(indicator)).map((s) => ({ ...s, name: names.get(s.unit) ?? s.unit }));
}

/** What "< 5" (and "ẩn", when some count is hidden beside it) means, under a chart or a table of per-unit victims. */
export function victimsByUnitNote(shown: readonly { shown: ShownCount }[], scope: string): string {
  const hides = shown.some((s) => s.shown.text === HIDDEN_COUNT_TEXT);
  return (
    `“${SMALL_COUNT_TEXT}”: đơn vị có dưới 5 nạn nhân, không ghi số để không nhận diện được người bị bạo lực` +
    (hides ? `; “${HIDDEN_COUNT_TEXT}”: không ghi số để không suy ra được số của đơn vị khác từ tổng số ${scope}` : "") +
    ". Số liệu chính xác của từng đơn vị chỉ có trong ma trận của bảng tổng hợp (số liệu nhạy cảm, không công bố)."
  );
}

export function victimsByUnitChart(plan: Plan, summary: Summary, scope: string, caption: string): ChartSpec | null {
  const shown = victimsByUnit(plan, summary);
  if (shown === null) return null;
  return {
    id: "victims_by_unit",
    caption,
    note: victimsByUnitNote(shown, scope),
    width: CHART_WIDTH,
    height: 60 + shown.length * 22,
    option: {
      ...BASE_OPTION,
      grid: { left: 10, right: 50, top: 10, bottom: 20, containLabel: true },
      xAxis: { type: "value", minInterval: 1, name: "người", axisLabel: { fontSize: 11 } },
      yAxis: { type: "category", inverse: true, data: shown.map((s) => s.name), axisLabel: { fontSize: 11 } },
      series: [
        {
          type: "bar",
          barWidth: 13,
          itemStyle: { color: COLOR.count },
          label: { position: "right", fontSize: 11 },
          // A suppressed count is drawn as nothing: 0 long, with its words only.
          data: shown.map((s) => labelled(s.shown.value ?? 0, s.shown.text)),
        },
      ],
    },
  };
}
