// Hand-built .xlsx packages (zipSync) for layouts that exceljs never writes: inline strings,
// namespace prefixes, cells without r, hostile content.
import { strToU8, zipSync, type Zippable } from "fflate";

export interface HandSheet {
  name: string;
  /** The whole worksheet part, or just the <sheetData> inner XML when `rows` is used. */
  xml?: string;
  rows?: string;
  state?: "hidden" | "veryHidden";
}

export interface HandPackage {
  sheets: HandSheet[];
  /** Inner XML of <sst>, e.g. "<si><t>a</t></si>". */
  sharedStrings?: string;
  /** Replace the whole workbook part. */
  workbookXml?: string;
  /** Targets as written in the rels (default "worksheets/sheetN.xml"). */
  sheetTarget?: (index: number) => string;
  /** Extra or replacing parts. */
  parts?: Record<string, string | Uint8Array>;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export function worksheetXml(sheetData: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData></worksheet>`;
}

export function handBuiltParts(pkg: HandPackage): Record<string, Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  };
  const sheetEntries = pkg.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  parts["xl/workbook.xml"] = pkg.workbookXml ?? `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetEntries}</sheets></workbook>`;
  const target = pkg.sheetTarget ?? ((i: number) => `worksheets/sheet${i + 1}.xml`);
  let rels = pkg.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(i)}"/>`).join("");
  if (pkg.sharedStrings !== undefined) {
    rels += `<Relationship Id="rIdSst" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
    parts["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${pkg.sharedStrings}</sst>`;
  }
  parts["xl/_rels/workbook.xml.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels}</Relationships>`;
  pkg.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml ?? worksheetXml(s.rows ?? "");
  });
  Object.assign(parts, pkg.parts ?? {});
  const bytes: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) bytes[name] = typeof content === "string" ? strToU8(content) : content;
  return bytes;
}

/** level 1 compresses big generated sheets several times faster than the default 6. */
export function handBuiltXlsx(pkg: HandPackage, level: 1 | 6 = 6): Uint8Array {
  return zipParts(handBuiltParts(pkg), level);
}

export function zipParts(parts: Record<string, Uint8Array>, level: 1 | 6 = 6): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(parts)) zippable[name] = [content, { level }];
  return zipSync(zippable);
}

/**
 * Rewrites the declared uncompressed size of every entry (local and central headers) to `size`:
 * a zip bomb lies about its sizes, and the reader must not care.
 */
export function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const eocd = out.length - 22; // zipSync writes no archive comment
  if (view.getUint32(eocd, true) !== 0x06054b50) throw new Error("no EOCD");
  let at = view.getUint32(eocd + 16, true);
  for (let n = view.getUint16(eocd + 10, true); n > 0; n--) {
    view.setUint32(at + 24, size, true);
    view.setUint32(view.getUint32(at + 42, true) + 22, size, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
