// A tiny mutable builder used while laying out one sheet; buildForm freezes it into a SheetModel.
import type { CellModel, MergeModel } from "../sheet/sheet-model";
import type { StyleKey } from "./styles";

export interface SheetDraft {
  cells: CellModel[];
  merges: MergeModel[];
  rowHeights: Record<number, number>;
}

export function newDraft(): SheetDraft {
  return { cells: [], merges: [], rowHeights: {} };
}

/** A literal cell (strings stay text in every writer). */
export function put(
  draft: SheetDraft,
  row: number,
  col: number,
  value: string | number | null,
  style: StyleKey,
  extra: Partial<CellModel> = {},
): CellModel {
  const cell: CellModel = { row, col, value, style, ...extra };
  draft.cells.push(cell);
  return cell;
}

/** A style-only cell (a border or fill with no content). */
export function paint(draft: SheetDraft, row: number, col: number, style: StyleKey): void {
  draft.cells.push({ row, col, style });
}

/**
 * Merges a range whose top-left cell already exists. The covered cells get the same style as
 * style-only cells, so borders, fills and protection cover the whole merged area in every writer.
 */
export function merge(draft: SheetDraft, top: number, left: number, bottom: number, right: number, style: StyleKey): void {
  draft.merges.push({ top, left, bottom, right });
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      if (r !== top || c !== left) paint(draft, r, c, style);
    }
  }
}

/** A merged line of text across columns [left, right]. */
export function putMerged(
  draft: SheetDraft,
  row: number,
  left: number,
  right: number,
  value: string,
  style: StyleKey,
): void {
  put(draft, row, left, value, style);
  if (right > left) merge(draft, row, left, row, right, style);
}

export function setHeight(draft: SheetDraft, row: number, height: number): void {
  draft.rowHeights[row] = height;
}
