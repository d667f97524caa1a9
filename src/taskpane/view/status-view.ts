// The roster as the "Tình hình nộp" tab shows it: one row per unit, with its badge colour.
import { DATE_SOURCE_LABEL, statusLabel, type Summary, type UnitStatus } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import { findUnit } from "../../core/plan";
import { formatDateVi } from "../../core/time";

export type BadgeTone = "success" | "warning" | "danger" | "informative" | "subtle";

export const STATUS_TONE: Record<UnitStatus["status"], BadgeTone> = {
  on_time: "success",
  late: "warning",
  missing: "danger",
  invalid: "danger",
  pending: "informative",
  optional_missing: "subtle",
};

export interface StatusRow {
  unit: string;
  unitName: string;
  status: UnitStatus["status"];
  label: string;
  tone: BadgeTone;
  submitted: string;
  dateSource: string;
  file: string;
  reason: string;
  /** The unit's alerts (docs/contract.md §4.1), as sentences. */
  alerts: string[];
}

export function statusRows(plan: Plan, summary: Summary): StatusRow[] {
  return summary.units.map((s) => ({
    unit: s.unit,
    unitName: findUnit(plan, s.unit)?.name ?? s.unit,
    status: s.status,
    label: statusLabel(s),
    tone: STATUS_TONE[s.status],
    submitted: s.submittedAt ? formatDateVi(s.submittedAt) : "",
    dateSource: s.dateSource ? DATE_SOURCE_LABEL[s.dateSource] : "",
    file: s.file ?? "",
    reason: s.reason,
    alerts: s.alerts.map((a) => `${a.message}.`),
  }));
}

/** How many units have each status, in a fixed order for the summary line. */
export function statusCounts(summary: Summary): { status: UnitStatus["status"]; count: number }[] {
  const order: UnitStatus["status"][] = ["on_time", "late", "invalid", "missing", "pending", "optional_missing"];
  return order
    .map((status) => ({ status, count: summary.units.filter((u) => u.status === status).length }))
    .filter((c) => c.count > 0);
}
