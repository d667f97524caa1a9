// Every rule of the built-in plan, one passing and one failing form each, read through the
// reader from a hand-built grid (test/helpers/form-grid.ts).
import type { CellValue } from "../../../src/core/grid";
import { renderIssue } from "../../../src/core/issues";
import { applicableIndicators, defaultPlan as plan } from "../../../src/core/plan";
import type { Comparison, Operand, Rule } from "../../../src/core/plan";
import { inspectWorkbook } from "../../../src/core/rules";
import type { ValidatedForm } from "../../../src/core/read";
import { referencedCodes } from "../../../src/core/rules";
import { buildFormGrid, validValues, valueCellOf } from "../../helpers/form-grid";
import { paramOf } from "../../helpers/issue-params";

function formOf(unit: string, period: string, values: Record<string, CellValue>): { form: ValidatedForm; cellOf: (code: string) => string | null } {
  const grid = buildFormGrid(plan, unit, period, values);
  const report = inspectWorkbook(plan, "f.xlsx", null, grid);
  if (report.kind !== "forms") throw new Error(report.kind);
  return { form: report.forms[0], cellOf: (code) => valueCellOf(grid.sheets[0], code) };
}

/** The first roster unit and period whose form carries every code of the rule. */
function formFor(rule: Rule): { unit: string; period: string } {
  for (const period of plan.periods) {
    for (const unit of plan.units) {
      const codes = new Set(applicableIndicators(plan, unit, period).map((i) => i.code));
      if (referencedCodes(rule).every((c) => codes.has(c))) return { unit: unit.code, period: period.code };
    }
  }
  throw new Error(`no form carries rule ${rule.id}`);
}

/** A value of a single-term operand that makes `value op constant` hold (true) or not (false). */
function satisfying(op: Comparison, constant: number | string, wanted: boolean): CellValue {
  if (typeof constant === "string") return (op === "==") === wanted ? constant : constant === "Có" ? "Không" : "Có";
  const holds: Record<Comparison, number> = { "<=": constant, "<": constant - 1, ">=": constant, ">": constant + 5, "==": constant, "!=": constant + 5 };
  const breaks: Record<Comparison, number> = { "<=": constant + 5, "<": constant + 5, ">=": constant - 1, ">": constant, "==": constant + 5, "!=": constant };
  return wanted ? holds[op] : breaks[op];
}

/** Values (on top of a valid form) that break `left op right`. */
function breaking(left: Operand, op: Comparison, right: Operand): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  if (!Array.isArray(left)) throw new Error("left must be terms");
  if (!Array.isArray(right)) {
    const v = satisfying(op, right, false);
    for (const t of left) out[t.code] = typeof v === "number" ? v / left.length : v;
    return out;
  }
  const [l, r] = op === "<=" || op === "<" ? [60, 50] : op === ">=" || op === ">" ? [1, 100] : op === "==" ? [1, 2] : [5, 5];
  for (const t of left) out[t.code] = l;
  for (const t of right) out[t.code] = r;
  return out;
}

describe("the built-in plan's valid values", () => {
  it.each(plan.units.flatMap((u) => plan.periods.map((p) => [u.code, p.code])))("%s %s: no issues", (unit, period) => {
    const { form } = formOf(unit, period, validValues(plan, unit, period));
    expect(form.issues).toEqual([]);
  });
});

describe.each(plan.rules.map((rule) => [rule.id, rule] as const))("plan rule %s", (_id, rule) => {
  const { unit, period } = formFor(rule);

  it("passes on a valid form", () => {
    const { form } = formOf(unit, period, validValues(plan, unit, period));
    expect(form.issues.filter((i) => paramOf(i, "ruleId") === rule.id)).toEqual([]);
  });

  it("fails when broken, naming its values and cell", () => {
    let overrides: Record<string, CellValue> = {};
    if (rule.when) {
      const w = rule.when;
      if (!Array.isArray(w.left) || w.left.length !== 1 || Array.isArray(w.right)) throw new Error("unexpected when shape");
      overrides[w.left[0].code] = satisfying(w.op, w.right, true);
    }
    overrides = { ...overrides, ...breaking(rule.left, rule.op, rule.right) };
    const { form, cellOf } = formOf(unit, period, validValues(plan, unit, period, overrides));
    const hits = form.issues.filter((i) => paramOf(i, "ruleId") === rule.id);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: rule.severity, rule: rule.rule, indicator: rule.indicator, cell: cellOf(rule.indicator) });
    // no type errors: the breaking values are valid values
    expect(form.issues.filter((i) => ["not_a_number", "negative", "not_integer", "yesno_invalid"].includes(i.rule))).toEqual([]);
    const message = renderIssue(hits[0], plan);
    expect(message).toContain(`ô ${String(hits[0].cell).split("!")[1]}`);
    expect(message).not.toMatch(/undefined|null|NaN|\(trống\)/);
  });
});

describe("the built-in plan's targets", () => {
  it("a commune below 60 % reached is warned (TL_TT05)", () => {
    const { form } = formOf("X_VINH_THAI", "2024-Y", validValues(plan, "X_VINH_THAI", "2024-Y", { TT05: 50, TT06: 100 }));
    expect(form.issues.map((i) => `${i.rule}:${i.indicator}`)).toEqual(["target_missed:TL_TT05"]);
    expect(renderIssue(form.issues[0], plan)).toContain("50,0 %");
  });

  it.each<[number, number, string[]]>([
    [250, 100, ["target_missed:TL_CL04"]], // 150 boys per 100 girls
    [210, 100, []], // 110 ≤ 111
    [29, 10, ["small_base:TL_CL04"]], // 29 births: shown, not judged
    [30, 10, ["target_missed:TL_CL04"]], // 30 births: judged (200 boys per 100 girls)
  ])("sex ratio at birth with %d births, %d girls", (births, girls, expected) => {
    const { form } = formOf("P_YTE", "2024-Y", validValues(plan, "P_YTE", "2024-Y", { CL04: births, "CL04.NU": girls }));
    expect(form.issues.map((i) => `${i.rule}:${i.indicator}`)).toEqual(expected);
  });
});
