// Files that must not be read: each gets its own reason and a Vietnamese message, never an exception.
import { strToU8, zipSync } from "fflate";
import type { ReadLimits, UnreadableReason } from "../../../src/xlsx/read";
import { eachCodec, readWithCodec as readXlsx } from "./codecs";
import { handBuiltParts, handBuiltXlsx, lieAboutSizes, worksheetXml, zipParts } from "./hand-built-package";

/** A letter only Vietnamese uses: the message is written for the officer. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

function valueRows(count: number, perRow = 10): string {
  let xml = "";
  for (let r = 0; r * perRow < count; r++) {
    xml += `<row r="${r + 1}">`;
    for (let c = 0; c < perRow && r * perRow + c < count; c++) xml += `<c><v>${c}</v></c>`;
    xml += "</row>";
  }
  return xml;
}

/** A Compound File Binary header (old .xls, or an encrypted .xlsx) with the given directory names. */
function cfbFile(streamNames: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streamNames.forEach((name, i) => {
    const at = 1024 + i * 128; // directory entries: UTF-16LE names
    for (let k = 0; k < name.length; k++) bytes[at + 2 * k] = name.charCodeAt(k);
  });
  return bytes;
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>`;

const docx = zipSync({
  "[Content_Types].xml": strToU8(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
  "_rels/.rels": strToU8(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  ),
  "word/document.xml": strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`),
});

const small = handBuiltXlsx({ sheets: [{ name: "S", rows: `<row r="1"><c r="A1"><v>1</v></c></row>` }] });

function withZipEncryptionFlag(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  for (let i = 0; i + 4 <= out.length; i++) {
    if (out[i] === 0x50 && out[i + 1] === 0x4b && out[i + 2] === 0x01 && out[i + 3] === 0x02) out[i + 8] |= 1;
  }
  return out;
}

