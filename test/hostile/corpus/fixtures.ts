// The hostile corpus (docs/robustness.md): every file is named "<outcome>--<what>.xlsx", the outcome
// `bdg consolidate --period 2024-Y --as-of 2024-12-16` must give it (docs/contract.md §3).
// Forms are real: written by the product's form writer, then damaged the way mail, other
// spreadsheet programs and people damage them.
import { strToU8, zipSync } from "fflate";
import type { FileOutcomeCode, UnitStatusCode } from "../../../src/core/consolidate";
import { HEADER_ROWS } from "../../../src/core/form/layout";
import type { FormValue } from "../../../src/core/form";
import type { RuleCode } from "../../../src/core/issues";
import type { SheetModel, WorkbookModel } from "../../../src/core/sheet";
import { isoDateToExcelSerial } from "../../../src/core/time";
import { writeWorkbook } from "../../../src/xlsx/write";
import { encryptedXlsxBytes, legacyXlsBytes } from "../kit/cfb";
import { realFormParts, type FormSpec, type RealForm } from "../kit/real-form";
import { partText, pinDocProps, setCell, setPartText, sheetPartName, unzipParts, zipParts, type Parts } from "../kit/zip-parts";
import { addMerges, appendRows, below, editReportSheet, rightOf, setReportCell, valueRef, withDoctype } from "./sheet-edits";

export const CORPUS_PERIOD = "2024-Y";
/** After the 2024-Y due date (10/12/2024): a report dated 13/12 is 3 days late. */
export const CORPUS_AS_OF = "2024-12-16";

export interface FixtureExpectation {
  /** The unit the file counts for (used, superseded, invalid). */
  unit?: string;
  status?: UnitStatusCode;
  daysLate?: number;
  submittedAt?: string;
  dateSource?: "finalize" | "report_date" | "file_time";
  /** Rules that must be among the file's issues (validate and consolidate). */
  rules?: RuleCode[];
  /** Parsed values the summary's matrix must hold for the unit. */
  values?: Record<string, number | string>;
  /** Narrative texts the summary must carry literally. */
  narratives?: Record<string, string>;
}

export interface Fixture {
  name: string;
  /** What is wrong with it, for docs/robustness.md. */
  what: string;
  make: () => Promise<Uint8Array>;
  expect?: FixtureExpectation;
}

export function outcomeOf(name: string): FileOutcomeCode {
  return name.slice(0, name.indexOf("--")) as FileOutcomeCode;
}

const ON_TIME = "2024-12-09";

async function form(spec: FormSpec, damage?: (f: RealForm) => void, level: 0 | 1 | 6 | 9 = 6): Promise<Uint8Array> {
  const real = await realFormParts({ reportDate: ON_TIME, ...spec });
  damage?.(real);
  return zipParts(real.parts, level);
}

function editSheet(parts: Parts, sheet: string, edit: (xml: string) => string): void {
  const name = sheetPartName(parts, sheet);
  setPartText(parts, name, edit(partText(parts, name)));
}

/** Sets _meta's value cell (column B) of `key`. */
function setMetaCell(real: RealForm, key: string, content: Parameters<typeof setCell>[2]): void {
  const row = real.form.metaRows[key];
  editSheet(real.parts, "_meta", (xml) => setCell(xml, `B${row + 1}`, content));
}

function reportSheet(model: WorkbookModel): SheetModel {
  const sheet = model.sheets.find((s) => s.name === "BaoCao");
  if (!sheet) throw new Error("no BaoCao");
  return sheet;
}

function dropSheet(model: WorkbookModel, name: string): void {
  model.sheets.splice(
    model.sheets.findIndex((s) => s.name === name),
    1,
  );
}

function setText(sheet: SheetModel, row: number, text: (old: string) => string): void {
  for (const cell of sheet.cells) if (cell.row === row && typeof cell.value === "string") cell.value = text(cell.value);
}

function bytesAt(bytes: Uint8Array, fraction: number): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

/** Flips 48 bytes in the middle of the compressed data of `partName`. */
function flipInside(zip: Uint8Array, partName: string): Uint8Array {
  const out = zip.slice();
  const name = strToU8(partName);
  for (let i = 0; i + 30 < out.length; i++) {
    if (out[i] !== 0x50 || out[i + 1] !== 0x4b || out[i + 2] !== 0x03 || out[i + 3] !== 0x04) continue;
    const view = new DataView(out.buffer, out.byteOffset);
    const nameLength = view.getUint16(i + 26, true);
    if (nameLength !== name.length || !name.every((b, k) => out[i + 30 + k] === b)) continue;
    const size = view.getUint32(i + 18, true);
    const start = i + 30 + nameLength + view.getUint16(i + 28, true) + Math.floor(size / 2);
    for (let k = 0; k < 48; k++) out[start + k] ^= 0x5a;
    return out;
  }
  throw new Error(`no ${partName}`);
}

