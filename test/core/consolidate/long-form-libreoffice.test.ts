// The long form in real files (docs/contract.md §4.4): a summary's hidden `_data` read back equals
// its totals; the CSV opens in LibreOffice with its Vietnamese text intact, numbers as numbers, and
// no text turned into a formula.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { strFromU8, unzipSync } from "fflate";
import { join } from "node:path";
import { consolidate, longFormCsv, summaryWorkbook, TOTAL_UNIT } from "../../../src/core/consolidate";
import { readPreviousSummary } from "../../../src/core/read";
import { readXlsx } from "../../../src/xlsx/read";
import { writeWorkbook } from "../../../src/xlsx/write";
import { convertWithLibreOffice, CSV_UTF8_IMPORT } from "../../helpers/libreoffice";
import { form, single, smallPlan } from "./factory";

const HOSTILE = ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tTab", "Dòng 1\r\nDòng 2", "Có \"ngoặc\", dấu phẩy"];
const summary = consolidate(smallPlan, "2024-Y", "2024-12-20", [
  single(form("X_A", { TT01: 12, BL02: 7, BL03: 6, TL_BL03: 600 / 7, KP01: 1234.5, TH01: "Có", NX01: "Khó khăn về kinh phí, nhân lực." }, { file: "hop-thu/Xã A.xlsx" })),
  single(form("X_B", { TT01: 3, BL02: 2, BL03: 1, TL_BL03: 50, KP01: 0.25, TH01: "Không", NX01: HOSTILE.join(" | "), NX02: HOSTILE[0] }, { file: "hop-thu/=x.xlsx" })),
]);

describe("_data: a summary can be read back", () => {
  it("gives the same totals and each unit's values as the summary it came from", async () => {
    const read = readXlsx(await writeWorkbook(summaryWorkbook(smallPlan, summary)));
    if (!read.ok) throw new Error(read.message);
    const back = readPreviousSummary(read.workbook);
    if (!back.ok) throw new Error(back.message);
    expect(back.previous).toMatchObject({ plan: "thu-nghiem", period: "2024-Y", asOf: "2024-12-20" });
    const totals = Object.fromEntries(back.previous.rows.filter((r) => r.unit === TOTAL_UNIT).map((r) => [r.indicator, r.value]));
    const numeric = Object.fromEntries(Object.entries(summary.totals).filter(([code]) => smallPlan.indicators.find((i) => i.code === code)?.type !== "text"));
    expect(totals).toEqual(numeric);
    const unitB = Object.fromEntries(back.previous.rows.filter((r) => r.unit === "X_B").map((r) => [r.indicator, r.value]));
    expect(unitB).toMatchObject({ TT01: 3, KP01: 0.25, TH01: "Không", NX02: HOSTILE[0] });
    expect(read.workbook.sheets.find((s) => s.name === "_data")?.visibility).toBe("hidden");
    // the names, for units a later plan no longer has (merged away, docs/domain.md §7)
    expect(back.previous.unitNames.get("X_A")).toBe("Xã A");
    expect(back.previous.unitNames.get("X_B")).toBe("Xã B");
  });

  it("keeps a unit's name as text, on one line and capped: a received file is hostile", () => {
    const long = "Xã ".repeat(60);
    const grid = {
      sheets: [
        { name: "_meta", visibility: "veryHidden" as const, rows: [["format", "bdg-summary"], ["plan", "thu-nghiem"], ["period", "2023-Y"]] },
        {
          name: "_data",
          visibility: "hidden" as const,
          rows: [
            ["period", "unit", "unit_name", "indicator", "value", "status", "source_file"],
            ["2023-Y", "X_CU", "Xã\r\nVĩnh   Cũ", "TT01", 5, "", ""],
            ["2023-Y", "X_CU", "Tên khác ở dòng sau", "TT02", 5, "", ""],
            ["2023-Y", "X_DAI", long, "TT01", 1, "", ""],
            ["2023-Y", "X_KHONG_TEN", "", "TT01", 1, "", ""],
          ],
        },
      ],
    };
    const back = readPreviousSummary(grid);
    if (!back.ok) throw new Error(back.message);
    expect(back.previous.unitNames.get("X_CU")).toBe("Xã Vĩnh Cũ");
    expect(back.previous.unitNames.get("X_DAI")).toBe(`${long.trim().slice(0, 80)}…`);
    expect(back.previous.unitNames.has("X_KHONG_TEN")).toBe(false);
  });

  it.each([
    ["a form, not a summary", { sheets: [{ name: "_meta", visibility: "veryHidden" as const, rows: [["format", "bdg-report"]] }] }, /không phải bảng tổng hợp/],
    ["a summary without _data (an older version)", { sheets: [{ name: "_meta", visibility: "veryHidden" as const, rows: [["format", "bdg-summary"]] }] }, /phiên bản cũ, chưa có trang _data/],
  ])("%s gets a clear reason", (_what, grid, reason) => {
    const back = readPreviousSummary(grid);
    expect(back.ok ? "" : back.message).toMatch(reason);
  });

  it.each([
    ["an ISO day", "2024-12-20", "2024-12-20"],
    ["a formula-looking text", "=HYPERLINK(\"x\")", ""],
    ["words", "hôm qua", ""],
  ])("keeps the as-of day only when it is a date: %s", (_what, asOf, kept) => {
    const grid = {
      sheets: [
        { name: "_meta", visibility: "veryHidden" as const, rows: [["format", "bdg-summary"], ["plan", "thu-nghiem"], ["period", "2024-Y"], ["as_of", asOf]] },
        { name: "_data", visibility: "hidden" as const, rows: [["period", "unit", "unit_name", "indicator", "value", "status", "source_file"], ["2024-Y", "TOTAL", "Huyện", "TT01", 5, "", ""]] },
      ],
    };
    const back = readPreviousSummary(grid);
    if (!back.ok) throw new Error(back.message);
    expect(back.previous.asOf).toBe(kept);
  });
});

