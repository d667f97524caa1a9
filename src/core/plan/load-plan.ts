// Loading a plan file: JSON text → schema → cross-references. A bad file is an answer, never an
// exception: every problem comes back with its place in the file and a Vietnamese message.
import type { z } from "zod";
import { checkPlanReferences } from "./check-plan-references";
import { jsonErrorOffset } from "./json-error-offset";
import { prettyJson } from "./pretty-json";
import { PlanSchema, type Plan } from "./schema";
import { vietnameseErrorMap } from "./zod-issues-vi";

export interface PlanError {
  /** Where in the file: "indicators[3].code"; "" for the file as a whole. */
  path: string;
  /** Vietnamese, for the clerk who wrote the file. */
  message: string;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: PlanError[] };

/** ["indicators", 3, "code"] → "indicators[3].code" */
export function formatPlanPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * One zod issue → plan errors. A union whose value had the right shape but wrong content
 * (e.g. a rule operand [{ "code": "X", "sign": 2 }]) is reported at the inner place, not as
 * "none of the forms matched": that is the branch the author meant.
 */
function planErrorsOf(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): PlanError[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union") {
    const meant = issue.errors.filter((branch) => branch.some((inner) => inner.path.length > 0));
    if (meant.length === 1) return meant[0].flatMap((inner) => planErrorsOf(inner, path));
  }
  return [{ path: formatPlanPath(path), message: issue.message }];
}

/** Validate an already-parsed value (e.g. JSON.parse output) as a plan. */
export function parsePlan(input: unknown): PlanResult {
  try {
    const parsed = PlanSchema.safeParse(input, { error: vietnameseErrorMap });
    if (!parsed.success) {
      return {
        ok: false,
        errors: parsed.error.issues.flatMap((issue) => planErrorsOf(issue, [])),
      };
    }
    const errors = checkPlanReferences(parsed.data);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, plan: parsed.data };
  } catch (e) {
    // Only a bug can land here (zod itself never throws on safeParse); still an answer, not a crash.
    return { ok: false, errors: [{ path: "", message: `Lỗi không mong đợi khi đọc kế hoạch: ${String(e)}` }] };
  }
}

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** A JSON syntax error, located by our own scanner (engines word and place it differently). */
function jsonSyntaxError(text: string): PlanError {
  const found = jsonErrorOffset(text);
  const offset = found < 0 ? text.length : found;
  const { line, column } = lineColumn(text, offset);
  const what =
    offset >= text.length
      ? "tệp kết thúc đột ngột (thiếu dấu đóng } hoặc ], hoặc tệp bị cắt cụt)"
      : `gặp ký tự ${JSON.stringify(text[offset])} không đúng chỗ`;
  return {
    path: "",
    message: `Tệp kế hoạch không phải JSON hợp lệ: lỗi ở dòng ${line}, cột ${column} (vị trí ${offset}): ${what}.`,
  };
}

/** Read a plan file's text (UTF-8, a byte-order mark from Notepad is tolerated). */
export function parsePlanText(text: string): PlanResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return { ok: false, errors: [{ path: "", message: "Tệp kế hoạch rỗng." }] };
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch {
    return { ok: false, errors: [jsonSyntaxError(body)] };
  }
  return parsePlan(input);
}

/** Pretty JSON of a plan, read back identically by parsePlanText (`bdg plan --json` → a new plan file). */
export function exportPlanJson(plan: Plan): string {
  return prettyJson(plan);
}
