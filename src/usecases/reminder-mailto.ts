// A reminder as a mailto: link (RFC 6068): the officer's own mail program opens with the subject
// and body filled in; nothing is sent by the add-in. The plan has no e-mail per unit, so the
// recipient is left for the officer to fill, unless one is given.
import type { Summary } from "../core/consolidate";
import type { Plan } from "../core/plan";
import { findPeriod } from "../core/plan";
import type { ReminderLine } from "./reminders";

/** "Nhắc nộp báo cáo BĐG kỳ Năm 2024 – Xã Vĩnh Sơn". */
export function reminderSubject(plan: Plan, summary: Summary, unitName: string): string {
  const period = findPeriod(plan, summary.period);
  return `Nhắc nộp báo cáo BĐG kỳ ${period?.label ?? summary.period} – ${unitName}`;
}

/** RFC 6068 percent-encodes every header value; encodeURIComponent does that for UTF-8 text. */
export function reminderMailto(line: ReminderLine, subject: string, to = ""): string {
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(line.text)}`;
}
