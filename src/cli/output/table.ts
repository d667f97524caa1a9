// Aligned plain-text tables for the terminal. Columns are sized by display width (see
// text-width.ts), so Vietnamese in NFC or NFD lines up; long cells are cut with "…".
import { terminalWidth } from "./terminal-width";
import { padToWidth, textWidth, truncateToWidth } from "./text-width";

export interface Column {
  title: string;
  align?: "left" | "right";
  /** Cells longer than this are cut. */
  maxWidth?: number;
  /** To fit a narrow terminal, the column may be cut down to this width ("…"); without it, it keeps its width. */
  minWidth?: number;
  /** To fit a narrow terminal, columns with a dropOrder are left out, lowest first, before any is cut. */
  dropOrder?: number;
}

/** Control characters from hostile files must not reach the terminal (no escape sequences). */
export function clean(cell: string): string {
  // eslint-disable-next-line no-control-regex
  return cell.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}

const GAP = 2;

function naturalWidths(columns: readonly Column[], cells: readonly (readonly string[])[]): number[] {
  return columns.map((c, i) => Math.max(textWidth(c.title), ...cells.map((r) => textWidth(r[i]))));
}

const totalWidth = (widths: readonly number[]) => widths.reduce((a, w) => a + w, 0) + GAP * Math.max(0, widths.length - 1);

/**
 * Which columns to keep and how wide, within `limit`: leave out the low-value columns (dropOrder,
 * lowest first) only while the table could not fit even with every shrinkable column cut to its
 * minWidth; then cut the shrinkable ones, the one with most to give first, until it fits.
 */
function fitColumns(columns: readonly Column[], widths: number[], limit: number): { keep: number[]; widths: number[] } {
  let keep = columns.map((_, i) => i);
  const fitted = [...widths];
  const width = () => totalWidth(keep.map((i) => fitted[i]));
  const narrowest = () => totalWidth(keep.map((i) => Math.min(fitted[i], columns[i].minWidth ?? fitted[i])));
  const droppable = keep.filter((i) => columns[i].dropOrder !== undefined).sort((a, b) => (columns[a].dropOrder ?? 0) - (columns[b].dropOrder ?? 0));
  for (const i of droppable) {
    if (narrowest() <= limit) break;
    keep = keep.filter((k) => k !== i);
  }
  while (width() > limit) {
    const shrinkable = keep.filter((i) => columns[i].minWidth !== undefined && fitted[i] > (columns[i].minWidth ?? 0));
    if (shrinkable.length === 0) break;
    const widest = shrinkable.reduce((a, b) => (fitted[b] - (columns[b].minWidth ?? 0) > fitted[a] - (columns[a].minWidth ?? 0) ? b : a));
    fitted[widest] = Math.max(columns[widest].minWidth ?? 0, fitted[widest] - Math.max(1, width() - limit));
  }
  return { keep, widths: fitted };
}

/** `width`: the terminal's (terminal-width.ts) by default; null = the full table. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], width: number | null = terminalWidth()): string {
  const cut = rows.map((row) => columns.map((c, i) => truncateToWidth(clean(row[i] ?? ""), c.maxWidth ?? 80)));
  const natural = naturalWidths(columns, cut);
  const { keep, widths } = width === null ? { keep: columns.map((_, i) => i), widths: natural } : fitColumns(columns, natural, width);
  const line = (row: readonly string[]) =>
    keep
      .map((i) => padToWidth(truncateToWidth(row[i], widths[i]), widths[i], columns[i].align))
      .join(" ".repeat(GAP))
      .trimEnd();
  const rule = keep.map((i) => "─".repeat(widths[i])).join(" ".repeat(GAP));
  return [line(columns.map((c) => c.title)), rule, ...cut.map(line)].join("\n") + "\n";
}
