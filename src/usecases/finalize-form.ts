// Hoàn tất: refuse while errors remain; otherwise stamp submitted_at (ISO 8601, +07:00) and
// report_date in _meta, and say how the due date stands. Round trips: readForm (1) + writeMeta
// of the whole _meta table (1) = 2.
// `now` is a parameter (ISO date-time): the use case never reads the clock.
import type { Issue } from "../core/issues";
import type { Period, Plan, Unit } from "../core/plan";
import { findPeriod, findUnit } from "../core/plan";
import { metaTable, type WorkbookPort } from "../core/ports";
import { type ValidatedForm } from "../core/read";
import { inspectWorkbook } from "../core/rules";
import { daysBetween, hcmDateOf, toHcmIso } from "../core/time";
import { OPEN_WORKBOOK_NAME } from "./settings-keys";

export interface DueStanding {
  /** YYYY-MM-DD. */
  due: string;
  /** Calendar days from today to the due date (Asia/Ho_Chi_Minh); 0 on the due date itself. */
  daysLeft: number;
  /** Calendar days after the due date; 0 when on time. */
  daysLate: number;
}

export type FinalizeOutcome =
  | {
      kind: "finalized";
      unit: Unit;
      period: Period;
      submittedAt: string;
      reportDate: string;
      standing: DueStanding;
      /** File mode: the stamped copy was downloaded under this name (the picked file is untouched). */
      downloadedAs?: string;
    }
  | { kind: "refused"; form: ValidatedForm; errors: Issue[] }
  /** No form identified by _meta: finalize stamps _meta, so the form must have been installed. */
  | { kind: "no_form"; message: string };

/** How `today` stands against `due`: days left (on time) or days late. */
export function dueStanding(due: string, today: string): DueStanding {
  const diff = daysBetween(today, due);
  return diff >= 0 ? { due, daysLeft: diff, daysLate: 0 } : { due, daysLeft: 0, daysLate: -diff };
}

export async function finalizeForm(port: Pick<WorkbookPort, "readForm" | "writeMeta">, plan: Plan, now: string): Promise<FinalizeOutcome> {
  const epochMs = Date.parse(now);
  if (Number.isNaN(epochMs)) return { kind: "no_form", message: `Thời điểm không hợp lệ: "${now}"` };
  const grid = await port.readForm();
  const report = inspectWorkbook(plan, OPEN_WORKBOOK_NAME, null, grid);
  const form = report.kind === "forms" ? report.forms.find((f) => f.submission.identifiedBy === "meta") : undefined;
  const unit = form?.submission.unit ? findUnit(plan, form.submission.unit) : undefined;
  const period = form?.submission.period ? findPeriod(plan, form.submission.period) : undefined;
  if (!form || !unit || !period) {
    return {
      kind: "no_form",
      message: "Sổ này chưa có biểu mẫu do phần bổ trợ cài (thiếu trang _meta). Hãy bấm “Cài biểu mẫu” trước; số liệu đã nhập được giữ lại.",
    };
  }
  const errors = form.issues.filter((i) => i.severity === "error");
  if (errors.length > 0) return { kind: "refused", form, errors };

  const submittedAt = toHcmIso(epochMs);
  const today = hcmDateOf(submittedAt) as string;
  const reportDate = form.submission.reportDate ?? today;
  await port.writeMeta(metaTable(grid, { submitted_at: submittedAt, report_date: reportDate }));
  return { kind: "finalized", unit, period, submittedAt, reportDate, standing: dueStanding(period.due, today) };
}
