// Renders a WorkbookModel to .xlsx bytes: SpreadsheetML written straight from the model and zipped
// with fflate (already in every bundle for the reader). It only renders: every layout decision,
// print settings included, is in the model (src/core/form, src/core/consolidate).
// Chosen over exceljs by measurement (bench/write-xlsx.bench.ts): exceljs loads 660 modules
// before it writes a byte, and its browser chunk alone is ~255 KB gzipped.
import { strToU8, zipSync, type Zippable } from "fflate";
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

const APPLICATION = "Báo cáo BĐG";
/** A fixed time in every zip entry: the same model gives the same bytes. */
const ZIP_TIME = new Date(2000, 0, 1);

/** The .xlsx bytes of `model`, synchronously. Formulas carry no cached value; the file asks for a full calculation on load. */
export function writeWorkbookSync(model: WorkbookModel): Uint8Array {
  checkSheetNames(model);
  const styles = new StyleRegistry();
  const strings = new SharedStrings();
  const active = firstVisibleSheet(model);
  const files: Zippable = {};
  files["[Content_Types].xml"] = strToU8(contentTypesXml(model.sheets.length));
  files["_rels/.rels"] = strToU8(rootRelsXml());
  files["docProps/app.xml"] = strToU8(appPropertiesXml(APPLICATION));
  files["xl/workbook.xml"] = strToU8(workbookXml(model));
  files["xl/_rels/workbook.xml.rels"] = strToU8(workbookRelsXml(model.sheets.length));
  model.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(sheet, i === active, styles, strings));
  });
  // Styles and strings last: the sheets fill both registries.
  files["xl/styles.xml"] = strToU8(styles.xml());
  files["xl/sharedStrings.xml"] = strToU8(strings.xml());
  return zipSync(files, { level: 6, mtime: ZIP_TIME });
}

/** The .xlsx bytes of `model` (async for the callers that await a writer). */
export async function writeWorkbook(model: WorkbookModel): Promise<Uint8Array> {
  return writeWorkbookSync(model);
}
