// A stamped copy of a filled form (file-mode "Hoàn tất", docs/contract.md §1 submitted_at): the
// original .xlsx with only its `_meta` sheet's cells replaced. Every other part (the officer's
// values, formats, other sheets) is carried over byte for byte; the `_meta` sheet keeps its own
// settings (protection, visibility) and gets its key/value table as inline strings, so text is
// never a formula. The input bytes are never changed.
import { unzipSync, zipSync, type Zippable } from "fflate";
import { META_SHEET } from "../../core/form/layout";
import type { MetaPairs } from "../../core/ports";
import { parseRelationships, partFolder, relsPartOf } from "../read/relationships";
import { parseWorkbookPart } from "../read/workbook-part";
import { textElement } from "../write/xml-text";

export type ReplaceMetaResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

function cellXml(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is>${textElement(text)}</is></c>`;
}

function sheetDataXml(pairs: MetaPairs): string {
  const rows = pairs.map(([key, value], i) => `<row r="${i + 1}">${cellXml(`A${i + 1}`, key)}${cellXml(`B${i + 1}`, value)}</row>`);
  return `<sheetData>${rows.join("")}</sheetData>`;
}

export function replaceMetaSheet(original: Uint8Array, pairs: MetaPairs): ReplaceMetaResult {
  if (pairs.length === 0) return { ok: false, message: "bảng _meta trống" };
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(original);
  } catch {
    return { ok: false, message: "tệp không phải sổ .xlsx đọc được" };
  }
  const rootRels = parts["_rels/.rels"];
  const office = rootRels ? [...parseRelationships(rootRels, "_rels/.rels", "").values()].find((r) => r.type === "officeDocument") : undefined;
  const workbookPart = office?.target ?? "xl/workbook.xml";
  const workbookXml = parts[workbookPart];
  const workbookRels = parts[relsPartOf(workbookPart)];
  if (!workbookXml || !workbookRels) return { ok: false, message: "thiếu phần workbook trong tệp .xlsx" };
  const entry = parseWorkbookPart(workbookXml, workbookPart).sheets.find((s) => s.name === META_SHEET);
  const sheetPart = entry ? parseRelationships(workbookRels, relsPartOf(workbookPart), partFolder(workbookPart)).get(entry.relationshipId)?.target : undefined;
  const sheetXml = sheetPart ? parts[sheetPart] : undefined;
  if (!sheetPart || !sheetXml) return { ok: false, message: `không tìm thấy trang ${META_SHEET}` };

  const xml = new TextDecoder().decode(sheetXml);
  const data = sheetDataXml(pairs);
  const dimension = `<dimension ref="A1:B${pairs.length}"/>`;
  let replaced = /<sheetData\s*\/>/.test(xml) ? xml.replace(/<sheetData\s*\/>/, () => data) : xml.replace(/<sheetData[\s>][\s\S]*?<\/sheetData>/, () => data);
  if (replaced === xml) return { ok: false, message: `trang ${META_SHEET} không có bảng dữ liệu` };
  replaced = replaced.replace(/<dimension\b[^>]*\/>/, () => dimension);
  const out: Zippable = {};
  for (const [name, bytes] of Object.entries(parts)) out[name] = name === sheetPart ? new TextEncoder().encode(replaced) : bytes;
  return { ok: true, bytes: zipSync(out, { level: 6 }) };
}
