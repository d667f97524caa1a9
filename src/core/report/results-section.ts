// Section II of the report: the results per section of the plan, in sentences built from the
// district totals (docs/domain.md §6), each rate with its target met or missed and, when the
// summary was compared with an earlier period, the change (docs/contract.md §4.5). Totals are the
// district's, shown as they are (docs/domain.md §8). A "Trong đó" row is told inside its parent's
// sentence. The charts come where they belong: targets first, the victims' under section II.
import type { Summary, TotalDetail } from "../consolidate/summary";
import type { Indicator, Period, Plan, Section } from "../plan/schema";
import { summaryIndicators } from "../plan/queries";
import { formatNumberVi } from "../text/number-format";
import type { ChartSpec } from "./chart-spec";
import { comparisonClause, previousPeriodText } from "./comparison-words";
import { FILL_IN, heading, item, paragraph, type ReportBlock, type TextRunModel } from "./report-model";
import { rateVerb, targetClause } from "./target-words";
import { childLabel, isRate, sentenceLabel, valueText } from "./words";

export interface ResultCharts {
  /** Every rate against its target: shown before the sections. */
  targets: ChartSpec | null;
  /** Shown at the end of the section that holds these codes. */
  bySection: { codes: readonly string[]; charts: ChartSpec[] }[];
}

interface Context {
  plan: Plan;
  summary: Summary;
  details: Map<string, TotalDetail>;
  previousText: string | null;
}

function childrenText(ctx: Context, children: readonly Indicator[]): string {
  const parts = children.flatMap((child) => {
    const value = ctx.details.get(child.code)?.value ?? null;
    return value === null ? [] : [`${childLabel(child)} ${valueText(child, value)}`];
  });
  return parts.length > 0 ? `, trong đó ${parts.join(", ")}` : "";
}

function crossCheckText(indicator: Indicator, detail: TotalDetail): string {
  const check = detail.crossCheck;
  if (!check?.warn || check.othersSum === null || check.diffPct === null) return "";
  return `; số liệu các đơn vị khác báo cáo là ${valueText(indicator, check.othersSum)}, chênh lệch ${formatNumberVi(check.diffPct, 1)} %, cần đối chiếu lại`;
}

/** One sentence per row that is not a "Trong đó" row. */
function indicatorSentence(ctx: Context, indicator: Indicator, children: readonly Indicator[]): ReportBlock {
  const detail = ctx.details.get(indicator.code) ?? { code: indicator.code, value: null, contributors: 0, crossCheck: null, target: null };
  const label = sentenceLabel(indicator);
  if (detail.value === null) return item(`${label}: chưa có số liệu.`);
  const change = ctx.previousText === null ? null : comparisonClause(indicator, ctx.summary.comparison?.[indicator.code], ctx.previousText);
  const tail = `${change ? `; ${change}` : ""}${crossCheckText(indicator, detail)}.`;
  if (!isRate(indicator)) {
    return item(`${label}: `, { text: valueText(indicator, detail.value), bold: true }, `${childrenText(ctx, children)}${tail}`);
  }
  const unit = indicator.total.kind === "shareYes" ? "%" : indicator.unitOfMeasure;
  const target = targetClause(ctx.plan, indicator, detail, unit);
  const runs: TextRunModel[] =
    indicator.total.kind === "shareYes"
      ? [{ text: `${label}: ` }, { text: valueText(indicator, detail.value), bold: true }, { text: " số đơn vị báo cáo trả lời “Có”" }]
      : [{ text: `${label} ${rateVerb(detail)} ` }, { text: valueText(indicator, detail.value), bold: true }];
  if (target) runs.push({ text: ", " }, { text: target, italic: detail.target?.met === false });
  runs.push({ text: tail });
  return item(...runs);
}

function sectionBlocks(ctx: Context, indicators: readonly Indicator[]): ReportBlock[] {
  const childrenOf = new Map<string, Indicator[]>();
  for (const ind of indicators) if (ind.parent) childrenOf.set(ind.parent, [...(childrenOf.get(ind.parent) ?? []), ind]);
  return indicators.filter((ind) => !ind.parent || !indicators.some((p) => p.code === ind.parent)).map((ind) => indicatorSentence(ctx, ind, childrenOf.get(ind.code) ?? []));
}

function sectionsOf(plan: Plan, indicators: readonly Indicator[]): { section: Section; indicators: Indicator[] }[] {
  const groups: { section: Section; indicators: Indicator[] }[] = [];
  for (const ind of indicators) {
    if (ind.type === "text") continue;
    let group = groups.find((g) => g.section.code === ind.section);
    if (!group) {
      const section = plan.sections.find((s) => s.code === ind.section) ?? { code: ind.section, stt: ind.section, title: ind.section, periodKinds: ["half", "year"] };
      groups.push((group = { section, indicators: [] }));
    }
    group.indicators.push(ind);
  }
  return groups;
}

function judgedCounts(summary: Summary): { judged: number; met: number } {
  const judged = summary.totalDetails.filter((d) => d.target !== null && d.target.met !== null);
  return { judged: judged.length, met: judged.filter((d) => d.target?.met === true).length };
}

export function resultsSection(plan: Plan, summary: Summary, period: Period, charts: ResultCharts): ReportBlock[] {
  const ctx: Context = {
    plan,
    summary,
    details: new Map(summary.totalDetails.map((d) => [d.code, d])),
    previousText: summary.previousPeriod === null ? null : previousPeriodText(plan, summary.previousPeriod, summary.period),
  };
  const blocks: ReportBlock[] = [];
  const { judged, met } = judgedCounts(summary);
  if (judged > 0) {
    blocks.push(
      paragraph(
        `Trong ${formatNumberVi(judged)} chỉ tiêu có mục tiêu năm ${plan.targetYear} được đánh giá trên số liệu tổng hợp, `,
        { text: `${formatNumberVi(met)} chỉ tiêu đạt hoặc vượt mục tiêu`, bold: true },
        `, ${formatNumberVi(judged - met)} chỉ tiêu chưa đạt.`,
      ),
    );
  }
  if (charts.targets) blocks.push({ kind: "chart", chart: charts.targets });
  sectionsOf(plan, summaryIndicators(plan, period, summary.recipient)).forEach((group, i) => {
    blocks.push(heading(2, `${i + 1}. ${group.section.title}`), ...sectionBlocks(ctx, group.indicators));
    const codes = new Set(group.indicators.map((ind) => ind.code));
    for (const place of charts.bySection) if (place.codes.some((c) => codes.has(c))) blocks.push(...place.charts.map((chart): ReportBlock => ({ kind: "chart", chart })));
  });
  if (summary.comparisonNotes.length > 0) {
    blocks.push(paragraph({ text: "Ghi chú về so sánh với kỳ trước:", italic: true }), ...summary.comparisonNotes.map((note) => item(`${note}.`)));
  }
  blocks.push(paragraph({ text: "Đánh giá chung: ", bold: true }, FILL_IN));
  return blocks;
}
