// Section III of the report: the units' difficulties (NX01) and proposals (NX02), grouped and
// attributed (docs/contract.md §4.4 "the units' narratives (NX01, NX02), grouped"). The same point made by
// several units (same words, whatever the case, spacing or final full stop) is said once, with
// every unit that made it; points made by more units come first, then in roster order.
import type { Summary } from "../consolidate/summary";
import type { Plan } from "../plan/schema";
import { foldText } from "../text/normalize";
import { FILL_IN, heading, item, paragraph, type ReportBlock } from "./report-model";
import { listText, lowerFirst } from "./words";

export const NARRATIVE_CODES = ["NX01", "NX02"] as const;

export interface NarrativeGroup {
  /** The point as the first unit wrote it (NFC, whitespace collapsed, no final full stop). */
  text: string;
  /** Unit names, in roster order. */
  units: string[];
}

function cleanText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().replace(/[.;。]+$/u, "");
}

/** The units' texts of `code`, one group per distinct point. */
export function narrativeGroups(plan: Plan, summary: Summary, code: string): NarrativeGroup[] {
  const order = new Map(plan.units.map((u, i) => [u.code, i]));
  const byUnitOrder = [...summary.narratives].sort((a, b) => (order.get(a.unit) ?? Infinity) - (order.get(b.unit) ?? Infinity));
  const groups = new Map<string, NarrativeGroup & { first: number }>();
  for (const n of byUnitOrder) {
    const raw = n.texts[code];
    if (typeof raw !== "string") continue;
    const text = cleanText(raw);
    if (text === "") continue;
    const key = foldText(text);
    const name = plan.units.find((u) => u.code === n.unit)?.name ?? n.unit;
    const group = groups.get(key);
    if (group) group.units.push(name);
    else groups.set(key, { text, units: [name], first: order.get(n.unit) ?? Infinity });
  }
  return [...groups.values()].sort((a, b) => b.units.length - a.units.length || a.first - b.first).map(({ text, units }) => ({ text, units }));
}

export function narrativesSection(plan: Plan, summary: Summary): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  NARRATIVE_CODES.forEach((code, i) => {
    const indicator = plan.indicators.find((ind) => ind.code === code);
    if (!indicator) return;
    blocks.push(heading(2, `${i + 1}. ${indicator.label}`));
    const groups = narrativeGroups(plan, summary, code);
    if (groups.length === 0) blocks.push(paragraph(`Các đơn vị không nêu ${lowerFirst(indicator.label)}.`));
    for (const g of groups) blocks.push(item(`${g.text} (${listText(g.units)}).`));
    blocks.push(paragraph({ text: "Ý kiến của cơ quan tổng hợp: ", italic: true }, FILL_IN));
  });
  return blocks;
}
