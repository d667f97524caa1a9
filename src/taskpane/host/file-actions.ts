// File mode: the task pane in a plain browser (Office.onReady says there is no host).
// Install downloads a blank form, check opens a filled form from disk, consolidation downloads
// the summary. Nothing leaves the machine: files are read and written in the page.
import { summaryWorkbook } from "../../core/consolidate";
import { emptyRegister, parseRegisterText, registerText } from "../../core/register";
import { blankFormFile, checkFile, finalizeFile, GENERATOR } from "../../usecases";
import type { SpawnReadWorker } from "./worker-spawner";
import type { ActionRoutes, CheckResult, TaskpaneActions } from "./actions";
import { browserSettings } from "./browser-settings";
import { consolidatePicked } from "./consolidate-picked";
import { fileReadings } from "./read-pool";
import { downloadBytes, inputFileOf } from "./browser-files";
import { writeWorkbookLazily } from "./lazy-writer";
import { fileModeCapabilities } from "../../excel/capabilities";

const FILE_MODE_CAPABILITIES = fileModeCapabilities();

/** Everything through files: finalize downloads a stamped copy of the picked form. */
export const FILE_ROUTES: ActionRoutes = { install: "file", check: "file", finalize: "file", consolidateOpenWorkbook: "none", deliverSummary: "file" };

/** `spawnWorker` starts a read worker for "Tổng hợp" (null: files are read in the page). */
export function fileActions(spawnWorker: SpawnReadWorker | null = null): TaskpaneActions {
  const readingFor = fileReadings(spawnWorker);
  return {
    mode: "file",
    routes: FILE_ROUTES,
    capabilities: async () => FILE_MODE_CAPABILITIES,
    settings: browserSettings(),
    async install(plan, unitCode, periodCode) {
      const outcome = await blankFormFile(plan, unitCode, periodCode, writeWorkbookLazily);
      if (!outcome.ok) return { kind: "failed", message: outcome.message };
      downloadBytes(outcome.fileName, outcome.bytes);
      return { kind: "downloaded", fileName: outcome.fileName };
    },
    async check(plan, file): Promise<CheckResult> {
      if (!file) throw new Error("Chưa chọn tệp để kiểm tra.");
      const report = await checkFile(plan, inputFileOf(file));
      if (report.kind === "forms") return { kind: "forms", source: file.name, forms: report.forms };
      return { kind: "problem", source: file.name, issue: report.issue };
    },
    async finalize(plan, now, file) {
      if (!file) throw new Error("Chưa chọn tệp biểu mẫu để hoàn tất.");
      const done = await finalizeFile(plan, file.name, new Uint8Array(await file.arrayBuffer()), now);
      if (done.stamped) downloadBytes(done.stamped.fileName, done.stamped.bytes);
      return done.outcome;
    },
    async selectCell() {
      // nothing to select outside Excel: the pane shows the address instead
    },
    // The receipt register is a file the clerk picks, and downloads again updated (docs/so-nhan.md):
    // report data never goes into the browser's storage.
    async consolidate(input) {
      let register = emptyRegister();
      if (input.registerFile) {
        const parsed = parseRegisterText(await input.registerFile.text());
        if (!parsed.ok) throw new Error(`Sổ nhận “${input.registerFile.name}” không dùng được: ${parsed.message}. Hãy chọn đúng tệp sổ nhận, hoặc bỏ chọn để bắt đầu sổ mới.`);
        register = parsed.register;
      }
      const done = await consolidatePicked(input, readingFor, null, register);
      const kept = done.receipts ?? { register, added: 0 };
      const fileName = input.registerFile?.name ?? "so-nhan.json";
      const bytes = new TextEncoder().encode(registerText(kept.register));
      return {
        summary: done.summary,
        receipts: { kept: "file", added: kept.added, total: kept.register.entries.length, fileName, save: () => downloadBytes(fileName, bytes, "application/json") },
      };
    },
    async deliverSummary(plan, summary) {
      const fileName = `TongHop_BDG_${summary.period}_${summary.asOf}.xlsx`;
      downloadBytes(fileName, await writeWorkbookLazily(summaryWorkbook(plan, summary, { generator: GENERATOR })));
      return { kind: "downloaded", fileName };
    },
    async onWorkbookChanged() {
      return () => undefined;
    },
  };
}
