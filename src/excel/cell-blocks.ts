// A sheet's cells → rectangular blocks written with one assignment each (2-D arrays,
// never cell by cell: one cell at a time is one queued action per cell, thousands per form). Consecutive non-empty rows form a band spanning its min..max columns;
// empty rows split bands so a sparse sheet doesn't send a huge empty rectangle. A band larger
// than the byte budget is cut into row chunks. `null` in an Office.js 2-D array means
// "leave this cell alone", so holes cost nothing.
import type { CellModel, SheetModel } from "../core/sheet";
import { jsonBytes } from "./payload";
import { TEXT_FORMAT, needsTextFormat } from "./text-guard";

export type Literal = string | number | boolean;

export interface CellBlock {
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** Number formats, written first; null when no cell in the block has one. */
  numberFormat: (string | null)[][] | null;
  /** Literals; null when the block has none. */
  values: (Literal | null)[][] | null;
  /** "=…" formulas; null when the block has none. */
  formulas: (string | null)[][] | null;
  bytes: number;
}

function formulaText(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

function literal(value: CellModel["value"]): Literal | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

function numberFormatOf(sheet: SheetModel, cell: CellModel): string | null {
  if (cell.formula === undefined && needsTextFormat(cell.value)) return TEXT_FORMAT;
  const fmt = cell.style ? sheet.styles[cell.style]?.numFmt : undefined;
  // A formula in a Text cell would be stored as its source text: never give a formula "@".
  if (fmt === undefined || (cell.formula !== undefined && fmt === TEXT_FORMAT)) return null;
  return fmt;
}

function bands(cells: readonly CellModel[]): CellModel[][][] {
  const byRow = new Map<number, CellModel[]>();
  for (const c of cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const out: CellModel[][][] = [];
  let band: CellModel[][] = [];
  let last = -2;
  for (const r of rows) {
    if (r !== last + 1 && band.length) {
      out.push(band);
      band = [];
    }
    band.push(byRow.get(r) ?? []);
    last = r;
  }
  if (band.length) out.push(band);
  return out;
}

export function cellBlocks(sheet: SheetModel, maxBlockBytes: number): CellBlock[] {
  const blocks: CellBlock[] = [];
  for (const band of bands(sheet.cells)) {
    let left = Infinity;
    let right = -Infinity;
    for (const row of band) {
      for (const c of row) {
        left = Math.min(left, c.col);
        right = Math.max(right, c.col);
      }
    }
    const cols = right - left + 1;
    let chunk: { top: number; fmt: (string | null)[][]; val: (Literal | null)[][]; fx: (string | null)[][]; bytes: number } | null = null;
    let flags = { fmt: false, val: false, fx: false };
    const flush = () => {
      if (!chunk) return;
      blocks.push({
        top: chunk.top,
        left,
        rows: chunk.fmt.length,
        cols,
        numberFormat: flags.fmt ? chunk.fmt : null,
        values: flags.val ? chunk.val : null,
        formulas: flags.fx ? chunk.fx : null,
        bytes: chunk.bytes,
      });
      chunk = null;
      flags = { fmt: false, val: false, fx: false };
    };
    for (const row of band) {
      const fmt: (string | null)[] = new Array(cols).fill(null);
      const val: (Literal | null)[] = new Array(cols).fill(null);
      const fx: (string | null)[] = new Array(cols).fill(null);
      for (const c of row) {
        const i = c.col - left;
        fmt[i] = numberFormatOf(sheet, c);
        if (c.formula !== undefined) fx[i] = formulaText(c.formula);
        else val[i] = literal(c.value);
      }
      const rowBytes = jsonBytes(fmt) + jsonBytes(val) + jsonBytes(fx);
      if (chunk && chunk.bytes + rowBytes > maxBlockBytes) flush();
      if (!chunk) chunk = { top: row[0].row, fmt: [], val: [], fx: [], bytes: 0 };
      chunk.fmt.push(fmt);
      chunk.val.push(val);
      chunk.fx.push(fx);
      chunk.bytes += rowBytes;
      flags.fmt ||= fmt.some((x) => x !== null);
      flags.val ||= val.some((x) => x !== null);
      flags.fx ||= fx.some((x) => x !== null);
    }
    flush();
  }
  return blocks;
}
