// xl/workbook.xml and the package's relationship and content-type parts (ECMA-376 Part 1 §18.2,
// Part 2 for the package). Sheet names are checked here: Excel refuses a file with a bad one.
import type { WorkbookModel } from "../../core/sheet/sheet-model";
import { printTitles, quotedSheetName } from "./print-parts";
import { rangeRef } from "./worksheet-part";
import { xmlEscape } from "./xml-text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function checkSheetNames(model: WorkbookModel): void {
  const seen = new Set<string>();
  for (const { name } of model.sheets) {
    if (name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new Error(`invalid sheet name ${JSON.stringify(name)}`);
    }
    const folded = name.toLocaleLowerCase();
    if (seen.has(folded)) throw new Error(`duplicate sheet name ${JSON.stringify(name)}`);
    seen.add(folded);
  }
}

/** The sheet Excel opens on: the first visible one (a hidden active sheet is an error in Excel). */
export function firstVisibleSheet(model: WorkbookModel): number {
  return Math.max(0, model.sheets.findIndex((s) => s.visibility === "visible"));
}

export function workbookXml(model: WorkbookModel): string {
  const active = firstVisibleSheet(model);
  const sheets = model.sheets
    .map((s, i) => {
      const state = s.visibility === "visible" ? "" : ` state="${s.visibility}"`;
      return `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
    })
    .join("");
  const names: string[] = [];
  model.sheets.forEach((s, i) => {
    // Excel keeps an autofilter's range in this hidden name; LibreOffice reads the filter from it too.
    if (s.autoFilter) {
      const ref = rangeRef(s.autoFilter).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlEscape(`${quotedSheetName(s.name)}!${ref}`)}</definedName>`);
    }
    const titles = printTitles(s);
    if (titles) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${titles}</definedName>`);
  });
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<workbookPr/><bookViews><workbookView activeTab="${active}" firstSheet="${active}"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "") +
    // No formula carries a cached value: every program must calculate the whole book on opening it.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
    "</workbook>"
  );
}

export function workbookRelsXml(sheetCount: number): string {
  const rels: string[] = [];
  for (let i = 1; i <= sheetCount; i++) {
    rels.push(`<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`);
  }
  rels.push(`<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${sheetCount + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
}

export function rootRelsXml(): string {
  return (
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    "</Relationships>"
  );
}

export function appPropertiesXml(application: string): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>${xmlEscape(application)}</Application></Properties>`
  );
}

export function contentTypesXml(sheetCount: number): string {
  const type = "application/vnd.openxmlformats-officedocument";
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${type}.spreadsheetml.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${type}.spreadsheetml.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${type}.spreadsheetml.sharedStrings+xml"/>`,
    `<Override PartName="/docProps/app.xml" ContentType="${type}.extended-properties+xml"/>`,
  ];
  for (let i = 1; i <= sheetCount; i++) {
    overrides.push(`<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${type}.spreadsheetml.worksheet+xml"/>`);
  }
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.join("") +
    "</Types>"
  );
}
