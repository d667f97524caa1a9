// Ready-to-copy reminder lines for the units the clerk must chase: missing (overdue, nothing
// received), late (received after the due date) and invalid (received with errors).
import type { Summary, UnitStatus } from "../core/consolidate";
import type { Plan } from "../core/plan";
import { findPeriod, findUnit } from "../core/plan";
import { daysBetween, formatDateVi } from "../core/time";

export interface ReminderLine {
  unit: string;
  status: UnitStatus["status"];
  text: string;
}

const REMINDED: ReadonlySet<UnitStatus["status"]> = new Set(["missing", "late", "invalid"]);

/** "UBND huyện Vĩnh Linh (qua Phòng LĐ-TB&XH)" → "Phòng LĐ-TB&XH": whom the file is sent to. */
function recipientOf(plan: Plan): string {
  const via = /\(qua ([^)]+)\)/.exec(plan.recipient);
  return via ? via[1].trim() : plan.recipient;
}

export function reminderLines(plan: Plan, summary: Summary): ReminderLine[] {
  const period = findPeriod(plan, summary.period);
  if (!period) return [];
  const due = formatDateVi(period.due);
  const asOf = formatDateVi(summary.asOf);
  const to = recipientOf(plan);
  const lines: ReminderLine[] = [];
  for (const s of summary.units) {
    if (!REMINDED.has(s.status)) continue;
    const name = findUnit(plan, s.unit)?.name ?? s.unit;
    const head = `Kính gửi ${name}: `;
    let text: string;
    if (s.status === "missing") {
      const overdue = daysBetween(period.due, summary.asOf);
      text = `${head}đề nghị gửi báo cáo BĐG kỳ ${period.label} (hạn ${due}) về ${to}; đến ngày ${asOf} đơn vị chưa gửi, đã quá hạn ${overdue} ngày.`;
    } else if (s.status === "late") {
      const when = s.submittedAt ? formatDateVi(s.submittedAt) : "?";
      text = `${head}báo cáo BĐG kỳ ${period.label} nhận ngày ${when}, trễ ${s.daysLate} ngày so với hạn ${due}; đề nghị gửi đúng hạn ở các kỳ sau.`;
    } else {
      text = `${head}báo cáo BĐG kỳ ${period.label} còn ${s.errors} lỗi nên chưa được tổng hợp; đề nghị mở tệp, bấm “Kiểm tra”, sửa lỗi, bấm “Hoàn tất” rồi gửi lại về ${to} (hạn ${due}).`;
    }
    lines.push({ unit: s.unit, status: s.status, text });
  }
  return lines;
}
