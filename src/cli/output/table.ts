// Aligned plain-text tables for the terminal. Columns are sized by display width (see
// text-width.ts), so Vietnamese in NFC or NFD lines up; long cells are cut with "…".
import { padToWidth, textWidth, truncateToWidth } from "./text-width";

export interface Column {
  title: string;
  align?: "left" | "right";
  /** Cells longer than this are cut. */
  maxWidth?: number;
}

/** Control characters from hostile files must not reach the terminal (no escape sequences). */
export function clean(cell: string): string {
  // eslint-disable-next-line no-control-regex
  return cell.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}

export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) => columns.map((c, i) => truncateToWidth(clean(row[i] ?? ""), c.maxWidth ?? 80)));
  const widths = columns.map((c, i) => Math.max(textWidth(c.title), ...cells.map((r) => textWidth(r[i]))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => padToWidth(cell, widths[i], columns[i].align))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(columns.map((c) => c.title)), rule, ...cells.map(line)].join("\n") + "\n";
}
