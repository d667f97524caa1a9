// Every sheet's used range as values → WorkbookGrid, split under the response cap.
//
// Excel on the web caps a response at 5 MB, reads included ("Resource limits and performance
// optimization for Office Add-ins": "a payload size limit for requests and responses of 5MB"), so
// reading every sheet in one request can fail on a big workbook. Three requests, the minimum
// that allows an estimate: the sheet list (a collection's items exist only after a sync), then
// each used range's position and size, then the values in row bands packed into requests whose
// estimated response (cells × CELL_RESPONSE_BYTES) stays under the budget. The estimate cannot
// know how long each text is: a request whose response still passes the cap is split in two and
// sent again, down to single rows. Rows and columns are padded so that rows[r][c] is the sheet's
// absolute 0-based cell.
import type { CellValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { rectAddress } from "./sheet-address";
import { errorCode } from "./office-errors";
import { loadSheetList, type SheetInfo } from "./sheet-list";
import type { HostSupport } from "./support";

/** Excel's error values as they arrive in `values` (used only when valueTypes is not available). */
export const EXCEL_ERROR_VALUES = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

/**
 * Estimated response bytes of one cell read as values + valueTypes: a short value and its type in
 * JSON ("123.5","Double" with separators). Long texts exceed it; the split-and-retry covers them.
 */
export const CELL_RESPONSE_BYTES = 32;

const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error" || (type === undefined && typeof value === "string" && EXCEL_ERROR_VALUES.has(value))) {
    return { error: String(value) };
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** A block's values at absolute coordinates into `rows` (rows[r][c], padded). */
function placeBlock(rows: CellValue[][], top: number, left: number, values: unknown[][], types: string[][] | undefined): void {
  values.forEach((row, r) => {
    const out = (rows[top + r] ??= []);
    for (let c = 0; c < left; c++) if (out[c] === undefined) out[c] = null;
    row.forEach((v, c) => (out[left + c] = toCellValue(v, types?.[r]?.[c])));
  });
}

function padded(rows: CellValue[][]): CellValue[][] {
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
}

/** A used range (loaded with USED_RANGE_FIELDS) → rows at absolute coordinates; a null object → no rows. */
export function toRows(range: Excel.Range): CellValue[][] {
  if (range.isNullObject) return [];
  const rows: CellValue[][] = [];
  placeBlock(rows, range.rowIndex, range.columnIndex, range.values, range.valueTypes as string[][] | undefined);
  return padded(rows);
}

export interface WorkbookRead {
  grid: WorkbookGrid;
  sheets: SheetInfo[];
}

/** What toRows() needs of a used range. */
export const USED_RANGE_FIELDS = "values,valueTypes,rowIndex,columnIndex";
const SHAPE_FIELDS = "rowIndex,columnIndex,rowCount,columnCount";

/**
 * A sheet's used range, values only (formatting alone does not count): getUsedRangeOrNullObject
 * (ExcelApi 1.4) where it exists; before, getUsedRange (1.1; its valuesOnly argument is 1.2),
 * which gives A1 for an empty sheet.
 */
export function usedRangeOf(sheet: Excel.Worksheet, support: HostSupport): Excel.Range {
  if (support.readInOneRequest) return sheet.getUsedRangeOrNullObject(true);
  return support.protection ? sheet.getUsedRange(true) : sheet.getUsedRange();
}

/** Queues the load of a sheet's used range with its values. */
export function queueUsedRange(sheet: Excel.Worksheet, support: HostSupport): Excel.Range {
  const range = usedRangeOf(sheet, support);
  range.load(USED_RANGE_FIELDS);
  return range;
}

interface Band {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function bandsOf(sheet: number, shape: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }, budget: number): Band[] {
  const rowsPerBand = Math.max(1, Math.floor(budget / (shape.columnCount * CELL_RESPONSE_BYTES)));
  const out: Band[] = [];
  for (let r = 0; r < shape.rowCount; r += rowsPerBand) {
    out.push({ sheet, top: shape.rowIndex + r, left: shape.columnIndex, rows: Math.min(rowsPerBand, shape.rowCount - r), cols: shape.columnCount });
  }
  return out;
}

/** Packs bands into requests of at most `budget` estimated response bytes. */
function pack(bands: readonly Band[], budget: number): Band[][] {
  const out: Band[][] = [];
  let current: Band[] = [];
  let bytes = 0;
  for (const b of bands) {
    const cost = b.rows * b.cols * CELL_RESPONSE_BYTES;
    if (current.length && bytes + cost > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(b);
    bytes += cost;
  }
  if (current.length) out.push(current);
  return out;
}

/** Halves a request that came back too large: two requests, or a band cut in two. */
function halves(request: Band[]): Band[][] | null {
  if (request.length > 1) return [request.slice(0, request.length >> 1), request.slice(request.length >> 1)];
  const [b] = request;
  if (b.rows <= 1) return null;
  const upper = b.rows >> 1;
  return [[{ ...b, rows: upper }], [{ ...b, top: b.top + upper, rows: b.rows - upper }]];
}

/** The values of `sheets` (their used ranges), in as few requests as the response budget allows. */
export async function readSheetsIn(
  context: Excel.RequestContext,
  sheets: readonly SheetInfo[],
  support: HostSupport,
  budget: number,
): Promise<SheetGrid[]> {
  const shapes = sheets.map((s) => {
    const range = usedRangeOf(s.proxy, support);
    range.load(SHAPE_FIELDS);
    return range;
  });
  await context.sync();
  const rows: CellValue[][][] = sheets.map(() => []);
  const bands = shapes.flatMap((shape, i) => (shape.isNullObject ? [] : bandsOf(i, shape, budget)));
  const queue = pack(bands, budget);
  while (queue.length) {
    const request = queue.shift() as Band[];
    const loaded = request.map((b) => {
      const range = sheets[b.sheet].proxy.getRange(rectAddress({ top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.cols - 1 }));
      range.load("values,valueTypes");
      return range;
    });
    try {
      await context.sync();
    } catch (error) {
      const split = errorCode(error) === RESPONSE_TOO_LARGE ? halves(request) : null;
      if (!split) throw error;
      queue.unshift(...split);
      continue;
    }
    request.forEach((b, i) => placeBlock(rows[b.sheet], b.top, b.left, loaded[i].values, loaded[i].valueTypes as string[][]));
  }
  return sheets.map((s, i) => ({ name: s.name, visibility: s.visibility, rows: padded(rows[i]) }));
}

export async function readWorkbookIn(context: Excel.RequestContext, support: HostSupport, budget: number): Promise<WorkbookRead> {
  const sheets = await loadSheetList(context, support);
  return { grid: { sheets: await readSheetsIn(context, sheets, support, budget) }, sheets };
}
