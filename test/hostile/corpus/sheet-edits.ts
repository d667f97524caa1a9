// Edits of a real form's parts, the way other tools and hands damage them: merged cells,
// formulas, extra rows, DOCTYPE declarations. Plain string edits of the XML exceljs wrote.
import { strToU8 } from "fflate";
import type { FormModel } from "../../../src/core/form";
import { partText, setCell, setPartText, sheetPartName, type CellXml, type Parts } from "../kit/zip-parts";

export const REPORT = "BaoCao";

/** "BaoCao!E25" → "E25". */
export function localRef(address: string): string {
  return address.slice(address.indexOf("!") + 1);
}

export function editReportSheet(parts: Parts, edit: (xml: string) => string): void {
  const name = sheetPartName(parts, REPORT);
  setPartText(parts, name, edit(partText(parts, name)));
}

export function setReportCell(parts: Parts, ref: string, content: CellXml): void {
  editReportSheet(parts, (xml) => setCell(xml, ref, content));
}

/** Adds <mergeCell ref=…/> entries the way Excel stores a merge (the other cells become empty). */
export function addMerges(parts: Parts, refs: string[]): void {
  editReportSheet(parts, (xml) => {
    const list = refs.map((r) => `<mergeCell ref="${r}"/>`).join("");
    const existing = /<mergeCells count="(\d+)">/.exec(xml);
    if (existing) {
      const count = Number(existing[1]) + refs.length;
      return xml.replace(existing[0], `<mergeCells count="${count}">${list}`);
    }
    return xml.replace("</sheetData>", `</sheetData><mergeCells count="${refs.length}">${list}</mergeCells>`);
  });
}

/** Inserts raw XML just before </sheetData> (extra rows below the form). */
export function appendRows(parts: Parts, rowsXml: string): void {
  editReportSheet(parts, (xml) => xml.replace("</sheetData>", `${rowsXml}</sheetData>`));
}

/** Puts a DOCTYPE (with entity declarations) right after the XML declaration of a part. */
export function withDoctype(parts: Parts, part: string, doctype: string): void {
  const xml = partText(parts, part);
  const declEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
  parts[part] = strToU8(xml.slice(0, declEnd) + doctype + xml.slice(declEnd));
}

export function valueRef(form: FormModel, code: string): string {
  const cell = form.valueCells[code];
  if (!cell) throw new Error(`no value cell for ${code} on ${form.unit.code}`);
  return localRef(cell.address);
}

/** The row's "Mục tiêu" cell, right of the value (merged over by a careless officer). */
export function rightOf(ref: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(ref);
  return `${String.fromCharCode(m[1].charCodeAt(0) + 1)}${m[2]}`;
}

export function below(ref: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(ref);
  return `${m[1]}${Number(m[2]) + 1}`;
}
