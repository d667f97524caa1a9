// Today's calendar day in Asia/Ho_Chi_Minh. The only place in the command line that reads the
// clock: every other date is a parameter (--as-of defaults to this).
import { hcmDateOf, toHcmIso } from "../../core/time";

export function todayInHcm(): string {
  return hcmDateOf(toHcmIso(Date.now())) as string;
}
