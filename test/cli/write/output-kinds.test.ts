// The output kinds (src/cli/io/write/output-kinds.ts): which existing files each kind recognises
// as bdg's own, on real files written by the product's own writers.
import { consolidate, summaryWorkbook } from "../../../src/core/consolidate";
import { buildForm, withValues } from "../../../src/core/form";
import { defaultPlan, findUnit } from "../../../src/core/plan";
import type { WorkbookModel } from "../../../src/core/sheet";
import { writeWorkbook } from "../../../src/xlsx/write";
import { sampleValues } from "../../../src/cli/demo/sample-data";
import { emptyRegister, registerText } from "../../../src/core/register";
import { OUTPUT_KINDS, REGISTER_FORMAT, type OutputKind } from "../../../src/cli/io/write";
import { formModel } from "../helpers/forms";
import { Document, Packer, Paragraph } from "docx";
import { buildReport } from "../../../src/core/report";
import { renderReportDocx } from "../../../src/docx";
import { nodeRasteriser } from "../../../src/cli/report/resvg-png";

const files = new Map<string, Uint8Array>();

function demoForm(withoutMeta: boolean): WorkbookModel {
  const built = buildForm(defaultPlan, "P_YTE", "2024-Y", "bdg test (demo)", { sample: true });
  if (!built.ok) throw new Error(built.message);
  const model = withValues(built.form, sampleValues(findUnit(defaultPlan, "P_YTE")!), "2024-12-05");
  return withoutMeta ? { sheets: model.sheets.filter((s) => s.name !== "_meta") } : model;
}

beforeAll(async () => {
  const summary = consolidate(defaultPlan, "2024-Y", "2024-12-12", [], { includeInvalid: false });
  files.set("a summary", await writeWorkbook(summaryWorkbook(defaultPlan, summary, { generator: "bdg test" })));
  files.set("the demo's summary", await writeWorkbook(summaryWorkbook(defaultPlan, summary, { generator: "bdg test", sample: true })));
  // Thousands of forms give a summary sheet of more cells than the reader takes from one sheet
  // (DEFAULT_READ_LIMITS): still ours, told by its `_meta` alone.
  const model = summaryWorkbook(defaultPlan, summary, { generator: "bdg test" });
  const cells = Array.from({ length: 110_000 }, (_, i) => ({ row: Math.floor(i / 10), col: i % 10, value: i }));
  const big = { ...model.sheets[0], name: "TepDaNhan", cells, merges: [], print: undefined };
  files.set("a summary with a sheet past the reader's cell limit", await writeWorkbook({ sheets: [big, ...model.sheets] }));
  // The test forms take the demo's values; a real form's narrative is its own words.
  const NX01 = "Khó khăn: thiếu kinh phí cho công tác truyền thông";
  files.set("a real form", await writeWorkbook(formModel({ unit: "P_YTE", values: { NX01 } })));
  files.set("a real form without _meta", await writeWorkbook(formModel({ unit: "P_YTE", withoutMeta: true, values: { NX01 } })));
  files.set("a demo form", await writeWorkbook(demoForm(false)));
  files.set("the demo form without _meta", await writeWorkbook(demoForm(true)));
  files.set("text, not a workbook", new TextEncoder().encode("Họ tên, số điện thoại"));
  files.set("a register", new TextEncoder().encode(registerText(emptyRegister())));
  files.set("a register with a byte order mark", new TextEncoder().encode(`\ufeff${registerText(emptyRegister())}`));
  files.set("a register of a format_version to come", new TextEncoder().encode(JSON.stringify({ format: REGISTER_FORMAT, format_version: 99, entries: [] })));
  files.set("other JSON", new TextEncoder().encode(JSON.stringify({ id: "vinh-linh-2024", units: [] })));
  files.set("a JSON array", new TextEncoder().encode(JSON.stringify([{ format: REGISTER_FORMAT }])));
  files.set("broken JSON", new TextEncoder().encode('{ "format": "bdg-register"'));
  files.set("a Word report", await renderReportDocx(buildReport(defaultPlan, summary), { rasterise: nodeRasteriser().rasterise, generator: "bdg test" }));
  const wordFile = async (customProperties: { name: string; value: string }[]) =>
    new Uint8Array(await Packer.toArrayBuffer(new Document({ customProperties, sections: [{ children: [new Paragraph("Báo cáo của cán bộ")] }] })));
  files.set("a clerk's Word document", await wordFile([]));
  files.set("a Word document of another bdg.format", await wordFile([{ name: "bdg.format", value: "something-else" }]));
});

const OWN: [OutputKind, string, boolean][] = [
  ["summary", "a summary", true],
  ["summary", "the demo's summary", true],
  ["summary", "a summary with a sheet past the reader's cell limit", true],
  ["summary", "a real form", false],
  ["summary", "a demo form", false],
  ["summary", "text, not a workbook", false],
  ["demo", "a demo form", true],
  ["demo", "the demo form without _meta", true],
  ["demo", "the demo's summary", true],
  ["demo", "a summary", false],
  ["demo", "a real form", false],
  ["demo", "a real form without _meta", false],
  ["demo", "text, not a workbook", false],
  ["register", "a register", true],
  ["register", "a register with a byte order mark", true],
  ["register", "a register of a format_version to come", false],
  ["register", "other JSON", false],
  ["register", "a JSON array", false],
  ["register", "broken JSON", false],
  ["register", "a summary", false],
  ["report", "a Word report", true],
  ["report", "a clerk's Word document", false],
  ["report", "a Word document of another bdg.format", false],
  ["report", "a summary", false],
  ["report", "text, not a workbook", false],
];

describe("recognising bdg's own files", () => {
  it.each(OWN)("%s recognises %s: %s", (kind, file, own) => {
    const isOwn = OUTPUT_KINDS[kind].isOwn;
    expect(isOwn).not.toBeNull();
    expect(isOwn!(files.get(file)!)).toBe(own);
  });

  it("a template never recognises an existing file (an officer may have filled it)", () => {
    expect(OUTPUT_KINDS.template.isOwn).toBeNull();
  });

  it.each([
    ["summary", [".xlsx"]],
    ["template", [".xlsx"]],
    ["demo", [".xlsx"]],
    ["register", [".json"]],
    ["report", [".docx"]],
    ["csv", [".csv"]],
  ] as const)("%s has the extensions %j", (kind, extensions) => {
    expect(OUTPUT_KINDS[kind].extensions).toEqual(extensions);
  });

  it("only the demo and the register refuse foreign files even with --force", () => {
    const strict = Object.entries(OUTPUT_KINDS).filter(([, spec]) => !spec.forceReplacesForeign).map(([kind]) => kind);
    expect(strict).toEqual(["demo", "register"]);
  });
});
