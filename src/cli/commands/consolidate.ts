// `bdg consolidate PATH... --period CODE [--as-of DATE] [--out FILE.xlsx] [--json] [--include-invalid] [--jobs N]`.
// Exit 0 whenever the summary is produced (missing, late or invalid units are results, not
// failures); 2 on a usage error. The summary is never written onto one of the inputs.
import { resolve } from "node:path";
import { z } from "zod";
import { findPeriod } from "../../core/plan";
import { checkOptions, isoDateOption, jobsOption, switchOption, UsageError, type RawArgs } from "../args";
import { findInputs } from "../io/find-xlsx";
import { writeJsonDocument } from "../io/write-json";
import { isOneOf } from "../io/same-file";
import { loadPlanOption } from "../io/plan-option";
import { loadRegister, saveRegister } from "../io/register-file";
import { nowInHcm, todayInHcm } from "../io/today";
import { summaryJson } from "../output/summary-json";
import { summaryText } from "../output/summary-text";
import { printErr, printOut } from "../output/write-out";
import { EXIT, type Command } from "./command";
import { runConsolidation, writeSummary } from "./run-consolidation";

const ConsolidateOptions = z.object({
  positionals: z.array(z.string()).min(1, "cần ít nhất một tệp hoặc thư mục báo cáo"),
  plan: z.string().optional(),
  period: z.string({ error: "thiếu --period (mã kỳ báo cáo, ví dụ 2024-Y)" }).min(1),
  "as-of": isoDateOption.optional(),
  out: z.string().min(1).optional(),
  json: switchOption,
  "include-invalid": switchOption,
  jobs: jobsOption.optional(),
  register: z.string().min(1).optional(),
});

export const consolidateCommand: Command = {
  options: { values: ["plan", "period", "as-of", "out", "jobs", "register"], switches: ["json", "include-invalid"] },
  async run(args: RawArgs) {
    const options = checkOptions(ConsolidateOptions, args);
    const plan = loadPlanOption(options.plan);
    if (!findPeriod(plan, options.period)) {
      throw new UsageError(`Không có kỳ báo cáo "${options.period}". Các kỳ: ${plan.periods.map((p) => p.code).join(", ")}`);
    }
    const found = findInputs(options.positionals);
    if (found.missing.length > 0) {
      throw new UsageError(`Không tìm thấy: ${found.missing.join(", ")}`, false);
    }
    if (options.out !== undefined) {
      const out = resolve(options.out);
      const inputs = found.files.map((f) => f.absolute);
      if (inputs.includes(out) || isOneOf(out, inputs)) {
        throw new UsageError(`Không ghi bảng tổng hợp vào ${options.out}: đó là một tệp đầu vào. Hãy chọn tên khác cho --out.`, false);
      }
    }
    // The register is read (and refused if it is not one) before any input is read.
    const register = options.register === undefined ? undefined : { register: loadRegister(options.register), now: nowInHcm() };
    const asOf = options["as-of"] ?? todayInHcm();
    const { summary, register: recorded } = await runConsolidation({
      plan,
      files: found.files,
      unreadable: found.unreadable,
      ignored: found.ignored,
      register,
      period: options.period,
      asOf,
      includeInvalid: options["include-invalid"] === true,
      jobs: options.jobs,
    });

    let exit: number = EXIT.ok;
    if (options.register !== undefined && recorded && recorded.added > 0) {
      const saved = saveRegister(options.register, recorded.register);
      if (saved.ok) printErr(`Sổ nhận ${options.register}: ghi thêm ${recorded.added} tệp mới.`);
      else {
        printErr(saved.message);
        exit = EXIT.writeFailed;
      }
    }

    if (options.out !== undefined) {
      const written = await writeSummary(plan, summary, options.out);
      if (!written.ok) {
        printErr(written.message);
        return EXIT.usage;
      }
    }
    if (options.json) {
      // Streamed: for thousands of files the document is megabytes (write-json.ts).
      writeJsonDocument(summaryJson(plan, summary), (chunk) => process.stdout.write(chunk));
    } else {
      if (found.files.length === 0 && found.unreadable.length === 0) printErr("Không tìm thấy tệp .xlsx nào trong đường dẫn đã cho.");
      printOut(summaryText(plan, summary));
      if (options.out !== undefined) printOut(`Đã ghi bảng tổng hợp: ${options.out}`);
    }
    if (options.json && options.out !== undefined) printErr(`Đã ghi bảng tổng hợp: ${options.out}`);
    return exit;
  },
};