describe("the CSV", () => {
  const csv = longFormCsv(smallPlan, summary);

  it("is UTF-8 with a BOM, CRLF lines, the contract's columns, plain numbers and a TOTAL row per indicator", () => {
    expect(csv.startsWith("\ufeffperiod,unit,unit_name,indicator,value,status,source_file\r\n")).toBe(true);
    expect(csv).toContain("\r\n2024-Y,X_A,Xã A,KP01,1234.5,on_time,hop-thu/Xã A.xlsx\r\n");
    expect(csv).toContain(`\r\n2024-Y,TOTAL,UBND HUYỆN THỬ,TL_BL03,${(7 * 100) / 9},,\r\n`);
    expect(csv).toContain('\r\n2024-Y,X_B,Xã B,NX02,"\'=HYPERLINK(""http://x"")",on_time,hop-thu/=x.xlsx\r\n');
  });

  it("opens in LibreOffice with the Vietnamese text intact and nothing run as a formula", () => {
    const dir = mkdtempSync(join(tmpdir(), "bdg-csv-"));
    writeFileSync(join(dir, "bang-dai.csv"), csv);
    const out = convertWithLibreOffice([join(dir, "bang-dai.csv")], "xlsx", undefined, { inFilter: CSV_UTF8_IMPORT });
    const bytes = new Uint8Array(readFileSync(join(out, readdirSync(out).find((f) => f.endsWith(".xlsx"))!)));
    const read = readXlsx(bytes);
    if (!read.ok) throw new Error(read.message);
    const rows = read.workbook.sheets[0].rows;
    expect(rows[0]).toEqual(["period", "unit", "unit_name", "indicator", "value", "status", "source_file"]);
    const cell = (unit: string, code: string) => rows.find((r) => r[1] === unit && r[3] === code)?.[4];
    expect(cell("X_A", "KP01")).toBe(1234.5);
    expect(cell("X_A", "NX01")).toBe("Khó khăn về kinh phí, nhân lực.");
    expect(String(cell("X_A", "NX01")).normalize("NFC")).toBe(String(cell("X_A", "NX01")));
    expect(cell("X_B", "NX02")).toBe(`'${HOSTILE[0]}`);
    expect(rows.find((r) => r[1] === "X_B" && r[3] === "NX01")?.[4]).toContain("Dòng 1");
    // no formula anywhere in what LibreOffice made of it
    const parts = unzipSync(bytes);
    for (const [name, data] of Object.entries(parts)) if (name.startsWith("xl/worksheets/")) expect(strFromU8(data)).not.toMatch(/<f[ >]/);
  });
});
