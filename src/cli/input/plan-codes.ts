// The plan's period, unit and recipient codes as typed on the command line, resolved through
// resolveCode (case and accents ignored) or refused with the plan's own list.
import type { Plan } from "../../core/plan";
import { UsageError } from "../args";
import { resolveCode } from "./resolve-code";

function resolvedOrUsage(typed: string, codes: readonly string[], what: string, list: string): string {
  const match = resolveCode(typed, codes);
  if (match.ok) return match.code;
  if (match.candidates.length > 1) {
    throw new UsageError(`"${typed}" khớp với nhiều ${what}: ${match.candidates.join(", ")}; hãy gõ đúng mã.`, false);
  }
  throw new UsageError(`Không có ${what} "${typed}". ${list}`, false);
}

export function periodCodeOrUsage(plan: Plan, typed: string): string {
  const codes = plan.periods.map((p) => p.code);
  return resolvedOrUsage(typed, codes, "kỳ báo cáo", `Các kỳ: ${codes.join(", ")}`);
}

export function unitCodeOrUsage(plan: Plan, typed: string): string {
  return resolvedOrUsage(typed, plan.units.map((u) => u.code), "đơn vị", "Xem danh sách đơn vị: bdg plan");
}

export function recipientCodeOrUsage(plan: Plan, typed: string): string {
  const known = plan.recipients.map((r) => `${r.code} (${r.name})`).join(", ");
  return resolvedOrUsage(
    typed,
    plan.recipients.map((r) => r.code),
    "nơi nhận",
    known ? `Các nơi nhận: ${known}` : "Kế hoạch này không chia chỉ tiêu theo nơi nhận.",
  );
}
