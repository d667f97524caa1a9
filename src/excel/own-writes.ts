// The add-in's own changes, so that they never make its own check stale. Excel fires
// Worksheet(s).onChanged for changes an add-in makes as well as for the user's. From ExcelApi 1.14
// the event says who made it (WorksheetChangedEventArgs.triggerSource "ThisLocalAddin"); before
// that, the port remembers where it just wrote (per sheet, the bounding rectangle, for a few
// seconds after the write's last request) and an event inside that rectangle in that time is
// taken to be ours. How soon Excel delivers the events of a write is not documented; the window
// is generous, and only a real Excel can confirm it (docs/kiem-thu-excel-that.md).
import { parseA1 } from "../core/grid";
import type { Rect } from "./sheet-address";

/** How long after a write its change events are still expected. */
export const OWN_WRITE_WINDOW_MS = 5000;

interface Entry {
  sheet: string;
  /** null = the whole sheet. */
  rect: Rect | null;
  until: number;
}

function rectOf(address: string): Rect | null {
  const [a, b = a] = address.replace(/\$/g, "").split("!").pop()!.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function union(a: Rect, b: Rect): Rect {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.top >= outer.top && inner.left >= outer.left && inner.bottom <= outer.bottom && inner.right <= outer.right;
}

export interface OwnWrites {
  /** The port is about to write these cells ("E25", "A1:C3") of `sheet`; none = the whole sheet. */
  record(sheet: string, addresses?: readonly string[]): void;
  /** The write's last request is done: its events are expected from now for a while. */
  settle(): void;
  /** Whether a change event on `sheet` at `address` is one of ours. */
  isOwn(sheet: string, address: string | undefined): boolean;
}

export function ownWrites(now: () => number = Date.now): OwnWrites {
  let entries: Entry[] = [];
  const pending: Entry[] = [];
  return {
    record(sheet, addresses) {
      const rects = addresses?.map(rectOf) ?? [null];
      const whole = rects.some((r) => r === null);
      const rect = whole ? null : (rects as Rect[]).reduce(union);
      pending.push({ sheet: sheet.toLocaleLowerCase(), rect, until: Infinity });
    },
    settle() {
      const until = now() + OWN_WRITE_WINDOW_MS;
      for (const e of pending.splice(0)) entries.push({ ...e, until });
    },
    isOwn(sheet, address) {
      const t = now();
      entries = entries.filter((e) => e.until >= t);
      const name = sheet.toLocaleLowerCase();
      const changed = address ? rectOf(address) : null;
      return [...entries, ...pending].some((e) => e.sheet === name && (e.rect === null || (changed !== null && inside(changed, e.rect))));
    },
  };
}