/** 5 MB of sheet that compresses to a few KB. */
const FIVE_MB_SHEET = worksheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>` + " ".repeat(5_000_000));

let seed = 7;
function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out[i] = seed >> 16;
  }
  return out;
}

eachCodec(() => {
  describe("readXlsx: unreadable files", () => {
    it.each<[string, () => Uint8Array, Partial<ReadLimits> | undefined, UnreadableReason]>([
      ["0 bytes", () => new Uint8Array(0), undefined, "empty"],
      ["random bytes", () => randomBytes(5000), undefined, "not_zip"],
      ["a PDF renamed .xlsx", () => strToU8("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), undefined, "not_zip"],
      ["a text file renamed .xlsx", () => strToU8("Mã,Số liệu\nNX01,12\n"), undefined, "not_zip"],
      ["a password-protected workbook (CFB with EncryptedPackage)", () => cfbFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]), undefined, "encrypted"],
      ["an old .xls (CFB without EncryptedPackage)", () => cfbFile(["Root Entry", "Workbook", "SummaryInformation"]), undefined, "legacy_xls"],
      ["a .docx renamed .xlsx", () => docx, undefined, "not_xlsx"],
      ["a zip without any workbook", () => zipSync({ "readme.txt": strToU8("xin chào") }), undefined, "not_xlsx"],
      ["a binary .xlsb", () => zipSync({ "xl/workbook.bin": new Uint8Array([1, 2, 3]) }), undefined, "not_xlsx"],
      ["a zip cut in half", () => small.subarray(0, small.length >> 1), undefined, "corrupt"],
      ["a zip missing its last byte", () => small.subarray(0, small.length - 1), undefined, "corrupt"],
      ["a zip header and nothing else", () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), undefined, "corrupt"],
      [
        "a damaged deflate stream",
        () => {
          const parts = handBuiltParts({ sheets: [{ name: "S", rows: `<row r="1"><c r="A1"><v>123</v></c></row>`.repeat(50) }] });
          const zip = zipParts(parts);
          const out = zip.slice();
          const sheetAt = findBytes(out, strToU8("xl/worksheets/sheet1.xml")) + 40; // inside its compressed data
          for (let i = 0; i < 16; i++) out[sheetAt + i] ^= 0x5a;
          return out;
        },
        undefined,
        "corrupt",
      ],
      ["a zip-level encrypted entry", () => withZipEncryptionFlag(small), undefined, "encrypted"],
      ["a sheet with a billion-laughs DTD", () => handBuiltXlsx({ sheets: [{ name: "S", xml: BILLION_LAUGHS }] }), undefined, "dtd_forbidden"],
      [
        "shared strings with an ENTITY declaration",
        () => handBuiltXlsx({ sheets: [{ name: "S" }], parts: { "xl/sharedStrings.xml": `<!ENTITY x SYSTEM "file:///etc/passwd"><sst/>` }, sharedStrings: "" }),
        undefined,
        "dtd_forbidden",
      ],
      [
        "a workbook part with a DOCTYPE",
        () => handBuiltXlsx({ sheets: [{ name: "S" }], workbookXml: `<!DOCTYPE workbook SYSTEM "http://example.com/x.dtd"><workbook/>` }),
        undefined,
        "dtd_forbidden",
      ],
      ["a 5 MB sheet past a 1 MB cap", () => handBuiltXlsx({ sheets: [{ name: "S", xml: FIVE_MB_SHEET }] }), { maxUncompressedBytes: 1_000_000 }, "too_large"],
      [
        "a 5 MB sheet past a 1 MB cap, declaring 100 bytes",
        () => lieAboutSizes(handBuiltXlsx({ sheets: [{ name: "S", xml: FIVE_MB_SHEET }] }), 100),
        { maxUncompressedBytes: 1_000_000 },
        "too_large",
      ],
      ["more sheets than allowed", () => handBuiltXlsx({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }] }), { maxSheets: 2 }, "too_large"],
      ["11 value cells past a limit of 10", () => handBuiltXlsx({ sheets: [{ name: "S", rows: valueRows(11) }] }), { maxCellsPerSheet: 10 }, "too_many_cells"],
      ["100 001 value cells with the default limit", () => handBuiltXlsx({ sheets: [{ name: "S", rows: valueRows(100_001, 50) }] }), undefined, "too_many_cells"],
      ["a shared string index past the table", () => handBuiltXlsx({ sheets: [{ name: "S", rows: `<row r="1"><c r="A1" t="s"><v>1</v></c></row>` }], sharedStrings: "<si><t>a</t></si>" }), undefined, "corrupt"],
      ["a sheet part that is missing", () => zipParts(withoutPart(handBuiltParts({ sheets: [{ name: "S" }] }), "xl/worksheets/sheet1.xml")), undefined, "corrupt"],
      ["a cell reference past XFD", () => handBuiltXlsx({ sheets: [{ name: "S", rows: `<row r="1"><c r="XFE1"><v>1</v></c></row>` }] }), undefined, "corrupt"],
      ["a row number past 1 048 576", () => handBuiltXlsx({ sheets: [{ name: "S", rows: `<row r="1048577"><c><v>1</v></c></row>` }] }), undefined, "corrupt"],
      ["an unclosed cell", () => handBuiltXlsx({ sheets: [{ name: "S", xml: `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>` }] }), undefined, "corrupt"],
    ])("%s", (_label, build, limits, reason) => {
      const result = readXlsx(build(), limits);
      expect(result).toMatchObject({ ok: false, reason });
      if (!result.ok) expect(result.message).toMatch(VIETNAMESE);
    });

    it.each<[string, () => Uint8Array, Partial<ReadLimits> | undefined]>([
      ["the 5 MB sheet under the default 50 MB cap", () => handBuiltXlsx({ sheets: [{ name: "S", xml: FIVE_MB_SHEET }] }), undefined],
      ["exactly 10 value cells with a limit of 10", () => handBuiltXlsx({ sheets: [{ name: "S", rows: valueRows(10) }] }), { maxCellsPerSheet: 10 }],
      ["exactly 100 000 value cells with the default limit", () => handBuiltXlsx({ sheets: [{ name: "S", rows: valueRows(100_000, 50) }] }), undefined],
      ["as many sheets as allowed", () => handBuiltXlsx({ sheets: [{ name: "A" }, { name: "B" }] }), { maxSheets: 2 }],
    ])("reads %s (the limit is what stops the case above)", (_label, build, limits) => {
      expect(readXlsx(build(), limits).ok).toBe(true);
    });

    it("reads a million empty styled rows (and style-only cells) without counting them as values", () => {
      const parts: string[] = [];
      for (let r = 1; r <= 1_000_000; r++) {
        parts.push(r % 10 === 0 ? `<row r="${r}" s="1" customFormat="1"><c r="B${r}" s="1"/></row>` : `<row r="${r}" s="1" customFormat="1"/>`);
      }
      parts.push(`<row r="1000001"><c r="C1000001"><v>7</v></c></row>`);
      const zip = handBuiltXlsx({ sheets: [{ name: "S", xml: worksheetXml(parts.join("")) }] }, 1);
      expect(zip.length).toBeLessThan(5_000_000);
      const result = readXlsx(zip, { maxCellsPerSheet: 1 });
      if (!result.ok) throw new Error(result.message);
      const rows = result.workbook.sheets[0].rows;
      expect(rows.length).toBe(1_000_001);
      expect(rows[1_000_000]).toEqual([null, null, 7]);
      expect(rows[999_999]).toEqual([]);
    }, 120_000); // generating and compressing 42 MB of XML takes a few seconds on a loaded machine
  });
});

function findBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i + needle.length;
  }
  throw new Error("not found");
}

function withoutPart(parts: Record<string, Uint8Array>, name: string): Record<string, Uint8Array> {
  const copy = { ...parts };
  delete copy[name];
  return copy;
}
