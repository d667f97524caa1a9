// `bdg demo [--out-dir DIR] [--force]`: the newcomer's first run. Writes a synthetic inbox for the
// built-in plan (sample data, clearly marked), consolidates it as of 12/12/2024, writes the
// summary workbook and prints the status table, then says where everything is and what to do
// next. Deterministic: the same files and the same summary on every run.
// It never lands on real work (docs/contract.md §4.3): a folder that is not empty is refused
// unless --force, and even then only the demo's own files (sample = 1) are written over.
import { readdirSync, statSync, utimesSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { buildForm, withValues } from "../../core/form";
import { defaultPlan, findPeriod } from "../../core/plan";
import type { WorkbookModel } from "../../core/sheet";
import { writeWorkbookInNode } from "../../xlsx/write/node-write";
import type { Outputs } from "../io/write";
import { checkOptions, switchOption, UsageError, type RawArgs } from "../args";
import { demoInbox, DEMO_AS_OF, DEMO_INBOX_FOLDER, DEMO_PERIOD, DEMO_SUMMARY_FILE, NOT_SENT_NOTES, type DemoFile } from "../demo/scenario";
import { SAMPLE_DATA_MARK } from "../demo/sample-data";
import { withSampleDataNote } from "../demo/sample-note-sheet";
import { createProgress } from "../output/progress";
import { summaryText } from "../output/summary-text";
import { renderTable } from "../output/table";
import { printErr, printOut } from "../output/write-out";
import type { FoundFile } from "../io/find-xlsx";
import { openOutputs } from "../io/write";
import { GENERATOR } from "../version";
import { EXIT, type Command } from "./command";
import { runConsolidation, writeSummary } from "./run-consolidation";

const DemoOptions = z.object({
  positionals: z.array(z.string()).max(0, "lệnh demo không nhận tham số; dùng --out-dir"),
  "out-dir": z.string().min(1).default("bdg-demo"),
  force: switchOption,
});

/** An --out-dir that holds anything is refused without --force: it may be the officer's real folder. */
function refuseNonEmptyFolder(outDir: string, force: boolean): void {
  let entries: string[];
  try {
    if (!statSync(outDir).isDirectory()) throw new UsageError(`${outDir} là một tệp, không phải thư mục; hãy chọn --out-dir khác.`, false);
    entries = readdirSync(outDir);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    return; // not there yet: it will be made
  }
  if (entries.length === 0 || force) return;
  throw new UsageError(
    [
      `Thư mục ${outDir} đã có ${entries.length} tệp hoặc thư mục; bdg demo chỉ ghi vào thư mục trống hoặc chưa có.`,
      `Chọn thư mục khác (--out-dir), hoặc thêm --force để ghi lại bộ dữ liệu mẫu: khi đó chỉ các tệp mẫu do bdg demo tạo`,
      `được ghi đè; tệp nào khác trùng tên thì lệnh dừng, không tệp nào bị thay đổi.`,
    ].join("\n"),
    false,
  );
}

function demoWorkbook(file: DemoFile): WorkbookModel {
  const built = buildForm(defaultPlan, file.unit, DEMO_PERIOD, `${GENERATOR} (demo)`, { sample: true });
  if (!built.ok) throw new Error(built.message);
  const model = file.blank ? built.form.workbook : withValues(built.form, file.values, file.reportDate);
  return file.withoutMeta ? { sheets: model.sheets.filter((s) => s.name !== "_meta") } : model;
}

function scenarioTable(files: readonly DemoFile[]): string {
  const rows = files.filter((f) => f.note !== null).map((f) => [f.fileName, f.note as string]);
  for (const [unit, note] of Object.entries(NOT_SENT_NOTES)) rows.push([`(không có tệp của ${unit})`, note]);
  return renderTable([{ title: "Tệp", maxWidth: 44, minWidth: 20 }, { title: "Tình huống", maxWidth: 90, minWidth: 24 }], rows);
}

/** The inbox, its consolidation and the summary; exit 3 when a file could not be written. */
async function writeDemo(files: readonly DemoFile[], inboxDir: string, summaryPath: string, outputs: Outputs): Promise<number> {
  const plan = defaultPlan;
  const period = findPeriod(plan, DEMO_PERIOD);
  if (!period) throw new Error(`the built-in plan has no period ${DEMO_PERIOD}`);
  printOut(`bdg demo — ${SAMPLE_DATA_MARK}\n`);
  const progress = createProgress(files.length, "Đang tạo hộp thư mẫu");
  const written: FoundFile[] = [];
  for (const file of files) {
    const path = join(inboxDir, file.fileName);
    const result = await outputs.write(path, await writeWorkbookInNode(demoWorkbook(file)));
    progress.tick(file.fileName);
    if (!result.ok) {
      progress.done();
      printErr(result.message);
      return EXIT.writeFailed;
    }
    // The time the e-mail arrived, as a clerk's inbox would have it: ties on one report day are
    // then told apart by it (docs/contract.md §4.1), the same on every run.
    const arrived = new Date(file.receivedAt);
    utimesSync(path, arrived, arrived);
    written.push({ display: path, absolute: resolve(path) });
  }
  progress.done();
  printOut(`Đã tạo hộp thư mẫu: ${inboxDir} (${files.length} tệp, ${period.label}, hạn nộp 10/12/2024).`);
  printOut("Các tình huống cài sẵn trong hộp thư:");
  printOut(scenarioTable(files));

  const { summary } = await runConsolidation({ plan, files: written, period: DEMO_PERIOD, asOf: DEMO_AS_OF, includeInvalid: false, jobs: undefined });
  const saved = await writeSummary(outputs, summaryPath, plan, summary, withSampleDataNote, true);
  printOut(summaryText(plan, summary, { totals: false }));
  if (!saved.ok) {
    printErr(`${saved.message}\nBảng trạng thái vẫn được in ở trên (mã thoát 3).`);
    return EXIT.writeFailed;
  }
  printOut(
    [
      `Đã ghi bảng tổng hợp (có số liệu toàn huyện, ma trận, lỗi, nhận xét): ${summaryPath}`,
      `(${SAMPLE_DATA_MARK})`,
      "",
      "Bước tiếp theo:",
      `  1. Mở ${summaryPath} bằng Excel hoặc LibreOffice để xem bảng tổng hợp.`,
      `  2. Xem lỗi của một báo cáo:      npx bdg validate ${join(inboxDir, "X_VINH_HA_2024-Y.xlsx")}`,
      "  3. Tạo biểu mẫu trống gửi đơn vị: npx bdg template --all --period 2024-Y --out-dir bieu-mau",
      "  4. Tổng hợp báo cáo thật:        npx bdg consolidate <thư-mục-báo-cáo> --period 2024-Y --out tong-hop.xlsx",
      "  Hướng dẫn đầy đủ: npx bdg --help, hoặc docs/cli.md",
    ].join("\n"),
  );
  return EXIT.ok;
}

export const demoCommand: Command = {
  options: { values: ["out-dir"], switches: ["force"] },
  async run(args: RawArgs) {
    const options = checkOptions(DemoOptions, args);
    const outDir = options["out-dir"];
    const inboxDir = join(outDir, DEMO_INBOX_FOLDER);
    const force = options.force === true;
    refuseNonEmptyFolder(outDir, force);
    const files = demoInbox(defaultPlan);
    const summaryPath = join(outDir, DEMO_SUMMARY_FILE);
    const outputs = await openOutputs(
      [...files.map((f) => ({ path: join(inboxDir, f.fileName), kind: "demo" as const })), { path: summaryPath, kind: "demo" }],
      { force },
    );
    try {
      return await writeDemo(files, inboxDir, summaryPath, outputs);
    } finally {
      outputs.close();
    }
  },
};
