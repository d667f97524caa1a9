// Which rows the form has and where they go: sections in plan order, each followed by its
// applicable rows; a section with no rows is left out. Text rows (NX01, NX02) go below the
// table as narrative rows. Row numbers are fixed here, before any cell is written, so a
// computed row can point at parts placed anywhere on the sheet.
import type { Indicator, Plan, Section } from "../plan/schema";

export type FormRow =
  | { kind: "section"; row: number; section: Section }
  | { kind: "indicator"; row: number; indicator: Indicator }
  | { kind: "narrative"; row: number; indicator: Indicator };

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
    table.push({ kind: "section", row: row++, section });
    for (const indicator of tableRows) table.push({ kind: "indicator", row: row++, indicator });
  }

  const narratives: FormRow[] = [];
  const textGroups = groups.map((g) => ({ ...g, rows: g.rows.filter((i) => i.type === "text") })).filter((g) => g.rows.length > 0);
  if (textGroups.length > 0) row++; // one blank row between the table and the narratives
  for (const { section, rows } of textGroups) {
    narratives.push({ kind: "section", row: row++, section });
    for (const indicator of rows) narratives.push({ kind: "narrative", row: row++, indicator });
  }
  return { table, narratives, nextRow: row };
}
