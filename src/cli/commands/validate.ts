// `bdg validate FILE... [--json] [--jobs N]`: checks filled forms. Every file is reported, whatever happens
// to the others. Exit 0 = no errors, 1 = some form has errors, 2 = some file could not be read
// as a report at all (or a usage error).
import { z } from "zod";
import type { Plan } from "../../core/plan";
import { severityLabel } from "../../core/issues/messages-vi";
import { checkOptions, jobsOption, switchOption, type RawArgs } from "../args";
import { findInputs, unreadableInputReport } from "../io/find-xlsx";
import { inspectFiles } from "../io/inspect-files";
import { loadPlanOption } from "../io/plan-option";
import { validateEntries, type ValidateEntry } from "../output/validate-json";
import { printJson, printOut } from "../output/write-out";
import { EXIT, type Command } from "./command";

const ValidateOptions = z.object({
  positionals: z.array(z.string()).min(1, "cần ít nhất một tệp .xlsx cần kiểm tra"),
  plan: z.string().optional(),
  json: switchOption,
  jobs: jobsOption.optional(),
});

function unitText(plan: Plan, entry: ValidateEntry): string {
  if (entry.unit === null) return "đơn vị chưa xác định";
  return plan.units.find((u) => u.code === entry.unit)?.name ?? entry.unit;
}

function entryText(plan: Plan, entry: ValidateEntry): string {
  const mark = !entry.readable ? "✖" : entry.errors > 0 ? "✖" : "✔";
  const verdict = !entry.readable
    ? "không đọc được"
    : entry.errors > 0
      ? `${entry.errors} lỗi, ${entry.warnings} cảnh báo`
      : entry.warnings > 0
        ? `hợp lệ, ${entry.warnings} cảnh báo`
        : "hợp lệ";
  const head = `${mark} ${entry.file} — ${entry.readable ? `${unitText(plan, entry)}, ${entry.period ?? "kỳ chưa xác định"}: ` : ""}${verdict}`;
  const lines = entry.issues.map((i) => {
    const where = [i.cell, i.indicator].filter((x) => x !== null).join(" ");
    return `    [${severityLabel(i.severity)}]${where ? ` ${where}:` : ""} ${i.message}`;
  });
  return [head, ...lines].join("\n");
}

export function exitCodeOf(entries: readonly ValidateEntry[]): number {
  if (entries.some((e) => !e.readable)) return EXIT.usage;
  if (entries.some((e) => e.errors > 0)) return EXIT.problems;
  return EXIT.ok;
}

export const validateCommand: Command = {
  options: { values: ["plan", "jobs"], switches: ["json"] },
  async run(args: RawArgs) {
    const options = checkOptions(ValidateOptions, args);
    const plan = loadPlanOption(options.plan);
    const { files, unreadable, ignored } = findInputs(options.positionals);

    const read = await inspectFiles(plan, files, options.jobs, "Đang kiểm tra");
    const known = unreadable.map(unreadableInputReport);
    const entries: ValidateEntry[] = [...read, ...known].flatMap((report) => validateEntries(plan, report));

    if (options.json) {
      // `ignored` only when a folder held files that are not spreadsheets (the shape stays as in docs/contract.md §3).
      printJson(ignored.length > 0 ? { files: entries, ignored } : { files: entries });
    } else {
      for (const entry of entries) printOut(entryText(plan, entry));
      const bad = entries.filter((e) => !e.readable || e.errors > 0).length;
      printOut(
        entries.length === 0
          ? "Không tìm thấy tệp .xlsx nào để kiểm tra."
          : `\nĐã kiểm tra ${entries.length} báo cáo: ${entries.length - bad} không có lỗi, ${bad} có lỗi hoặc không đọc được.`,
      );
      if (ignored.length > 0) printOut(`Bỏ qua ${ignored.length} tệp không phải bảng tính: ${ignored.join(", ")}`);
    }
    return exitCodeOf(entries);
  },
};
