// The built-in plan is not parsed by zod at start-up (src/core/plan/plan-defaults.ts): it must be
// exactly what PlanSchema.parse returns, key order included (bdg plan --json prints it), and pass
// the cross-reference checks a plan file gets.
import { defaultPlan, parsePlan, PlanSchema, vinhLinh2024Input } from "../../../src/core/plan";
import { planWithDefaults } from "../../../src/core/plan/plan-defaults";
import type { PlanInput } from "../../../src/core/plan";

describe("the built-in plan without zod", () => {
  it("equals PlanSchema.parse of its input, key order included", () => {
    const parsed = PlanSchema.parse(vinhLinh2024Input);
    expect(defaultPlan).toStrictEqual(parsed);
    expect(JSON.stringify(defaultPlan)).toBe(JSON.stringify(parsed));
  });

  it("passes the checks of a plan file", () => {
    expect(parsePlan(JSON.parse(JSON.stringify(defaultPlan)))).toEqual({ ok: true, plan: defaultPlan });
  });

  it.each<[string, (input: PlanInput) => void]>([
    ["a unit without required or aliases", (p) => void (p.units[0] = { code: "X_A", name: "Xã A", kind: "XA" })],
    ["an indicator with every optional field", (p) => void (p.indicators[0] = { ...p.indicators[0], stt: undefined, unitOfMeasure: undefined, required: undefined, targets: undefined, maxLength: 40, maxDecimals: 2, parent: "X" })],
    ["a section without periodKinds", (p) => void (p.sections[0] = { code: p.sections[0].code, stt: "I", title: "T" })],
    ["a plan without formNumber, tolerance or rules", (p) => void (delete p.formNumber, delete p.crossCheckTolerancePct, delete p.rules)],
    ["terms without sign", (p) => void (p.rules = [{ id: "r", rule: "x", severity: "warning", left: [{ code: "A" }], op: "<=", right: 3, when: { left: "Có", op: "==", right: [{ code: "B" }] }, indicator: "A" }])],
  ])("fills defaults as the schema does: %s", (_label, change) => {
    const input = JSON.parse(JSON.stringify(vinhLinh2024Input)) as PlanInput;
    change(input);
    const clean = JSON.parse(JSON.stringify(input)) as PlanInput; // no key holding undefined
    expect(JSON.stringify(planWithDefaults(clean))).toBe(JSON.stringify(PlanSchema.parse(clean)));
    expect(planWithDefaults(clean)).toStrictEqual(PlanSchema.parse(clean));
  });
});
