// The calendar day and the instant in Asia/Ho_Chi_Minh, from the browser's clock. The task pane
// is the edge where the clock is read; the use cases and the core take it as a parameter.
import { hcmDateOf, toHcmIso } from "../../core/time";

export function nowIso(epochMs: number = Date.now()): string {
  return toHcmIso(epochMs);
}

export function todayHcm(epochMs: number = Date.now()): string {
  return hcmDateOf(toHcmIso(epochMs)) as string;
}
