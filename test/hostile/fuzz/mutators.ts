// Seeded mutations of a real filled form, at three depths: the zip bytes, the XML text of
// one part (re-zipped with fflate), and the values of cells (formula prefixes, huge strings,
// NFD text, numbers as text). Each mutation is a pure function of (base, random).
import { strFromU8, strToU8 } from "fflate";
import type { FormModel } from "../../../src/core/form";
import { pick, randomInt, type Random } from "../kit/prng";
import { setCell, sheetPartName, zipParts, type Parts } from "../kit/zip-parts";

export interface FuzzBase {
  form: FormModel;
  parts: Parts;
  zip: Uint8Array;
}

export type MutationKind = "zip-bytes" | "xml-text" | "cell-values" | "meta-values";

/** Text an officer, a keyboard or an attacker may put in a cell. */
export const HOSTILE_TEXTS: readonly string[] = [
  "=1+1",
  "=HYPERLINK(\"http://example.invalid\",\"bấm\")",
  "=cmd|' /C calc'!A0",
  "+1",
  "-1",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  "\uff1d1+1",
  "1.234",
  "1,234",
  "1.234,5",
  "1,234,567",
  "12,5",
  " 42 ",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "0x1F",
  "Có",
  "có",
  "C\u00f3".normalize("NFD"),
  "Không",
  "Xã Vĩnh Thủy".normalize("NFD"),
  "",
  "   ",
  "\u0000\u0001\u0008",
  "\ud800",
  "<script>alert(1)</script>",
  "&amp;&lt;",
  "__proto__",
  "constructor",
  "2024-12-09",
  "09/12/2024",
  "31/02/2024",
  "99999999999999999999999",
];

const HOSTILE_NUMBERS: readonly number[] = [0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 45635.5, 3.14159, 1e-300];

function hostileText(random: Random): string {
  const r = random();
  if (r < 0.08) return "Bạo lực ".repeat(1 + randomInt(random, 20_000)); // up to ~160 KB
  if (r < 0.12) return String.fromCharCode(...Array.from({ length: 1 + randomInt(random, 60) }, () => randomInt(random, 0xd7ff)));
  return pick(random, HOSTILE_TEXTS);
}

// ── zip bytes ──
export function mutateZipBytes(zip: Uint8Array, random: Random): Uint8Array {
  const op = randomInt(random, 5);
  const at = randomInt(random, zip.length);
  if (op === 0) {
    const out = zip.slice();
    const flips = 1 + randomInt(random, 24);
    for (let i = 0; i < flips; i++) out[randomInt(random, out.length)] ^= 1 + randomInt(random, 255);
    return out;
  }
  if (op === 1) return zip.slice(0, at); // truncated
  if (op === 2) {
    const length = 1 + randomInt(random, Math.min(4096, zip.length - at));
    const out = new Uint8Array(zip.length + length);
    out.set(zip.subarray(0, at + length));
    out.set(zip.subarray(at), at + length); // a slice duplicated in place
    return out;
  }
  if (op === 3) {
    const out = zip.slice();
    out.fill(0, at, at + 1 + randomInt(random, 512));
    return out;
  }
  // a random slice removed
  const end = Math.min(zip.length, at + 1 + randomInt(random, 2048));
  const out = new Uint8Array(zip.length - (end - at));
  out.set(zip.subarray(0, at));
  out.set(zip.subarray(end), at);
  return out;
}

// ── XML text ──
const XML_INSERTS = [
  "<",
  ">",
  "&",
  "&#0;",
  "&#xD800;",
  "&unknown;",
  '"',
  "<!DOCTYPE x>",
  '<!ENTITY e "x">',
  "<![CDATA[",
  "]]>",
  "<?pi?>",
  "<!--",
  "-->",
  '<c r="XFD1048576"><v>1</v></c>',
  '<c r="A0"><v>1</v></c>',
  '<c r="B20" t="s"><v>999999</v></c>',
  '<c r="B20" t="s"><v>-1</v></c>',
  '<c r="E20" t="e"><v>#DIV/0!</v></c>',
  '<c r="E20" t="b"><v>1</v></c>',
  '<row r="99999999">',
  "</row>",
  "</sheetData>",
  '<mergeCell ref="A1:XFD1048576"/>',
  '<sheet name="BaoCao" sheetId="9" r:id="rId1"/>',
  "\u0000",
];

function partChoices(parts: Parts, form: FormModel): string[] {
  void form;
  const names = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "[Content_Types].xml", "_rels/.rels"];
  for (const sheet of ["BaoCao", "_meta"]) {
    try {
      names.push(sheetPartName(parts, sheet), sheetPartName(parts, sheet)); // sheets twice as likely
    } catch {
      /* a base without that sheet */
    }
  }
  return names.filter((n) => n in parts);
}