const BILLION_LAUGHS =
  '<!DOCTYPE worksheet [<!ENTITY a "hahahahahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>';
const XXE = '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

export const NX_FORMULA_TEXT = "Bấm vào đây để xem báo cáo";
export const NX_CMD_TEXT = "=cmd|' /C calc'!A0";
export const HEADER_FORMULA_TEXT = '=HYPERLINK("http://example.invalid/x","Xã Vĩnh Tú")';

export const FIXTURES: readonly Fixture[] = [
  // ── unreadable: never a report, each with its own Vietnamese reason ──
  { name: "unreadable--empty.xlsx", what: "tệp 0 byte", make: async () => new Uint8Array(0) },
  {
    name: "unreadable--truncated-zip.xlsx",
    what: "biểu mẫu thật bị cắt còn 60 % (tải thư về dở dang)",
    make: async () => bytesAt(await form({ unit: "X_VINH_CHAP" }), 0.6),
  },
  {
    name: "unreadable--corrupted-zip-bytes.xlsx",
    what: "48 byte bị đảo giữa dữ liệu nén của trang BaoCao",
    make: async () => flipInside(await form({ unit: "X_VINH_CHAP" }), "xl/worksheets/sheet1.xml"),
  },
  {
    name: "unreadable--zip-directory-garbled.xlsx",
    what: "bản ghi cuối thư mục zip (end of central directory) bị ghi đè",
    make: async () => {
      const bytes = await form({ unit: "X_VINH_CHAP" });
      bytes.fill(0x20, bytes.length - 22);
      return bytes;
    },
  },
  {
    name: "unreadable--zip-bomb.xlsx",
    what: "trang tính nén ~50 KB, giải nén ra hơn 60 MB (vượt giới hạn 50 MB)",
    make: () =>
      form(
        { unit: "X_VINH_CHAP" },
        (real) => editReportSheet(real.parts, (xml) => xml.replace("</sheetData>", `</sheetData>${" ".repeat(62 * 1024 * 1024)}`)),
        9,
      ),
  },
  {
    name: "unreadable--too-many-cells.xlsx",
    what: "biểu mẫu có thêm 100.100 ô số bên dưới (vượt 100.000 ô mỗi trang)",
    make: () => form({ unit: "X_VINH_CHAP" }, (real) => appendRows(real.parts, `<row>${"<c><v>7</v></c>".repeat(100)}</row>`.repeat(1001)), 9),
  },
  {
    name: "unreadable--dtd-entity.xlsx",
    what: "trang BaoCao có khai báo DOCTYPE/ENTITY lồng nhau (billion laughs)",
    make: () => form({ unit: "X_VINH_CHAP" }, (real) => withDoctype(real.parts, sheetPartName(real.parts, "BaoCao"), BILLION_LAUGHS)),
  },
  {
    name: "unreadable--xxe-in-shared-strings.xlsx",
    what: "sharedStrings.xml khai báo thực thể ngoài SYSTEM file:///etc/passwd",
    make: () => form({ unit: "X_VINH_CHAP" }, (real) => withDoctype(real.parts, "xl/sharedStrings.xml", XXE)),
  },
  {
    name: "unreadable--encrypted.xlsx",
    what: "sổ làm việc đặt mật khẩu mở (vỏ CFB có EncryptionInfo + EncryptedPackage)",
    make: async () => encryptedXlsxBytes(),
  },
  { name: "unreadable--old-format.xls", what: "tệp .xls Excel 97-2003 (CFB, luồng Workbook BIFF8)", make: async () => legacyXlsBytes() },
  {
    name: "unreadable--pdf-renamed.xlsx",
    what: "tệp PDF đổi đuôi thành .xlsx",
    make: async () => strToU8("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
  },
  {
    name: "unreadable--docx-renamed.xlsx",
    what: "tệp Word .docx đổi đuôi thành .xlsx",
    make: async () =>
      zipSync({
        "[Content_Types].xml": strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        "_rels/.rels": strToU8(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ),
        "word/document.xml": strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'),
      }, { mtime: new Date(2024, 0, 1) }),
  },

  // ── not_a_report: readable spreadsheets that are not the form ──
  {
    name: "not_a_report--plain-spreadsheet.xlsx",
    what: "bảng tính thường (danh sách cán bộ), không có hàng tiêu đề Mã / Số liệu",
    make: async () => {
      const cells = [
        ["STT", "Họ và tên", "Chức vụ", "Số điện thoại"],
        [1, "Nguyễn Thị Hoa", "Công chức LĐ-TB&XH", "0912 345 678"],
        [2, "Trần Văn Nam", "Chủ tịch UBND xã", "0987 654 321"],
      ].flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, value })));
      const model: WorkbookModel = {
        sheets: [{ name: "Sheet1", visibility: "visible", columnWidths: [6, 24, 24, 16], cells, merges: [], styles: {}, protect: false }],
      };
      const parts = unzipParts(await writeWorkbook(model));
      pinDocProps(parts);
      return zipParts(parts);
    },
  },
  {
    name: "not_a_report--meta-only.xlsx",
    what: "chỉ còn trang _meta, trang BaoCao đã bị xóa",
    make: () => form({ unit: "X_VINH_CHAP", editModel: (model) => dropSheet(model, "BaoCao") }),
  },
  {
    name: "not_a_report--no-meta-unknown-unit-header.xlsx",
    what: "không có _meta, tiêu đề ghi một đơn vị không có trong danh sách",
    make: () =>
      form({
        unit: "X_VINH_CHAP",
        editModel: (model) => {
          dropSheet(model, "_meta");
          const sheet = reportSheet(model);
          setText(sheet, HEADER_ROWS.unitName, (t) => (t.startsWith("Xã") ? "Xã Không Có Thật" : t));
          setText(sheet, HEADER_ROWS.reportingUnit, () => "Đơn vị báo cáo: Xã Không Có Thật");
        },
      }),
  },

  // ── unknown_unit / wrong_period ──
  {
    name: "unknown_unit--meta-edited.xlsx",
    what: "_meta sửa tay thành mã đơn vị không có (X_VINH_MOI); tiêu đề vẫn ghi Xã Vĩnh Chấp",
    make: () => form({ unit: "X_VINH_CHAP" }, (real) => setMetaCell(real, "unit", { inlineText: "X_VINH_MOI" })),
    expect: { rules: ["unknown_unit"] },
  },
  {
    name: "wrong_period--h1-form.xlsx",
    what: "biểu mẫu kỳ 6 tháng đầu năm 2024 gửi vào đợt tổng hợp cả năm",
    make: () => form({ unit: "TT_HO_XA", period: "2024-H1", reportDate: "2024-06-04" }),
  },

  // ── used: messy but readable, counted ──
  {
    name: "used--million-empty-styled-rows.xlsx",
    what: "1.000.000 hàng trống có định dạng bên dưới biểu mẫu, <dimension> khai A1:XFD1048576",
    make: () =>
      form(
        { unit: "X_VINH_GIANG" },
        (real) => {
          editReportSheet(real.parts, (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'));
          appendRows(real.parts, '<row s="1" customFormat="1"/>'.repeat(1_000_000));
        },
        9,
      ),
    expect: { unit: "X_VINH_GIANG", status: "on_time" },
  },
  {
    name: "used--numbers-as-text-vi-and-en.xlsx",
    what: "số gõ dạng văn bản kiểu Việt (1.234,5; 600.000) và kiểu Anh (1,234,567; 1,000.25), có dấu cách",
    make: () =>
      form({
        unit: "X_VINH_HA",
        values: {
          TT01: "\u00a042 ",
          TT02: "1,234,567",
          "TT02.NU": "600.000",
          "TT02.NAM": "600 000",
          KP01: "1.234,5",
          "KP01.NS": "1,000.25",
          "KP01.TINH": "100,5",
          "KP01.XHH": "133.75",
        },
      }),
    expect: {
      unit: "X_VINH_HA",
      rules: ["number_as_text"],
      values: { TT01: 42, TT02: 1234567, "TT02.NU": 600000, "TT02.NAM": 600000, KP01: 1234.5, "KP01.NS": 1000.25, "KP01.TINH": 100.5, "KP01.XHH": 133.75 },
    },
  },
  {
    name: "used--date-serial-in-cell.xlsx",
    what: "Ngày báo cáo là số ngày Excel (serial), _meta report_date trống",
    make: () => form({ unit: "X_VINH_HOA", reportDate: "2024-12-09" }, (real) => setMetaCell(real, "report_date", { empty: true })),
    expect: { unit: "X_VINH_HOA", status: "on_time", submittedAt: "2024-12-09", dateSource: "report_date" },
  },
  {
    name: "used--date-iso-text-in-cell.xlsx",
    what: "Ngày báo cáo gõ dạng văn bản ISO 2024-12-08",
    make: () =>
      form({ unit: "X_VINH_KHE" }, (real) => {
        setReportCell(real.parts, real.form.reportDateCell.address.split("!")[1], { inlineText: "2024-12-08" });
        setMetaCell(real, "report_date", { empty: true });
      }),
    expect: { unit: "X_VINH_KHE", status: "on_time", submittedAt: "2024-12-08", dateSource: "report_date" },
  },
  {
    name: "used--date-ddmmyyyy-text-in-cell.xlsx",
    what: "Ngày báo cáo gõ dạng văn bản 07/12/2024",
    make: () =>
      form({ unit: "X_VINH_LAM" }, (real) => {
        setReportCell(real.parts, real.form.reportDateCell.address.split("!")[1], { inlineText: "07/12/2024" });
        setMetaCell(real, "report_date", { empty: true });
      }),
    expect: { unit: "X_VINH_LAM", status: "on_time", submittedAt: "2024-12-07", dateSource: "report_date" },
  },
  {
    name: "used--finalize-stamp-as-serial.xlsx",
    what: "_meta submitted_at bị Excel đổi thành số ngày (06/12/2024 12:00)",
    make: () => form({ unit: "X_VINH_LONG" }, (real) => setMetaCell(real, "submitted_at", { number: isoDateToExcelSerial("2024-12-06") + 0.5 })),
    expect: { unit: "X_VINH_LONG", status: "on_time", submittedAt: "2024-12-06", dateSource: "finalize" },
  },
  {
    name: "used--late-by-3-days.xlsx",
    what: "Ngày báo cáo 13/12/2024, hạn 10/12/2024",
    make: () => form({ unit: "P_YTE", reportDate: "2024-12-13" }),
    expect: { unit: "P_YTE", status: "late", daysLate: 3, submittedAt: "2024-12-13" },
  },
  {
    name: "used--merged-cells-over-inputs.xlsx",
    what: "ô Số liệu của 3 chỉ tiêu bị trộn ngang với ô Mục tiêu bên phải",
    make: () =>
      form({ unit: "X_VINH_O", values: { TT01: 17, BL01: 3, NL01: 4 } }, (real) => {
        const refs = ["TT01", "BL01", "NL01"].map((code) => valueRef(real.form, code));
        for (const ref of refs) setReportCell(real.parts, rightOf(ref), { empty: true });
        addMerges(real.parts, refs.map((ref) => `${ref}:${rightOf(ref)}`));
      }),
    expect: { unit: "X_VINH_O", values: { TT01: 17, BL01: 3, NL01: 4 } },
  },
  {
    name: "used--codes-nfd-spaces-lowercase.xlsx",
    what: "mã chỉ tiêu viết thường, có dấu cách thừa; mọi chữ trên trang ở dạng NFD (bàn phím khác)",
    make: () =>
      form({
        unit: "X_VINH_THUY",
        values: { TT01: 11 },
        editModel: (model) => {
          const sheet = reportSheet(model);
          let n = 0;
          for (const cell of sheet.cells) {
            if (typeof cell.value !== "string") continue;
            if (cell.col === 1 && /^[A-Z]{2}[A-Z0-9_.]*$/.test(cell.value) && cell.value !== "STT") {
              const variants = [(s: string) => s.toLowerCase(), (s: string) => `${s}   `, (s: string) => ` ${s}\u00a0`, (s: string) => s];
              cell.value = variants[n++ % variants.length](cell.value);
            }
            cell.value = cell.value.normalize("NFD");
          }
        },
      }),
    expect: { unit: "X_VINH_THUY", values: { TT01: 11 } },
  },
  {
    name: "used--formulas-in-narratives.xlsx",
    what: "NX01 là công thức =HYPERLINK(...), NX02 là chữ \"=cmd|' /C calc'!A0\", tên đơn vị ở tiêu đề là =HYPERLINK và =cmd|..., Ghi chú \"+1\", \"-1\", \"@SUM(...)\", TT01 là công thức",
    make: () =>
      form(
        {
          unit: "X_VINH_TU",
          editModel: (model) => {
            const sheet = reportSheet(model);
            setText(sheet, HEADER_ROWS.unitName, (t) => (t.startsWith("Xã") ? HEADER_FORMULA_TEXT : t));
            setText(sheet, HEADER_ROWS.reportingUnit, () => `Đơn vị báo cáo: ${NX_CMD_TEXT}`);
          },
        },
        (real) => {
          const f = real.form;
          setReportCell(real.parts, valueRef(f, "NX01"), { formula: `HYPERLINK("http://example.invalid/bc","${NX_FORMULA_TEXT}")`, cachedText: NX_FORMULA_TEXT });
          setReportCell(real.parts, valueRef(f, "NX02"), { inlineText: NX_CMD_TEXT });
          setReportCell(real.parts, valueRef(f, "TT01"), { formula: "SUM(20,1)", cachedNumber: 21 });
          const notes = ["+1", "-1", "@SUM(A1:A2)", "\t=1+1", "\uff1d1+1"];
          ["TT02", "TT03", "TT04", "NL01", "NL02"].forEach((code, i) => {
            const note = f.noteCells[code];
            if (note) setReportCell(real.parts, note.address.split("!")[1], { inlineText: notes[i] });
          });
        },
      ),
    expect: {
      unit: "X_VINH_TU",
      // The file reader sees cached values only, so a formula in TT01 is read as its value (21).
      rules: ["header_mismatch"],
      values: { TT01: 21 },
      narratives: { NX01: NX_FORMULA_TEXT, NX02: NX_CMD_TEXT },
    },
  },
  {
    name: "used--no-meta-nfd-header.xlsx",
    what: "không có _meta (bản tự làm), tiêu đề và nhãn ở dạng NFD",
    make: () =>
      form({
        unit: "X_KIM_THACH",
        editModel: (model) => {
          dropSheet(model, "_meta");
          for (const cell of reportSheet(model).cells) if (typeof cell.value === "string") cell.value = cell.value.normalize("NFD");
        },
      }),
    expect: { unit: "X_KIM_THACH", rules: ["missing_meta"] },
  },
  {
    name: "used--same-unit-later.xlsx",
    what: "bản gửi lại của Xã Trung Nam, ngày 08/12/2024 (thắng bản 03/12)",
    make: () => form({ unit: "X_TRUNG_NAM", seed: 2, reportDate: "2024-12-08" }),
    expect: { unit: "X_TRUNG_NAM", status: "on_time", submittedAt: "2024-12-08" },
  },
  {
    name: "superseded--same-unit-earlier.xlsx",
    what: "bản đầu của Xã Trung Nam, ngày 03/12/2024",
    make: () => form({ unit: "X_TRUNG_NAM", seed: 3, reportDate: "2024-12-03" }),
    expect: { unit: "X_TRUNG_NAM" },
  },

  // ── invalid: read, judged, not counted ──
  {
    name: "invalid--part-greater-than-whole.xlsx",
    what: "Trong đó Nữ (BL02.NU) lớn hơn tổng số nạn nhân (BL02)",
    make: () => form({ unit: "X_HIEN_THANH", values: { BL02: 12, "BL02.NU": 15, "BL02.TE": 2, "BL02.CT": 1, BL03: 5, "BL03.NU": 3 } }),
    expect: { unit: "X_HIEN_THANH", status: "invalid", rules: ["part_le_whole"] },
  },
  {
    name: "invalid--merged-cells-hide-an-input.xlsx",
    what: "ô Số liệu của TT01 trộn dọc với ô bên dưới: chỉ tiêu dưới thành trống",
    make: () =>
      form({ unit: "X_VINH_SON" }, (real) => {
        const top = valueRef(real.form, "TT01");
        setReportCell(real.parts, below(top), { empty: true });
        addMerges(real.parts, [`${top}:${below(top)}`]);
      }),
    expect: { unit: "X_VINH_SON", status: "invalid", rules: ["required"] },
  },
  {
    name: "invalid--narrative-too-long.xlsx",
    what: "NX01 dài 100.000 ký tự (giới hạn 2.000)",
    make: () => form({ unit: "TT_CUA_TUNG", values: { NX01: "Khó khăn ".repeat(11_112).slice(0, 100_000) } }),
    expect: { unit: "TT_CUA_TUNG", status: "invalid", rules: ["text_too_long"] },
  },
  {
    name: "invalid--text-in-count-and-blank-required.xlsx",
    what: "TT01 gõ chữ \"mười hai\", TT03 để trống, TT04 = -3, NL01 = 2,5",
    make: () => form({ unit: "TT_BEN_QUAN", values: { TT01: "mười hai", TT03: null, TT04: -3, NL01: "2,5" } }),
    expect: { unit: "TT_BEN_QUAN", status: "invalid", rules: ["not_a_number", "required", "negative", "not_integer"] },
  },
];

export type { FormValue };
