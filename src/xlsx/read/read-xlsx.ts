// readXlsx: bytes of an .xlsx → plain cell values of every sheet, or the reason it cannot be read.
// Only the parts that carry values are inflated (workbook, its rels, shared strings, worksheets);
// styles, drawings and media are never touched. Runs in Node and in the browser: the codec that
// inflates is a parameter (fflate by default; the CLI passes Node's zlib, node-zip-codec.ts).
import type { SheetGrid, WorkbookGrid } from "../../core/grid";
import { PaddingBudget } from "./grid-shape";
import { InflateBudget } from "./inflate-budget";
import { partBytes } from "./part-xml";
import { DEFAULT_READ_LIMITS, type ReadLimits, type ReadXlsxResult } from "./read-result";
import { parseRelationships, partFolder, relsPartOf, type Relationship } from "./relationships";
import { parseSharedStrings } from "./shared-strings-part";
import { parseSheetPart } from "./sheet-part";
import { assertLooksLikeZip } from "./sniff-format";
import { corrupt, UnreadableError } from "./unreadable-error";
import { notXlsx, tooManySheets, unexpectedFailure } from "./unreadable-messages";
import { parseWorkbookPart } from "./workbook-part";
import type { ZipCodec } from "./zip-codec";
import { readZipDirectory, type ZipDirectory } from "./zip-directory";

const DEFAULT_WORKBOOK_PART = "xl/workbook.xml";

/** Which sheets' cells to read, by name; the others come back with no rows (and are not inflated). */
export type SheetWanted = (name: string) => boolean;
const EVERY_SHEET: SheetWanted = () => true;

/**
 * Never throws: every failure, foreseen or not, comes back as { ok: false, reason, message }.
 * `codec` inflates: fflate in the browser (index.ts), Node's zlib in the CLI (node-read.ts); this
 * file imports neither, so each bundle carries only its own.
 */
export function readXlsxWith(codec: ZipCodec, bytes: Uint8Array, limits?: Partial<ReadLimits>, wanted: SheetWanted = EVERY_SHEET): ReadXlsxResult {
  try {
    return readOrThrow(bytes, limits === undefined ? DEFAULT_READ_LIMITS : { ...DEFAULT_READ_LIMITS, ...limits }, codec, wanted);
  } catch (e) {
    const failure = e instanceof UnreadableError ? e : unexpectedFailure();
    return { ok: false, reason: failure.reason, message: failure.message };
  }
}

class Package {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly directory: ZipDirectory,
    private readonly budget: InflateBudget,
  ) {}

  has(part: string): boolean {
    return this.directory.has(part.toLowerCase());
  }

  /** The part's XML as UTF-8 bytes, or null when the package has no such part. */
  xml(part: string): Uint8Array | null {
    const entry = this.directory.get(part.toLowerCase());
    return entry === undefined ? null : partBytes(this.budget.inflate(this.bytes, entry));
  }

  relationships(part: string): Map<string, Relationship> {
    const relsPart = relsPartOf(part);
    const xml = this.xml(relsPart);
    return xml === null ? new Map() : parseRelationships(xml, relsPart, partFolder(part));
  }
}

/** The workbook part named by the package's officeDocument relationship, else the usual xl/workbook.xml. */
function findWorkbookPart(pkg: Package): string {
  for (const rel of pkg.relationships("").values()) {
    if (rel.type === "officeDocument" && pkg.has(rel.target)) return rel.target;
  }
  if (pkg.has(DEFAULT_WORKBOOK_PART)) return DEFAULT_WORKBOOK_PART;
  if (pkg.has("xl/workbook.bin")) throw notXlsx("đây là sổ làm việc nhị phân .xlsb; hãy Lưu thành .xlsx");
  throw notXlsx();
}

function readOrThrow(bytes: Uint8Array, limits: Readonly<ReadLimits>, codec: ZipCodec, wanted: SheetWanted): ReadXlsxResult {
  assertLooksLikeZip(bytes);
  const pkg = new Package(bytes, readZipDirectory(bytes), new InflateBudget(limits.maxUncompressedBytes, codec));
  const workbookPart = findWorkbookPart(pkg);
  const workbook = parseWorkbookPart(pkg.xml(workbookPart) ?? new Uint8Array(0), workbookPart);
  if (workbook.sheets.length > limits.maxSheets) throw tooManySheets(workbook.sheets.length, limits.maxSheets);
  const rels = pkg.relationships(workbookPart);

  let sharedStrings: string[] | null = null;
  for (const rel of rels.values()) {
    if (rel.type !== "sharedStrings") continue;
    const xml = pkg.xml(rel.target);
    if (xml !== null) sharedStrings = parseSharedStrings(xml, rel.target);
    break;
  }

  const padding = new PaddingBudget();
  const sheets: SheetGrid[] = workbook.sheets.map((sheet) => {
    const rel = rels.get(sheet.relationshipId);
    if (rel === undefined) throw corrupt(`không thấy liên kết của trang tính "${sheet.name}"`);
    // Chart sheets and dialog sheets have no cells; a sheet not wanted is not even inflated.
    if (rel.type !== "worksheet" || !wanted(sheet.name)) return { name: sheet.name, visibility: sheet.visibility, rows: [] };
    const xml = pkg.xml(rel.target);
    if (xml === null) throw corrupt(`thiếu phần "${rel.target}" của trang tính "${sheet.name}"`);
    const rows = parseSheetPart(xml, rel.target, { sheetName: sheet.name, sharedStrings, maxCells: limits.maxCellsPerSheet, padding });
    return { name: sheet.name, visibility: sheet.visibility, rows };
  });
  // The date system travels with the cells: a serial means nothing without it (docs/contract.md §4.1).
  const grid: WorkbookGrid = workbook.date1904 ? { sheets, date1904: true } : { sheets };
  return { ok: true, workbook: grid, date1904: workbook.date1904 };
}
