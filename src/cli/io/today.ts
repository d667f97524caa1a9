// The clock of the command line: today's calendar day in Asia/Ho_Chi_Minh (--as-of defaults to
// it), now (the receipt register records it, a lock records its start), and the age of a stale
// lock or temporary file. Every other date is a parameter.
import { hcmDateOf, toHcmIso } from "../../core/time";

export function nowMs(): number {
  return Date.now();
}

export function todayInHcm(): string {
  return hcmDateOf(toHcmIso(nowMs())) as string;
}

/** Now, as an ISO date-time in +07:00: "2024-12-09T15:30:00+07:00". */
export function nowInHcm(): string {
  return toHcmIso(nowMs());
}
