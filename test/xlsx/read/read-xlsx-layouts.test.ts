// Layouts other writers produce (hand-built with fflate's zipSync): each row says what the sheet
// data holds and the values it must read to.
import { cellAt, type CellValue } from "../../../src/core/grid";
import { eachCodec, readWithCodec as readXlsx } from "./codecs";
import { handBuiltXlsx, lieAboutSizes, worksheetXml, type HandPackage } from "./hand-built-package";
import { rowsFromCells } from "./expected-grid";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function firstSheetRows(pkg: HandPackage): CellValue[][] {
  const result = readXlsx(handBuiltXlsx(pkg));
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  return result.workbook.sheets[0].rows;
}

eachCodec(() => {
  describe("readXlsx: cell layouts", () => {
    it.each<[string, string, string | undefined, Record<string, CellValue>]>([
      ["inline string", `<row r="1"><c r="A1" t="inlineStr"><is><t>Nữ</t></is></c></row>`, undefined, { A1: "Nữ" }],
      [
        "inline rich text, phonetic run ignored",
        `<row r="1"><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>Tổng</t></r><r><t xml:space="preserve"> số </t></r><rPh sb="0" eb="1"><t>ソウ</t></rPh></is></c></row>`,
        undefined,
        { B1: "Tổng số " },
      ],
      [
        "shared strings: plain, rich, phonetic, preserved spaces, empty",
        `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>`,
        `<si><t>Mã</t></si><si><r><t>Số </t></r><r><rPr><i/></rPr><t>liệu</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si><si><t xml:space="preserve">  a  </t></si><si/>`,
        { A1: "Mã", B1: "Số liệu", C1: "  a  ", D1: "" },
      ],
      [
        "entities and character references decoded, unknown ones kept",
        `<row r="1"><c r="A1" t="inlineStr"><is><t>a&amp;b &lt;&gt; &quot;&apos; &#7879; &#x1F600; &lol; &#xD800;</t></is></c></row>`,
        undefined,
        { A1: "a&b <> \"' ệ 😀 &lol; &#xD800;" },
      ],
      [
        "OOXML _xHHHH_ escapes",
        `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`,
        `<si><t>dòng 1_x000D_dòng 2 _x005F_x</t></si>`,
        { A1: "dòng 1\rdòng 2 _x" },
      ],
      ["CDATA text", `<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]></t></is></c></row>`, undefined, { A1: "<b>&amp;</b>" }],
      [
        "formula string, error, boolean, ISO date text, numbers",
        `<row r="2"><c r="A2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="d"><v>2024-12-09T00:00:00Z</v></c><c r="F2"><v>1.5E3</v></c><c r="G2" t="n"><v>-0</v></c></row>`,
        undefined,
        { A2: "xy", B2: { error: "#DIV/0!" }, C2: true, D2: false, E2: "2024-12-09T00:00:00Z", F2: 1500, G2: -0 },
      ],
      [
        "formula without cached value and style-only cells are empty",
        `<row r="1"><c r="A1" s="3"/><c r="B1" s="2"></c><c r="C1"><f>A1+1</f></c><c r="D1"><f>A1</f><v></v></c><c r="E1"><v>7</v></c></row>`,
        undefined,
        { E1: 7 },
      ],
      [
        "cells without r follow the previous cell; rows without r follow the previous row",
        `<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>`,
        undefined,
        { A1: 1, B1: 2, C4: 3, D4: 4, A5: 5 },
      ],
      [
        "attributes in any order, single quotes, spaces around =",
        `<row r='1'><c t='s' s="1" r = 'B1' ><v>0</v></c><c t="b" r="C1"><v>1</v></c></row>`,
        `<si><t>đảo</t></si>`,
        { B1: "đảo", C1: true },
      ],
      ["lower-case references", `<row r="3"><c r="b3"><v>9</v></c></row>`, undefined, { B3: 9 }],
      [
        "comments and processing instructions are skipped",
        `<!-- <c r="A1"><v>99</v></c> --><?pi x?><row r="1"><c r="A1"><!-- x --><v>1</v></c></row>`,
        undefined,
        { A1: 1 },
      ],
      ["a non-numeric number stays as written", `<row r="1"><c r="A1"><v>abc</v></c></row>`, undefined, { A1: "abc" }],
      [
        "the shapes the dedicated loop takes and those it leaves to the tokenizer, side by side",
        `<row r="1" spans="1:9" x14ac:dyDescent="0.25"><c r="A1" s="2"><f t="shared" ref="A1:A2" si="0">B1+1</f><v>3</v></c><c r="B1"><f t="shared" si="0"/><v>4</v></c>` +
          `<c r="C1"><v>&#49;2</v></c><c r="D1"><v>5</v><extLst/></c><c r="E1" t="s" ><v>0</v></c ><c r='F1' t='s'><v>1</v></c><x:c r="G1"><x:v>6</x:v></x:c><c r="H1" x:t="n"><v>7</v></c></row >` +
          `<row><c t="s"><v>2</v></c><c t="s"><v>3</v></c><c t="s"><v>4</v></c><c t="s"><v>5</v></c><c t="s"><v>6</v></c></row>`,
        `<si><t>Mã</t></si><si><t xml:space="preserve"> số </t></si><si><t>a&amp;b</t></si><si><t>x</t><rPh><t>y</t></rPh></si><si><t/></si><si><t>z</t> </si><si><t>dòng_x000D_</t></si>`,
        { A1: 3, B1: 4, C1: 12, D1: 5, E1: "Mã", F1: " số ", G1: 6, H1: 7, A2: "a&b", B2: "x", C2: "", D2: "z", E2: "dòng\r" },
      ],
    ])("%s", (_label, sheetData, sharedStrings, cells) => {
      expect(firstSheetRows({ sheets: [{ name: "BaoCao", rows: sheetData }], sharedStrings })).toEqual(rowsFromCells(cells));
    });

    it("reads a workbook written with x: prefixes everywhere", () => {
      const pkg: HandPackage = {
        sheets: [{ name: "ignored", xml: `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>42</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>nội tuyến</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>` }],
        sharedStrings: "",
        workbookXml: `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Tiền tố" sheetId="1" state="hidden" r:id="rId1"/></x:sheets></x:workbook>`,
        parts: { "xl/sharedStrings.xml": `<x:sst xmlns:x="${MAIN}"><x:si><x:r><x:t>chia </x:t></x:r><x:r><x:t>sẻ</x:t></x:r></x:si></x:sst>` },
      };
      const result = readXlsx(handBuiltXlsx(pkg));
      expect(result).toEqual({
        ok: true,
        date1904: true,
        workbook: { sheets: [{ name: "Tiền tố", visibility: "hidden", rows: [["chia sẻ", 42, "nội tuyến"]] }], date1904: true },
      });
    });

    it("reads cells only inside <sheetData> (an extension element named c is not a cell)", () => {
      const xml = `<worksheet xmlns="${MAIN}"><sheetPr><c r="Z9"><v>99</v></c></sheetPr><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><extLst><ext><c r="A2"><v>2</v></c></ext></extLst></worksheet>`;
      expect(firstSheetRows({ sheets: [{ name: "S", xml }] })).toEqual([[1]]);
    });

    it.each([
      ["absolute", (i: number) => `/xl/worksheets/sheet${i + 1}.xml`],
      ["relative with ./", (i: number) => `./worksheets/sheet${i + 1}.xml`],
      ["relative via ..", (i: number) => `../xl/worksheets/sheet${i + 1}.xml`],
    ])("resolves %s sheet targets and keeps tab order and names", (_label, sheetTarget) => {
      const result = readXlsx(
        handBuiltXlsx({
          sheets: [
            { name: "B&amp;C", rows: `<row r="1"><c r="A1"><v>1</v></c></row>` },
            { name: "_meta", state: "veryHidden", rows: `<row r="1"><c r="A1"><v>2</v></c></row>` },
          ],
          sheetTarget,
        }),
      );
      expect(result.ok && result.workbook.sheets).toEqual([
        { name: "B&C", visibility: "visible", rows: [[1]] },
        { name: "_meta", visibility: "veryHidden", rows: [[2]] },
      ]);
    });

    it("finds the workbook through _rels/.rels even when it is not xl/workbook.xml", () => {
      const pkg = handBuiltXlsx({
        sheets: [{ name: "S", rows: `<row r="1"><c r="A1"><v>5</v></c></row>` }],
        parts: {
          "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/xl/book.xml"/></Relationships>`,
          "xl/book.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Khác" sheetId="1" r:id="rId1"/></sheets></workbook>`,
          "xl/_rels/book.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
        },
      });
      const result = readXlsx(pkg);
      expect(result.ok && result.workbook.sheets).toEqual([{ name: "Khác", visibility: "visible", rows: [[5]] }]);
    });

    it("reads a sheet whose only values are far apart without padding millions of cells", () => {
      const rows = firstSheetRows({ sheets: [{ name: "S", rows: `<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>` }] });
      expect(rows.length).toBe(1_048_576);
      expect(rows[0][0]).toBe(1);
      expect(rows[1_048_575][16_383]).toBe(2);
      expect(rows[500]).toEqual([]);
    });

    it("pads far-apart values on the first sheets only, then keeps holes (a memory bound shared by the workbook)", () => {
      const farApart = `<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>`;
      const result = readXlsx(handBuiltXlsx({ sheets: ["A", "B", "C"].map((name) => ({ name, rows: farApart })) }));
      if (!result.ok) throw new Error(result.message);
      const [a, b, c] = result.workbook.sheets;
      expect(a.rows[500]).toEqual([]); // padded
      expect(b.rows[500]).toEqual([]);
      expect(c.rows[500]).toBeUndefined(); // budget spent: holes
      for (const sheet of [a, b, c]) {
        expect(cellAt(sheet, 0, 0)).toBe(1);
        expect(cellAt(sheet, 1_048_575, 16_383)).toBe(2);
        expect(cellAt(sheet, 500, 3)).toBeNull();
        expect(sheet.rows.length).toBe(1_048_576);
      }
    });

    it("accepts a UTF-16 sheet part with its byte order mark", () => {
      const xml = worksheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>Vĩnh Linh</t></is></c></row>`);
      const utf16 = new Uint8Array(2 + xml.length * 2);
      utf16[0] = 0xff;
      utf16[1] = 0xfe;
      for (let i = 0; i < xml.length; i++) {
        utf16[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
        utf16[3 + 2 * i] = xml.charCodeAt(i) >> 8;
      }
      expect(firstSheetRows({ sheets: [{ name: "S" }], parts: { "xl/worksheets/sheet1.xml": utf16 } })).toEqual([["Vĩnh Linh"]]);
    });

    it("drops a UTF-8 part's byte order mark but keeps U+FEFF at the start of a value", () => {
      const xml = worksheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>\ufeffVĩnh Linh</t></is></c><c r="B1" t="str"><v>\ufeff</v></c></row>`);
      const bytes = new TextEncoder().encode(`\ufeff${xml}`);
      expect(bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
      expect(firstSheetRows({ sheets: [{ name: "S" }], parts: { "xl/worksheets/sheet1.xml": bytes } })).toEqual([["\ufeffVĩnh Linh", "\ufeff"]]);
    });

    it.each<[string, number[], string]>([
      ["a lone continuation byte", [0x80], "a\ufffdb"],
      ["a truncated 3-byte sequence", [0xe1, 0xba], "a\ufffdb"],
      ["an overlong encoding", [0xc0, 0xaf], "a\ufffd\ufffdb"],
      ["a valid 4-byte sequence", [0xf0, 0x9f, 0x98, 0x80], "a\u{1f600}b"],
    ])("decodes %s inside a value as a whole-part UTF-8 decode does", (_what, inner, expected) => {
      const [head, tail] = worksheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>a|b</t></is></c></row>`).split("|");
      const enc = new TextEncoder();
      const bytes = new Uint8Array([...enc.encode(head), ...inner, ...enc.encode(tail)]);
      expect(new TextDecoder().decode(new Uint8Array([0x61, ...inner, 0x62]))).toBe(expected);
      expect(firstSheetRows({ sheets: [{ name: "S" }], parts: { "xl/worksheets/sheet1.xml": bytes } })).toEqual([[expected]]);
    });

    it.each([
      ["3 bytes (too small)", 3],
      ["2 MB (too large)", 2_000_000],
      ["0 bytes", 0],
    ])("reads a file whose declared uncompressed sizes say %s: sizes are only a hint", (_label, size) => {
      const text = "Số liệu ".repeat(500);
      const zip = lieAboutSizes(handBuiltXlsx({ sheets: [{ name: "S", rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>` }] }), size);
      const result = readXlsx(zip);
      expect(result.ok && result.workbook.sheets[0].rows).toEqual([[text]]);
    });
  });
});