export function mutateXmlText(base: FuzzBase, random: Random): Uint8Array {
  const parts: Parts = { ...base.parts };
  const name = pick(random, partChoices(parts, base.form));
  let xml = strFromU8(parts[name]);
  const edits = 1 + randomInt(random, 4);
  for (let e = 0; e < edits; e++) {
    const at = randomInt(random, xml.length + 1);
    const op = randomInt(random, 6);
    if (op === 0) xml = xml.slice(0, at) + pick(random, XML_INSERTS) + xml.slice(at);
    else if (op === 1) xml = xml.slice(0, at) + xml.slice(Math.min(xml.length, at + 1 + randomInt(random, 200)));
    else if (op === 2) {
      const slice = xml.slice(at, at + 1 + randomInt(random, 400));
      xml = xml.slice(0, at) + slice.repeat(1 + randomInt(random, 50)) + xml.slice(at);
    } else if (op === 3) {
      // change a number inside an attribute or a <v>
      xml = xml.replace(/\d+/g, (m) => (random() < 0.05 ? String(pick(random, [0, -1, 1e6, 2 ** 31, 1048577, 99999999])) : m));
    } else if (op === 4) {
      // a text run replaced by hostile text (escaped the way a writer would)
      const esc = hostileText(random).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      xml = xml.replace(/<t( [^>]*)?>[^<]*<\/t>/, (m, attrs: string | undefined) => (random() < 0.5 ? `<t${attrs ?? ""}>${esc}</t>` : m));
    } else {
      // swap a tag name for another valid one
      xml = xml.replace(pick(random, ["<row", "<c ", "<v>", "<si>", "<sheet "]), pick(random, ["<col", "<c r=\"A1\" ", "<f>", "<is>", "<x "]));
    }
  }
  parts[name] = strToU8(xml);
  return rezip(parts, name);
}

/** The edited part deflated (the inflate path is exercised), the untouched ones stored (fast). */
function rezip(parts: Parts, edited: string): Uint8Array {
  return zipParts(parts, (part) => (part === edited ? 1 : 0));
}

// ── cell values ──
function cellContent(random: Random): Parameters<typeof setCell>[2] {
  const r = random();
  if (r < 0.55) return { inlineText: hostileText(random) };
  if (r < 0.75) return { number: pick(random, HOSTILE_NUMBERS) };
  if (r < 0.9) return { formula: pick(random, ["1+1", "HYPERLINK(\"http://x\",\"y\")", "A1", "1/0"]), cachedText: hostileText(random) };
  return { empty: true };
}

export function mutateCellValues(base: FuzzBase, random: Random): Uint8Array {
  const parts: Parts = { ...base.parts };
  const name = sheetPartName(parts, "BaoCao");
  let xml = strFromU8(parts[name]);
  const refs = [
    ...Object.values(base.form.valueCells).map((c) => c.address),
    ...Object.values(base.form.noteCells).map((c) => c.address),
    base.form.reportDateCell.address,
  ].map((a) => a.slice(a.indexOf("!") + 1));
  // sometimes the code column (B) or header text too
  const codeRefs = refs.map((r) => r.replace(/^[A-Z]+/, "B"));
  const count = 1 + randomInt(random, 12);
  for (let i = 0; i < count; i++) {
    const ref = random() < 0.8 ? pick(random, refs) : pick(random, codeRefs);
    xml = setCell(xml, ref, cellContent(random));
  }
  parts[name] = strToU8(xml);
  return rezip(parts, name);
}

export function mutateMetaValues(base: FuzzBase, random: Random): Uint8Array {
  const parts: Parts = { ...base.parts };
  const name = sheetPartName(parts, "_meta");
  let xml = strFromU8(parts[name]);
  const rows = Object.values(base.form.metaRows);
  const count = 1 + randomInt(random, 4);
  for (let i = 0; i < count; i++) {
    const col = random() < 0.85 ? "B" : "A";
    const value =
      random() < 0.5
        ? { inlineText: pick(random, ["X_VINH_MOI", "x_vinh_thai ", "2024-H1", "2024-y", "2030-Y", "bdg-report", "2", "", "2024-12-09T10:00:00+07:00", "2024-13-45", ...HOSTILE_TEXTS]) }
        : cellContent(random);
    xml = setCell(xml, `${col}${pick(random, rows) + 1}`, value);
  }
  parts[name] = strToU8(xml);
  return rezip(parts, name);
}

export function mutate(kind: MutationKind, base: FuzzBase, random: Random): Uint8Array {
  if (kind === "zip-bytes") return mutateZipBytes(base.zip, random);
  if (kind === "xml-text") return mutateXmlText(base, random);
  if (kind === "cell-values") return mutateCellValues(base, random);
  return mutateMetaValues(base, random);
}
