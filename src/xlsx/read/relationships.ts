// OPC relationships (_rels/*.rels): Id → target part name, resolved against the source part's folder.
import { TOKEN_END, TOKEN_OPEN, XmlScanner } from "./xml-scanner";

export interface Relationship {
  /** Absolute part name without the leading "/", e.g. "xl/worksheets/sheet1.xml". */
  target: string;
  /** Last segment of the relationship type URI, e.g. "worksheet", "officeDocument". */
  type: string;
}

/** Folder of a part: "xl/workbook.xml" → "xl/". */
export function partFolder(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** The rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const folder = partFolder(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** Anything the plain join below would get wrong: an escape, a backslash, "//", "." or ".." segments, a trailing "/". */
const NEEDS_RESOLVING = /[%\\]|\/\/|(^|\/)\.\.?(\/|$)|\/$/;

/** Resolves "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml" or "../xl/x.xml" against a folder. */
export function resolveTarget(folder: string, target: string): string {
  // The usual target ("worksheets/sheet1.xml") is the folder plus itself.
  if (!NEEDS_RESOLVING.test(target) && target !== "") return target.startsWith("/") ? target.slice(1) : folder + target;
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    /* keep as written */
  }
  const path = decoded.startsWith("/") ? decoded.slice(1) : folder + decoded;
  const out: string[] = [];
  for (const seg of path.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

export function parseRelationships(xml: Uint8Array, part: string, sourceFolder: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const scanner = new XmlScanner(xml, part);
  for (let t = scanner.next(); t !== TOKEN_END; t = scanner.next()) {
    if (t !== TOKEN_OPEN || !scanner.is("Relationship")) continue;
    const id = scanner.attr("Id");
    const target = scanner.attr("Target");
    if (id === null || target === null || scanner.attr("TargetMode") === "External") continue;
    const type = scanner.attr("Type") ?? "";
    rels.set(id, { target: resolveTarget(sourceFolder, target), type: type.slice(type.lastIndexOf("/") + 1) });
  }
  return rels;
}
