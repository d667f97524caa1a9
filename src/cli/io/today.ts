// Today's calendar day in Asia/Ho_Chi_Minh. The only place in the command line that reads the
// clock: every other date is a parameter (--as-of defaults to this; the receipt register records now).
import { hcmDateOf, toHcmIso } from "../../core/time";

export function todayInHcm(): string {
  return hcmDateOf(toHcmIso(Date.now())) as string;
}

/** Now, as an ISO date-time in +07:00 (the receipt register's clock). */
export function nowInHcm(): string {
  return toHcmIso(Date.now());
}
