// DHIS2 definitions over the REQUIRED units only (an optional unit neither helps nor hurts):
//   reportingRate = valid reports (on_time or late) × 100 / required units
//   onTimeRate    = on-time valid reports × 100 / required units
import type { Unit } from "../plan/schema";
import type { UnitStatus } from "./summary";

export function reportingRates(units: readonly Unit[], statuses: readonly UnitStatus[]): { reportingRate: number; onTimeRate: number } {
  const required = new Set(units.filter((u) => u.required).map((u) => u.code));
  const ofRequired = statuses.filter((s) => required.has(s.unit));
  if (required.size === 0) return { reportingRate: 0, onTimeRate: 0 };
  const valid = ofRequired.filter((s) => s.status === "on_time" || s.status === "late").length;
  const onTime = ofRequired.filter((s) => s.status === "on_time").length;
  return { reportingRate: (valid * 100) / required.size, onTimeRate: (onTime * 100) / required.size };
}
