// `bdg template`: one blank form (--unit, --out) or one per roster unit (--all, --out-dir,
// files <UNIT>_<PERIOD>.xlsx). An existing file is never replaced without --force (an officer may
// have filled it); with --all every target is checked before the first one is written. Each form
// is written atomically under its lock (io/write); exit 3 when one could not be written.
import { join } from "node:path";
import { z } from "zod";
import { buildForm } from "../../core/form";
import { findPeriod, type Plan } from "../../core/plan";
import { writeWorkbookInNode } from "../../xlsx/write/node-write";
import { checkOptions, switchOption, UsageError, type RawArgs } from "../args";
import { periodCodeOrUsage, unitCodeOrUsage } from "../input/plan-codes";
import { loadPlanOption } from "../io/plan-option";
import { openOutputs } from "../io/write";
import { createProgress } from "../output/progress";
import { printErr, printOut } from "../output/write-out";
import { GENERATOR } from "../version";
import { EXIT, type Command } from "./command";

const TemplateOptions = z
  .object({
    positionals: z.array(z.string()).max(0, "lệnh template không nhận tham số; dùng --unit, --period, --out"),
    plan: z.string().optional(),
    unit: z.string().min(1).optional(),
    period: z.string({ error: "thiếu --period (mã kỳ báo cáo, ví dụ 2024-Y)" }).min(1),
    out: z.string().min(1).optional(),
    "out-dir": z.string().min(1).optional(),
    all: switchOption,
    force: switchOption,
  })
  .refine((o) => (o.all ? o.unit === undefined && o.out === undefined : o["out-dir"] === undefined), {
    message: "--all đi với --out-dir; --unit đi với --out (không dùng lẫn)",
  })
  .refine((o) => (o.all ? o["out-dir"] !== undefined : o.unit !== undefined && o.out !== undefined), {
    message: "cần --unit MÃ --out TỆP.xlsx, hoặc --all --out-dir THƯ_MỤC",
  });

function periodOrUsage(plan: Plan, code: string) {
  const period = findPeriod(plan, periodCodeOrUsage(plan, code));
  if (!period) throw new Error(`resolved period ${code} is not in the plan`);
  return period;
}

/** Renders one unit's blank form to .xlsx bytes. */
export async function blankFormBytes(plan: Plan, unitCode: string, periodCode: string): Promise<Uint8Array> {
  const built = buildForm(plan, unitCode, periodCode, GENERATOR);
  if (!built.ok) throw new UsageError(built.message, false);
  return writeWorkbookInNode(built.form.workbook);
}

export const templateCommand: Command = {
  options: { values: ["plan", "unit", "period", "out", "out-dir"], switches: ["all", "force"] },
  async run(args: RawArgs) {
    const options = checkOptions(TemplateOptions, args);
    const plan = loadPlanOption(options.plan);
    const period = periodOrUsage(plan, options.period);
    const force = options.force === true;

    const targets: { unit: string; path: string }[] = [];
    if (options.all) {
      const dir = options["out-dir"] as string;
      for (const unit of plan.units) targets.push({ unit: unit.code, path: join(dir, `${unit.code}_${period.code}.xlsx`) });
    } else {
      const unit = unitCodeOrUsage(plan, options.unit as string);
      targets.push({ unit, path: options.out as string });
    }

    const outputs = await openOutputs(
      targets.map((t) => ({ path: t.path, kind: "template" as const })),
      { planFile: options.plan, force },
    );
    const progress = createProgress(targets.length, "Đang tạo biểu mẫu");
    let failure: string | null = null;
    let done = 0;
    try {
      for (const target of targets) {
        const written = await outputs.write(target.path, await blankFormBytes(plan, target.unit, period.code));
        progress.tick(target.unit);
        if (!written.ok) {
          failure = written.message;
          break;
        }
        done++;
      }
    } finally {
      progress.done();
      outputs.close();
    }
    if (failure !== null) {
      printErr(failure);
      if (done > 0) printErr(`Đã tạo ${done} trên ${targets.length} biểu mẫu trước khi dừng; các tệp đó dùng được.`);
      return EXIT.writeFailed;
    }
    if (targets.length === 1) printOut(`Đã tạo biểu mẫu ${targets[0].unit}, ${period.label}: ${targets[0].path}`);
    else printOut(`Đã tạo ${targets.length} biểu mẫu ${period.label} trong thư mục ${options["out-dir"]}`);
    return EXIT.ok;
  },
};
