// Section I of the report: how the reporting went (docs/contract.md §4.4; docs/domain.md §6 "Rates"):
//   reporting rate = valid reports × 100 / required units; on-time rate = on-time valid reports × 100 / required units;
// then who is late (and by how many days), who has sent nothing, who sent a form with errors, who
// still has time, and which received files were not used and why.
import type { Period, Plan, Unit } from "../plan/schema";
import type { FileOutcomeCode, Summary, UnitStatus } from "../consolidate/summary";
import { OUTCOME_LABEL } from "../consolidate/summary-labels";
import { formatNumberVi, formatPercentVi } from "../text/number-format";
import { formatDateVi } from "../time/calendar";
import { item, paragraph, type ReportBlock } from "./report-model";
import { listText, lowerFirst } from "./words";

function nameOf(plan: Plan, code: string): string {
  return plan.units.find((u) => u.code === code)?.name ?? code;
}

function withStatus(plan: Plan, summary: Summary, status: UnitStatus["status"]): { unit: Unit | undefined; status: UnitStatus }[] {
  return summary.units.filter((s) => s.status === status).map((s) => ({ unit: plan.units.find((u) => u.code === s.unit), status: s }));
}

function ratesParagraph(plan: Plan, summary: Summary, period: Period): ReportBlock {
  const required = plan.units.filter((u) => u.required);
  const requiredCodes = new Set(required.map((u) => u.code));
  const ofRequired = summary.units.filter((s) => requiredCodes.has(s.unit));
  const valid = ofRequired.filter((s) => s.status === "on_time" || s.status === "late").length;
  const onTime = ofRequired.filter((s) => s.status === "on_time").length;
  return paragraph(
    `Tính đến ngày ${formatDateVi(summary.asOf)} (hạn gửi báo cáo ${lowerFirst(period.label)} là ngày ${formatDateVi(period.due)}), `,
    `trong tổng số ${formatNumberVi(required.length)} đơn vị phải báo cáo, có ${formatNumberVi(valid)} đơn vị đã gửi báo cáo hợp lệ, `,
    { text: `đạt tỷ lệ ${formatPercentVi(summary.reportingRate)}`, bold: true },
    `; trong đó ${formatNumberVi(onTime)} đơn vị gửi đúng hạn, `,
    { text: `tỷ lệ đúng hạn ${formatPercentVi(summary.onTimeRate)}`, bold: true },
    ".",
  );
}

function lateItem(plan: Plan, summary: Summary): ReportBlock | null {
  const late = withStatus(plan, summary, "late");
  if (late.length === 0) return null;
  const names = late.map(({ status }) => `${nameOf(plan, status.unit)} (trễ ${formatNumberVi(status.daysLate)} ngày)`);
  return item(`${formatNumberVi(late.length)} đơn vị gửi báo cáo trễ hạn: ${listText(names)}.`);
}

function missingItem(plan: Plan, summary: Summary): ReportBlock | null {
  const missing = withStatus(plan, summary, "missing");
  if (missing.length === 0) return null;
  return item(`${formatNumberVi(missing.length)} đơn vị chưa gửi báo cáo: ${listText(missing.map(({ status }) => nameOf(plan, status.unit)))}.`);
}

function invalidItem(plan: Plan, summary: Summary): ReportBlock | null {
  const invalid = withStatus(plan, summary, "invalid");
  if (invalid.length === 0) return null;
  const names = invalid.map(({ status }) => `${nameOf(plan, status.unit)} (${formatNumberVi(status.errors)} lỗi)`);
  const fate = summary.includeInvalid
    ? "số liệu của các báo cáo này vẫn được cộng vào tổng hợp, cần được đơn vị kiểm tra, gửi lại"
    : "chưa được tổng hợp, đề nghị đơn vị sửa và gửi lại";
  return item(`${formatNumberVi(invalid.length)} đơn vị gửi báo cáo còn lỗi, không hợp lệ (${fate}): ${listText(names)}.`);
}

function pendingItem(plan: Plan, summary: Summary): ReportBlock | null {
  const pending = withStatus(plan, summary, "pending");
  if (pending.length === 0) return null;
  return item(`${formatNumberVi(pending.length)} đơn vị chưa gửi báo cáo nhưng chưa đến hạn: ${listText(pending.map(({ status }) => nameOf(plan, status.unit)))}.`);
}

function optionalItem(plan: Plan, summary: Summary): ReportBlock | null {
  const optional = withStatus(plan, summary, "optional_missing");
  if (optional.length === 0) return null;
  return item(`Đơn vị không bắt buộc báo cáo, chưa gửi: ${listText(optional.map(({ status }) => nameOf(plan, status.unit)))}.`);
}

/** Outcomes of files that were received and not used for a reason worth telling the level above. */
const UNUSED: readonly FileOutcomeCode[] = ["unknown_unit", "wrong_period", "unreadable", "not_a_report", "blank"];

function unusedFilesItem(summary: Summary): ReportBlock | null {
  const counts = UNUSED.map((code) => [code, summary.files.filter((f) => f.outcome === code).length] as const).filter(([, n]) => n > 0);
  if (counts.length === 0) return null;
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const parts = counts.map(([code, n]) => `${formatNumberVi(n)} tệp ${lowerFirst(OUTCOME_LABEL[code])}`);
  return item(`Ngoài ra, ${formatNumberVi(total)} tệp nhận được không dùng để tổng hợp: ${listText(parts)}.`);
}

const isBlock = (b: ReportBlock | null): b is ReportBlock => b !== null;

export function reportingSection(plan: Plan, summary: Summary, period: Period): ReportBlock[] {
  const blocks: ReportBlock[] = [ratesParagraph(plan, summary, period)];
  const problems = [lateItem(plan, summary), missingItem(plan, summary), invalidItem(plan, summary), pendingItem(plan, summary)].filter(isBlock);
  if (problems.length === 0) blocks.push(paragraph("Tất cả các đơn vị phải báo cáo đều đã gửi báo cáo hợp lệ, đúng hạn."));
  blocks.push(...problems, ...[optionalItem(plan, summary), unusedFilesItem(summary)].filter(isBlock));
  return blocks;
}
