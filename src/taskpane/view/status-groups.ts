// The "Tình hình nộp" roster grouped for the clerk: the units to chase first (missing, invalid,
// late), then the rest; each group with its count, one line per unit (docs/domain.md §2.3 statuses).
import type { UnitStatus } from "../../core/consolidate";
import { foldTextLoose } from "../../core/text";
import type { StatusRow } from "./status-view";

export type StatusGroupKey = UnitStatus["status"];

/** Groups in the order the clerk acts on them: whom to chase first. */
export const STATUS_GROUP_ORDER: readonly { key: StatusGroupKey; title: string }[] = [
  { key: "missing", title: "Chưa nộp" },
  { key: "invalid", title: "Không hợp lệ" },
  { key: "late", title: "Nộp trễ" },
  { key: "pending", title: "Chưa đến hạn" },
  { key: "on_time", title: "Đúng hạn" },
  { key: "optional_missing", title: "Chưa nhận (không bắt buộc)" },
];

export interface StatusFilter {
  /** Part of a unit's name or code, matched without regard to case or diacritics. */
  text: string;
  /** One group only, or all groups. */
  group: StatusGroupKey | "all";
}

export interface StatusGroup {
  key: StatusGroupKey;
  title: string;
  /** Units of this group that pass the filter. */
  rows: StatusRow[];
  /** Units of this group before the text filter, for "2/23". */
  total: number;
}

function matches(row: StatusRow, folded: string): boolean {
  if (folded === "") return true;
  return foldTextLoose(row.unitName).includes(folded) || foldTextLoose(row.unit).includes(folded);
}

/** Non-empty groups in STATUS_GROUP_ORDER, each unit in roster order within its group. */
export function statusGroups(rows: readonly StatusRow[], filter: StatusFilter): StatusGroup[] {
  const folded = foldTextLoose(filter.text);
  const groups: StatusGroup[] = [];
  for (const { key, title } of STATUS_GROUP_ORDER) {
    if (filter.group !== "all" && filter.group !== key) continue;
    const inGroup = rows.filter((r) => r.status === key);
    if (inGroup.length === 0) continue;
    groups.push({ key, title, rows: inGroup.filter((r) => matches(r, folded)), total: inGroup.length });
  }
  return groups;
}
