// `bdg plan [--plan FILE] [--json]`: the roster, the periods with their due dates, and the
// indicators by section; or the plan as JSON (a starting point for a new plan file).
import { z } from "zod";
import { exportPlanJson, type Plan } from "../../core/plan";
import { formatDateVi } from "../../core/time";
import { checkOptions, switchOption, type RawArgs } from "../args";
import { loadPlanOption } from "../io/plan-option";
import { renderTable } from "../output/table";
import { terminalWidth } from "../output/terminal-width";
import { wrapToWidth } from "../output/text-width";
import { printOut, writeOut } from "../output/write-out";
import { EXIT, type Command } from "./command";

const PlanOptions = z.object({
  positionals: z.array(z.string()).max(0, "lệnh plan không nhận tham số"),
  plan: z.string().optional(),
  json: switchOption,
});

const TYPE_LABEL: Record<string, string> = {
  count: "số đếm",
  money: "tiền",
  yesno: "Có/Không",
  text: "văn bản",
  calc: "tính tự động",
};

function whoText(plan: Plan, kinds: readonly string[], except: readonly string[], summaryOnly: boolean): string {
  if (summaryOnly) return "chỉ bảng tổng hợp";
  const base = kinds.includes("ALL") ? "tất cả" : kinds.join(", ");
  return except.length > 0 ? `${base} trừ ${except.join(", ")}` : base;
}

export function planText(plan: Plan): string {
  const parts: string[] = [];
  parts.push(`${wrapToWidth(plan.title, terminalWidth())}\nMã kế hoạch: ${plan.id} — ${plan.issuer}\n`);

  parts.push(`ĐƠN VỊ BÁO CÁO (${plan.units.length})`);
  parts.push(
    renderTable(
      [{ title: "STT", align: "right", dropOrder: 2 }, { title: "Mã" }, { title: "Tên đơn vị", maxWidth: 50, minWidth: 20 }, { title: "Loại", dropOrder: 1 }, { title: "Bắt buộc" }],
      plan.units.map((u, i) => [String(i + 1), u.code, u.name, u.kind, u.required ? "có" : "không"]),
    ),
  );

  parts.push("KỲ BÁO CÁO");
  parts.push(
    renderTable(
      [{ title: "Mã" }, { title: "Tên kỳ" }, { title: "Số liệu từ" }, { title: "đến" }, { title: "Hạn nộp" }],
      plan.periods.map((p) => [p.code, p.label, formatDateVi(p.dataFrom), formatDateVi(p.dataTo), formatDateVi(p.due)]),
    ),
  );

  parts.push("CHỈ TIÊU");
  for (const section of plan.sections) {
    const rows = plan.indicators.filter((i) => i.section === section.code);
    if (rows.length === 0) continue;
    const onlyYear = section.periodKinds.length === 1 && section.periodKinds[0] === "year";
    parts.push(wrapToWidth(`${section.stt}. ${section.title}${onlyYear ? " (chỉ kỳ báo cáo năm)" : ""}`, terminalWidth(), "    "));
    parts.push(
      renderTable(
        [{ title: "Mã" }, { title: "Chỉ tiêu", maxWidth: 60, minWidth: 24 }, { title: "Đơn vị tính", maxWidth: 18, minWidth: 8 }, { title: "Kiểu", dropOrder: 1 }, { title: "Đơn vị áp dụng", maxWidth: 30, minWidth: 12 }],
        rows.map((i) => [
          i.code,
          i.parent ? `  ${i.label}` : i.label,
          i.unitOfMeasure,
          TYPE_LABEL[i.type] ?? i.type,
          whoText(plan, i.who.kinds, i.who.except, i.who.summaryOnly),
        ]),
      ),
    );
  }
  return parts.join("\n");
}

export const planCommand: Command = {
  options: { values: ["plan"], switches: ["json"] },
  async run(args: RawArgs) {
    const options = checkOptions(PlanOptions, args);
    const plan = loadPlanOption(options.plan);
    if (options.json) writeOut(exportPlanJson(plan));
    else printOut(planText(plan));
    return EXIT.ok;
  },
};
