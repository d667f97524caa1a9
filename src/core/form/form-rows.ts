// Which rows the form has and where they go: sections in plan order, each followed by its
// applicable rows; a section with no rows is left out. Text rows (NX01, NX02) go below the
// table as narrative rows. Row numbers are fixed here, before any cell is written, so a
// computed row can point at parts placed anywhere on the sheet. The STT of each row is numbered
// here too, without gaps over the rows this form has (numbering.ts).
import type { Indicator, Plan, Section } from "../plan/schema";
import { officialNumbers, type NumberedItem } from "./numbering";

/** `stt`: what the STT column shows on this form. */
export type FormRow =
  | { kind: "section"; row: number; stt: string; section: Section }
  | { kind: "indicator"; row: number; stt: string; indicator: Indicator }
  | { kind: "narrative"; row: number; stt: string; indicator: Indicator };

export interface FormRows {
  table: FormRow[];
  narratives: FormRow[];
  /** The first free row after the last placed row. */
  nextRow: number;
}

function bySection(plan: Plan, indicators: readonly Indicator[]): { section: Section; rows: Indicator[] }[] {
  const known = new Set(plan.sections.map((s) => s.code));
  const groups = plan.sections.map((section) => ({
    section,
    rows: indicators.filter((i) => i.section === section.code),
  }));
  // An indicator naming an unknown section still appears, under a section of its own name.
  for (const i of indicators) {
    if (known.has(i.section)) continue;
    known.add(i.section);
    groups.push({
      section: { code: i.section, stt: i.section, title: i.section, periodKinds: ["half", "year"] },
      rows: indicators.filter((x) => x.section === i.section),
    });
  }
  return groups;
}

/** Lays out the table from firstRow; narrative rows start one blank row below the table. */
export function layoutRows(plan: Plan, indicators: readonly Indicator[], firstRow: number): FormRows {
  const groups = bySection(plan, indicators);
  const table: FormRow[] = [];
  let row = firstRow;
  for (const { section, rows } of groups) {
    const tableRows = rows.filter((i) => i.type !== "text");
    if (tableRows.length === 0) continue;
    table.push({ kind: "section", row: row++, stt: section.stt, section });
    for (const indicator of tableRows) table.push({ kind: "indicator", row: row++, stt: indicator.stt, indicator });
  }

  const narratives: FormRow[] = [];
  const textGroups = groups.map((g) => ({ ...g, rows: g.rows.filter((i) => i.type === "text") })).filter((g) => g.rows.length > 0);
  if (textGroups.length > 0) row++; // one blank row between the table and the narratives
  for (const { section, rows } of textGroups) {
    narratives.push({ kind: "section", row: row++, stt: section.stt, section });
    for (const indicator of rows) narratives.push({ kind: "narrative", row: row++, stt: indicator.stt, indicator });
  }
  const all = [...table, ...narratives];
  const items = all.map((r): NumberedItem => (r.kind === "section" ? { kind: "section", section: r.section } : { kind: "row", indicator: r.indicator }));
  officialNumbers(items).forEach((stt, i) => (all[i].stt = stt));
  return { table, narratives, nextRow: row };
}
