// "Nothing is injected" (docs/robustness.md): random unit text with every formula prefix ("=", "+", "-",
// "@", tab/CR/LF/space before "=", full-width ＝＋－＠) goes through both summary writers. No
// cell of the result is a formula (the summary has none of its own), and the text comes back
// literally: from the .xlsx XML, from our reader, from LibreOffice's CSV, and from the Office
// adapter over the fake Excel (which, like Excel, turns typed "=…" into a formula).
import { strFromU8, unzipSync } from "fflate";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summaryWorkbook } from "../../src/core/consolidate";
import type { WorkbookModel } from "../../src/core/sheet";
import { readXlsx } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { FakeExcel } from "../fakes/fake-excel";
import { workbookToCsvSheets } from "../helpers/libreoffice";
import { hostileCase, type HostileCase } from "./kit/hostile-summary";
import { mulberry32 } from "./kit/prng";
import { portOn } from "../excel/port-kit";

jest.setTimeout(180_000);

const MODEL_CASES = 150;
const FILE_CASES = 25;
const OFFICE_CASES = 60;

function formulaCells(model: WorkbookModel): string[] {
  return model.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined).map((c) => `${s.name}!${c.row},${c.col}`));
}

/** Literal, up to the trim the reader applies to typed text ("\t=1+1" is read as "=1+1"). */
function containsLiterally(strings: readonly string[], text: string): boolean {
  const wanted = text.trim();
  return strings.some((s) => s.includes(wanted));
}

function cases(seed: number, count: number): HostileCase[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => hostileCase(random));
}

describe("the summary model: hostile text stays a literal value", () => {
  it.each(cases(501, MODEL_CASES).map((c, i) => [i, c] as const))("case %i", (_i, c) => {
    const model = summaryWorkbook(c.plan, c.summary);
    expect(formulaCells(model)).toEqual([]);
    const values = model.sheets.flatMap((s) => s.cells.map((cell) => cell.value).filter((v): v is string => typeof v === "string"));
    for (const text of c.texts) expect(containsLiterally(values, text)).toBe(true);
  });
});

describe("file writer: summaryWorkbook → writeWorkbook → the .xlsx has no <f>, text reads back literally", () => {
  const written: { bytes: Uint8Array; texts: string[] }[] = [];

  beforeAll(async () => {
    for (const c of cases(502, FILE_CASES)) written.push({ bytes: await writeWorkbook(summaryWorkbook(c.plan, c.summary)), texts: c.texts });
  });

  it("no worksheet XML holds a formula element", () => {
    for (const { bytes } of written) {
      for (const [part, data] of Object.entries(unzipSync(bytes))) {
        if (/^xl\/worksheets\/.*\.xml$/.test(part)) expect(strFromU8(data)).not.toMatch(/<(\w+:)?f[\s>/]/);
      }
    }
  });

  it("our reader reads every hostile text back as the same text", () => {
    for (const { bytes, texts } of written) {
      const read = readXlsx(bytes);
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      const strings = read.workbook.sheets.flatMap((s) => s.rows.flat().filter((v): v is string => typeof v === "string"));
      for (const text of texts) expect(containsLiterally(strings, text)).toBe(true);
    }
  });

  it("LibreOffice shows the literal text, not a computed value", () => {
    const dir = mkdtempSync(join(tmpdir(), "bdg-inject-"));
    const path = join(dir, "tong-hop.xlsx");
    writeFileSync(path, written[0].bytes);
    const sheets = workbookToCsvSheets(path);
    const cells = Object.values(sheets).flatMap((rows) => rows.flat());
    for (const text of written[0].texts) expect(containsLiterally(cells, text)).toBe(true);
  });
});


async function writeThroughOffice(model: WorkbookModel): Promise<{ formulas: string[]; values: string[] }> {
  const fake = new FakeExcel(["Sheet1"]);
  await portOn(fake).port.writeSheets(model);
  const formulas: string[] = [];
  const values: string[] = [];
  for (const sheet of model.sheets) {
    for (const [key, cell] of fake.sheet(sheet.name).cells) {
      if (cell.formula !== undefined) formulas.push(`${sheet.name}!${key} ${cell.formula}`);
      if (typeof cell.value === "string") values.push(cell.value);
    }
  }
  return { formulas, values };
}

const startsWithApostrophe = (t: string) => t.trim().startsWith("'");

describe("Office adapter: the same model through createWorkbookPort on the fake Excel", () => {
  it.each(cases(503, OFFICE_CASES).map((c, i) => [i, c] as const))("case %i: no formula cell, text literal", async (_i, c) => {
    const { formulas, values } = await writeThroughOffice(summaryWorkbook(c.plan, c.summary));
    expect(formulas).toEqual([]);
    // Texts beginning with an apostrophe are checked on their own below.
    for (const text of c.texts.filter((t) => !startsWithApostrophe(t))) expect(containsLiterally(values, text)).toBe(true);
  });

  it("DEFECT: a unit text beginning with an apostrophe keeps it (Excel takes a leading ' as its text prefix)", async () => {
    const model: WorkbookModel = {
      sheets: [
        {
          name: "TongHop",
          visibility: "visible",
          columnWidths: [20],
          cells: [
            { row: 0, col: 0, value: "'=1+1" },
            { row: 1, col: 0, value: "'Xã Vĩnh Thủy" },
          ],
          merges: [],
          styles: {},
          protect: false,
        },
      ],
    };
    const { formulas, values } = await writeThroughOffice(model);
    expect(formulas).toEqual([]);
    expect(values).toEqual(["'=1+1", "'Xã Vĩnh Thủy"]);
  });
});
