// The built-in plan without zod at start-up: its input with the schema's defaults filled in by
// hand, field for field in the schema's order (schema.ts), so it is the very value
// PlanSchema.parse returns. Parsing it with zod cost about 18 ms of CPU on every `bdg` start.
// The build checks the equality (scripts/build-cli.mjs, test/core/plan/built-in-plan.test.ts);
// a plan file is still parsed by PlanSchema with its Vietnamese errors (load-plan.ts).
import type {
  Calc,
  Indicator,
  Operand,
  Period,
  Plan,
  PlanInput,
  Rule,
  Section,
  Target,
  Term,
  TotalRule,
  Unit,
  Who,
} from "./schema";

type In<T extends "units" | "periods" | "sections" | "indicators" | "rules"> = NonNullable<PlanInput[T]> extends readonly (infer E)[] ? E : never;
type IndicatorIn = In<"indicators">;
type TermIn = NonNullable<IndicatorIn["calc"]>["numerator"][number];
type OperandIn = In<"rules">["left"];

/** Copies the optional keys that are present, so an absent key stays absent. */
function optional<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

const term = (t: TermIn): Term => ({ code: t.code, sign: t.sign ?? 1 });
const terms = (list: readonly TermIn[]): Term[] => list.map(term);

function operand(o: OperandIn): Operand {
  return Array.isArray(o) ? terms(o) : o;
}

function unit(u: In<"units">): Unit {
  return { code: u.code, name: u.name, kind: u.kind, required: u.required ?? true, aliases: [...(u.aliases ?? [])] };
}

function period(p: In<"periods">): Period {
  return { code: p.code, label: p.label, kind: p.kind, dataFrom: p.dataFrom, dataTo: p.dataTo, due: p.due };
}

function section(s: In<"sections">): Section {
  return { code: s.code, stt: s.stt, title: s.title, periodKinds: [...(s.periodKinds ?? ["half", "year"])] };
}

function who(w: IndicatorIn["who"]): Who {
  return { kinds: [...w.kinds], except: [...(w.except ?? [])], summaryOnly: w.summaryOnly ?? false };
}

function calc(c: NonNullable<IndicatorIn["calc"]>): Calc {
  return { numerator: terms(c.numerator), denominator: terms(c.denominator), scale: c.scale ?? 100 };
}

function totalRule(t: IndicatorIn["total"]): TotalRule {
  return t.kind === "sumKinds" ? { kind: t.kind, kinds: [...t.kinds] } : { ...t };
}

// Keys are set one by one where an optional one sits between defaulted ones (schema order).
function indicator(i: IndicatorIn): Indicator {
  const out: Record<string, unknown> = {
    code: i.code,
    section: i.section,
    stt: i.stt ?? "",
    label: i.label,
    unitOfMeasure: i.unitOfMeasure ?? "",
    type: i.type,
    who: who(i.who),
    total: totalRule(i.total),
    required: i.required ?? true,
  };
  if (i.calc !== undefined) out.calc = calc(i.calc);
  out.targets = (i.targets ?? []).map((t): Target => ({ year: t.year, op: t.op, value: t.value }));
  if (i.judgeMinBase !== undefined) out.judgeMinBase = { terms: terms(i.judgeMinBase.terms), min: i.judgeMinBase.min };
  return Object.assign(out, optional(i, ["maxLength", "maxDecimals", "parent"] as const)) as Indicator;
}

function rule(r: In<"rules">): Rule {
  const out: Record<string, unknown> = {
    id: r.id,
    rule: r.rule,
    severity: r.severity,
    left: operand(r.left),
    op: r.op,
    right: operand(r.right),
  };
  if (r.when !== undefined) out.when = { left: operand(r.when.left), op: r.when.op, right: operand(r.when.right) };
  out.missing = r.missing ?? "skip";
  out.indicator = r.indicator;
  return out as Rule;
}

/** The plan PlanSchema.parse(input) returns, for an input known to pass it (the built-in plan). */
export function planWithDefaults(input: PlanInput): Plan {
  return {
    id: input.id,
    title: input.title,
    issuer: input.issuer,
    place: input.place,
    recipient: input.recipient,
    formNumber: input.formNumber ?? "Biểu số 01/BĐG",
    formTitle: input.formTitle,
    targetYear: input.targetYear,
    crossCheckTolerancePct: input.crossCheckTolerancePct ?? 10,
    units: input.units.map(unit),
    periods: input.periods.map(period),
    sections: input.sections.map(section),
    indicators: input.indicators.map(indicator),
    rules: (input.rules ?? []).map(rule),
  };
}
