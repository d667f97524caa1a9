// --plan FILE → a checked plan, or the built-in Vĩnh Linh 2024 plan. A bad plan file is a usage
// error (exit 2) listing every problem with its place in the file.
import { readFileSync } from "node:fs";
import { defaultPlan, parsePlanText, type Plan } from "../../core/plan";
import { UsageError } from "../args";
import { fsErrorText } from "./fs-error-vi";

export function loadPlanOption(planFile: string | undefined): Plan {
  if (planFile === undefined) return defaultPlan;
  let text: string;
  try {
    text = readFileSync(planFile, "utf8");
  } catch (e) {
    throw new UsageError(`Không đọc được tệp kế hoạch ${planFile}: ${fsErrorText(e, "read")}`, false);
  }
  const result = parsePlanText(text);
  if (result.ok) return result.plan;
  const lines = result.errors.map((err) => `  - ${err.path ? `${err.path}: ` : ""}${err.message}`);
  throw new UsageError(`Tệp kế hoạch ${planFile} không hợp lệ:\n${lines.join("\n")}`, false);
}
