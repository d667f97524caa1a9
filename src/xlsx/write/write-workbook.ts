// Renders a WorkbookModel to .xlsx bytes: SpreadsheetML written straight from the model and zipped
// (zip-archive.ts) with the platform's deflate: fflate in the browser (index.ts), Node's zlib in
// the CLI (node-write.ts); this file imports neither. It only renders: every layout decision,
// print settings included, is in the model (src/core/form, src/core/consolidate).
// Chosen over exceljs by measurement (bench/write-xlsx.bench.ts): exceljs loads 660 modules
// before it writes a byte, and its browser chunk alone is ~255 KB gzipped.
import type { WorkbookModel } from "../../core/sheet/sheet-model";
import { SharedStrings } from "./shared-strings";
import { StyleRegistry } from "./styles-part";
import {
  appPropertiesXml,
  checkSheetNames,
  contentTypesXml,
  firstVisibleSheet,
  rootRelsXml,
  workbookRelsXml,
  workbookXml,
} from "./workbook-part";
import { worksheetXml } from "./worksheet-part";
import { zipArchive, type Deflater, type ZipPart } from "./zip-archive";

const APPLICATION = "Báo cáo BĐG";
const utf8 = new TextEncoder();

/** The .xlsx bytes of `model`, deflated by `deflater`. Formulas carry no cached value; the file asks for a full calculation on load. */
export function writeWorkbookWith(deflater: Deflater, model: WorkbookModel): Uint8Array {
  checkSheetNames(model);
  const styles = new StyleRegistry();
  const strings = new SharedStrings();
  const active = firstVisibleSheet(model);
  const parts: ZipPart[] = [];
  const add = (name: string, xml: string) => parts.push({ name, bytes: utf8.encode(xml) });
  add("[Content_Types].xml", contentTypesXml(model.sheets.length));
  add("_rels/.rels", rootRelsXml());
  add("docProps/app.xml", appPropertiesXml(APPLICATION));
  add("xl/workbook.xml", workbookXml(model));
  add("xl/_rels/workbook.xml.rels", workbookRelsXml(model.sheets.length));
  model.sheets.forEach((sheet, i) => add(`xl/worksheets/sheet${i + 1}.xml`, worksheetXml(sheet, i === active, styles, strings)));
  // Styles and strings last: the sheets fill both registries.
  add("xl/styles.xml", styles.xml());
  add("xl/sharedStrings.xml", strings.xml());
  return zipArchive(parts, deflater);
}
