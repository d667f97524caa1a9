// `bdg consolidate PATH... --period CODE [--as-of DATE] [--out FILE.xlsx] [--register FILE.json]
//  [--csv FILE.csv] [--docx FILE.docx] [--previous SUMMARY.xlsx] [--recipient CODE] [--json] [--include-invalid] [--jobs N] [--force]`.
// Exit 0 whenever the summary is produced (missing, late or invalid units are results, not
// failures); 2 on a usage error or a refused output, before any input is read; 3 when the
// summary was computed and printed but an output could not be written (docs/contract.md §4.3).
import { resolve } from "node:path";
import { z } from "zod";
import { longFormCsv } from "../../core/consolidate";
import { registerText } from "../../core/register";
import { checkOptions, dateOption, jobsOption, switchOption, UsageError, type RawArgs } from "../args";
import { periodCodeOrUsage, recipientCodeOrUsage } from "../input/plan-codes";
import { findInputs } from "../io/find-xlsx";
import { writeJsonDocument } from "../io/write-json";
import { loadPlanOption } from "../io/plan-option";
import { loadPreviousOption } from "../io/previous-option";
import { loadRegister } from "../io/register-file";
import { nowInHcm, todayInHcm } from "../io/today";
import { openOutputs, type OutputRequest } from "../io/write";
import { summaryJson } from "../output/summary-json";
import { summaryText } from "../output/summary-text";
import { terminalWidth } from "../output/terminal-width";
import { wrapToWidth } from "../output/text-width";
import { printErr, printOut, writeOut } from "../output/write-out";
import { EXIT, type Command } from "./command";
import { runConsolidation, writeSummary } from "./run-consolidation";

const ConsolidateOptions = z.object({
  positionals: z.array(z.string()).min(1, "cần ít nhất một tệp hoặc thư mục báo cáo"),
  plan: z.string().optional(),
  period: z.string({ error: "thiếu --period (mã kỳ báo cáo, ví dụ 2024-Y)" }).min(1),
  "as-of": dateOption.optional(),
  out: z.string().min(1).optional(),
  json: switchOption,
  "include-invalid": switchOption,
  jobs: jobsOption.optional(),
  register: z.string().min(1).optional(),
  csv: z.string().min(1).optional(),
  docx: z.string().min(1).optional(),
  previous: z.string().min(1).optional(),
  recipient: z.string().min(1).optional(),
  force: switchOption,
});
type ConsolidateOptions = z.infer<typeof ConsolidateOptions>;

/** Every file this run will write, each with its kind (io/write/output-kinds.ts). */
function plannedOutputs(options: ConsolidateOptions): OutputRequest[] {
  const outputs: OutputRequest[] = [];
  if (options.out !== undefined) outputs.push({ path: options.out, kind: "summary" });
  if (options.register !== undefined) outputs.push({ path: options.register, kind: "register" });
  if (options.csv !== undefined) outputs.push({ path: options.csv, kind: "csv" });
  if (options.docx !== undefined) outputs.push({ path: options.docx, kind: "report" });
  return outputs;
}

export const consolidateCommand: Command = {
  options: { values: ["plan", "period", "as-of", "out", "jobs", "register", "csv", "docx", "previous", "recipient"], switches: ["json", "include-invalid", "force"] },
  async run(args: RawArgs) {
    const options = checkOptions(ConsolidateOptions, args);
    const plan = loadPlanOption(options.plan);
    const period = periodCodeOrUsage(plan, options.period);
    const recipient = options.recipient === undefined ? null : recipientCodeOrUsage(plan, options.recipient);
    const previous = loadPreviousOption(options.previous);
    const found = findInputs(options.positionals);
    if (found.missing.length > 0) {
      throw new UsageError(`Không tìm thấy: ${found.missing.join(", ")}`, false);
    }
    // Refusals, writability and locks, before any input is read. The register is read under its
    // lock, so that a second run can never append to the register this one is about to replace.
    const outputs = await openOutputs(plannedOutputs(options), {
      inputs: [...found.files.map((f) => resolve(f.absolute)), ...(options.previous ? [resolve(options.previous)] : [])],
      planFile: options.plan,
      previousFile: options.previous,
      force: options.force === true,
    });
    try {
      const register = options.register === undefined ? undefined : { register: loadRegister(options.register), now: nowInHcm() };
      const asOf = options["as-of"] ?? todayInHcm();
      const { summary, register: recorded } = await runConsolidation({
        plan,
        files: found.files,
        unreadable: found.unreadable,
        ignored: found.ignored,
        register,
        period,
        asOf,
        includeInvalid: options["include-invalid"] === true,
        jobs: options.jobs,
        recipient,
        previous,
      });

      const failures: string[] = [];
      const written: string[] = [];
      if (options.register !== undefined && recorded && recorded.added > 0) {
        const saved = await outputs.write(options.register, registerText(recorded.register));
        if (saved.ok) printErr(`Sổ nhận ${options.register}: ghi thêm ${recorded.added} tệp mới.`);
        else failures.push(saved.message);
      }
      if (options.out !== undefined) {
        const result = await writeSummary(outputs, options.out, plan, summary);
        if (result.ok) written.push(`Đã ghi bảng tổng hợp: ${options.out}`);
        else failures.push(result.message);
      }
      if (options.csv !== undefined) {
        const saved = await outputs.write(options.csv, longFormCsv(plan, summary));
        if (saved.ok) written.push(`Đã ghi bảng dài (CSV): ${options.csv}`);
        else failures.push(saved.message);
      }
      if (options.docx !== undefined) {
        // Loaded only here: the Word writer, ECharts and resvg are the largest parts of bdg.
        const { writeReport } = await import("../report/write-report.js");
        const saved = await writeReport(outputs, options.docx, plan, summary);
        if (saved.ok) written.push(`Đã ghi báo cáo Word: ${options.docx}`);
        else failures.push(saved.message);
      }
      if (options.json) {
        // Streamed: for thousands of files the document is megabytes (write-json.ts).
        writeJsonDocument(summaryJson(plan, summary), writeOut);
        for (const line of written) printErr(line);
      } else {
        if (found.files.length === 0 && found.unreadable.length === 0) printErr("Không tìm thấy tệp .xlsx nào trong đường dẫn đã cho.");
        printOut(summaryText(plan, summary));
        for (const line of written) printOut(line);
        if (options.out === undefined && options.csv === undefined && options.docx === undefined) printErr(wrapToWidth(noFileWrittenHint(period), terminalWidth()));
      }
      if (failures.length === 0) return EXIT.ok;
      printErr([...failures, "Kết quả tổng hợp vẫn được in ở trên (mã thoát 3)."].join("\n"));
      return EXIT.writeFailed;
    } finally {
      outputs.close();
    }
  },
};

/** Said when the run printed its table but was not asked to write any file (docs/cli.md). */
export function noFileWrittenHint(period: string): string {
  return `Chưa ghi tệp nào: bảng trên chỉ in ra màn hình. Để lưu bảng tổng hợp, thêm --out tong-hop-${period}.xlsx (hoặc --csv TỆP.csv cho bảng dài).`;
}
